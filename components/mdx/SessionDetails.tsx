import { capitalise, firstConversationInWords, formatsInWords, listInWords, notPublished } from '@/lib/practice/describe';
import { loadPractice } from '@/lib/practice/load';

/**
 * Sessions in practice: length, form, where, the space, languages, ages,
 * the first conversation, from the practice profile. What is unset,
 * the fee schedule included, is named once, in one sentence, with what to
 * do instead; never as empty labels, never a list of eight unknowns.
 */
export function SessionDetails() {
  const practice = loadPractice();
  const { sessions = {}, fees = {} } = practice;
  const details: [label: string, value: string | undefined][] = [
    ['Session length', sessions.minutes ? `${sessions.minutes} minutes` : undefined],
    ['How we meet', sessions.formats ? capitalise(formatsInWords(sessions.formats)) : undefined],
    ['Where', sessions.area],
    ['Address', sessions.address],
    ['Accessibility of the space', sessions.spaceAccessibility],
    ['Languages', sessions.languages ? listInWords(sessions.languages) : undefined],
    ['Who we see', sessions.ages],
    ['First conversation', firstConversationInWords(practice)],
    ['Cancellations and missed sessions', fees.cancellation],
    ['Receipts', fees.receipts],
    ['Reduced fees', fees.slidingScale === true ? 'If the fee is a barrier, please ask: we consider a reduced fee case by case.' : undefined],
  ];
  const shown = details.filter((d): d is [string, string] => d[1] !== undefined);
  // The street address and the sliding scale are given only by some practices: their absence is not a gap.
  const missing = [
    ...(!fees.schedule && !fees.availability ? ['the fee schedule'] : []),
    ...details.filter(([label, value]) => value === undefined && label !== 'Address' && label !== 'Reduced fees').map(([label]) => label.toLowerCase()),
  ];
  const gap =
    shown.length === 0
      ? notPublished('our fees and session details', {
          plural: true,
          instead: 'Ask for them when you get in touch: you will have our fee schedule before your first session.',
        })
      : missing.length > 0 && notPublished(listInWords(missing), { plural: missing.length > 1 });
  return (
    <div className="not-prose">
      {shown.length > 0 && (
        <dl className="practical-details">
          {shown.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
      {gap && (
        <p className={shown.length > 0 ? 'mt-4' : 'card'} data-unpublished="sessions">
          {gap}
        </p>
      )}
    </div>
  );
}
