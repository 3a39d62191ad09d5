import { crpoSources } from '@/lib/practice/crpoSources';
import { loadPractice } from '@/lib/practice/load';
import { receiptItemWords } from '@/lib/practice/receipts';
import { AbbrText } from '@/components/AbbrText';

/** The questions to ask a benefit plan: public facts about how plans differ, never a promise that one pays. */
export const BENEFIT_QUESTIONS: readonly string[] = [
  'Does my plan cover a Registered Psychotherapist (RP)?',
  'Does it cover a Registered Psychotherapist (Qualifying), or only a fully registered RP?',
  'Does it cover a music therapist, such as a Certified Music Therapist (MTA)?',
  'How much does it pay each year, and how much for each session?',
  'Do I need a note or a referral from a doctor?',
];

/**
 * `<BenefitsAndReceipts />` on the fees page: what to ask one's benefit plan
 * before a first session, and what the practice's receipts show (from the
 * profile's `fees.receiptShows`, in the words of the CRPO's guidance on
 * receipts).
 */
export function BenefitsAndReceipts() {
  const fees = loadPractice().fees ?? {};
  return (
    <div className="not-prose" data-benefits="">
      <p>Benefit plans differ, and only your plan can say what it pays. We cannot promise that it will. Before your first session, you could ask your plan:</p>
      <ul className="bullets mt-2" data-benefit-questions="">
        {BENEFIT_QUESTIONS.map((question) => (
          <li key={question}>
            <AbbrText text={question} />
          </li>
        ))}
      </ul>
      <p className="mt-2">
        The College also advises checking your coverage before you start: <a href={crpoSources.benefits}>the College’s page on receipts for benefit plans</a>.
      </p>
      {fees.receiptShows ? (
        <>
          <p className="mt-4">Our receipts show:</p>
          <ul className="bullets mt-2" data-receipt-items="">
            {fees.receiptShows.map((id) => (
              <li key={id}>{receiptItemWords[id]}</li>
            ))}
          </ul>
          <p className="mt-2">
            This is what the College’s guidance says a receipt includes: <a href={crpoSources.receipts}>the College’s page on fees and billing</a>.
          </p>
        </>
      ) : (
        !fees.receipts && <p className="mt-4">You can ask us what our receipts show before you book.</p>
      )}
    </div>
  );
}
