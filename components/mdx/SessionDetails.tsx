import { formatsInWords, listInWords } from '@/lib/practice/describe';
import { loadPractice } from '@/lib/practice/load';

/**
 * Sessions in practice: length, form, where, the space, languages and ages,
 * from the practice profile. Unset values are named once, in one sentence,
 * never shown as empty labels.
 */
export function SessionDetails() {
  const { sessions = {}, fees = {} } = loadPractice();
  const details: [label: string, value: string | undefined][] = [
    ['Session length', sessions.minutes ? `${sessions.minutes} minutes` : undefined],
    ['How we meet', sessions.formats ? capitalise(formatsInWords(sessions.formats)) : undefined],
    ['Where', sessions.area],
    ['Address', sessions.address],
    ['Accessibility of the space', sessions.spaceAccessibility],
    ['Languages', sessions.languages ? listInWords(sessions.languages) : undefined],
    ['Who we see', sessions.ages],
    ['Cancellations and missed sessions', fees.cancellation],
    ['Receipts', fees.receipts],
    ['Reduced fees', fees.slidingScale === true ? 'If the fee is a barrier, please ask: we consider a reduced fee case by case.' : undefined],
  ];
  const shown = details.filter((d): d is [string, string] => d[1] !== undefined);
  // The street address and the sliding scale are given only by some practices: their absence is not a gap.
  const missing = details
    .filter(([label, value]) => value === undefined && label !== 'Address' && label !== 'Reduced fees')
    .map(([label]) => label.toLowerCase());
  return (
    <div className="not-prose">
      {shown.length > 0 && (
        <dl className="practical-details grid gap-3">
          {shown.map(([label, value]) => (
            <div key={label}>
              <dt className="font-semibold">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
      {missing.length > 0 && (
        <p className={shown.length > 0 ? 'mt-4' : ''} data-unpublished="sessions">
          {shown.length > 0 ? 'Not published here yet' : 'We have not published these details on this website yet'}: {listInWords(missing)}. Please ask about{' '}
          {missing.length === 1 ? 'it' : 'them'} when you get in touch.
        </p>
      )}
    </div>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
