import { regulators } from '@/lib/regulators';
import { crpoSources } from '@/lib/practice/crpoSources';
import { loadPractice } from '@/lib/practice/load';
import { telHref } from '@/lib/practice/describe';
import { mailtoHref, SafeEmail } from './SafeEmail';
import { AbbrText } from '@/components/AbbrText';

/** The id of the section, for the footer's link to it. */
const CONCERNS_ID = 'concerns';

/**
 * `<Concerns />`: one plain place that says who regulates the practice's
 * psychotherapists and how to raise a concern, with the practice or with the
 * College, linking the College's own page on complaints.
 */
export function Concerns() {
  const { phone, email } = loadPractice().contact ?? {};
  const college = regulators.CRPO;
  const withUs = (
    <p className="mt-2">
      If something about your care worries you, you can tell us
      {phone && (
        <>
          {' '}
          by phone at <a href={telHref(phone)}>{phone}</a>
        </>
      )}
      {phone && email ? ' or' : ''}
      {email && (
        <>
          {' '}
          by email at <a href={mailtoHref(email)}>{email}</a>
        </>
      )}
      {!phone && !email ? ', or the therapist you work with,' : ','} and we will listen. You do not have to come to us first.
    </p>
  );
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
      {email ? <SafeEmail>{withUs}</SafeEmail> : withUs}
      <p className="mt-2">
        You can raise a concern with the College directly: <a href={crpoSources.complaints}>how to file a complaint with the College</a>.
      </p>
    </section>
  );
}
