import Link from 'next/link';
import { regulators } from '@/lib/regulators';
import { crpoSources } from '@/lib/practice/crpoSources';
import { routes } from '@/lib/routes';
import { loadPractice } from '@/lib/practice/load';
import { AbbrText } from '@/components/AbbrText';
import { CONTACT_CHANNELS_ID } from '@/components/mdx/ContactChannels';

/** The id of the section, for the footer's link to it. */
const CONCERNS_ID = 'concerns';

/**
 * `<Concerns />`: one plain place that says who regulates the practice's
 * psychotherapists and how to raise a concern, with the practice or with the
 * College, linking the College's own page on complaints. The practice's
 * channels stay in the contact card (components/mdx/ContactChannels.tsx), so
 * the contact page shows each address, and the email notice, once.
 */
export function Concerns() {
  const college = regulators.CRPO;
  const { phone, email, bookingUrl } = loadPractice().contact ?? {};
  return (
    <section aria-labelledby={CONCERNS_ID} className="not-prose mt-8" data-concerns="">
      <h2 id={CONCERNS_ID} className="text-xl font-semibold">
        Concerns and complaints
      </h2>
      <p className="mt-2">
        Our psychotherapists are regulated by the {college.name} (
        <AbbrText text="CRPO" />
        ), which receives complaints about Registered Psychotherapists.
      </p>
      {/* The channels are not repeated here: the contact card has them, with the email notice said once a page. */}
      <p className="mt-2">
        If something about your care worries you, you can tell the therapist you work with
        {(phone || email || bookingUrl) && (
          <>
            , or <Link href={`${routes.contact}#${CONTACT_CHANNELS_ID}`}>contact us</Link>
          </>
        )}
        , and we will listen. You do not have to come to us first.
      </p>
      <p className="mt-2">
        You can raise a concern with the College directly: <a href={crpoSources.complaints}>how to file a complaint with the College</a>.
      </p>
    </section>
  );
}
