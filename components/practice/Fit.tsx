import { fitOf, isEmptyFit } from '@/lib/practice/fit';
import { loadPractice } from '@/lib/practice/load';
import type { SessionFormat } from '@/lib/practice/schema';

const FORMAT_WORDS: Readonly<Record<SessionFormat, string>> = { 'in person': 'in person', video: 'by video', phone: 'by phone' };

const list = (items: readonly string[]) => (items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

/**
 * "Is this a fit for you?": who a team member sees, in which languages, how
 * and where (the practice's sessions where the member gives none), and what
 * people come to them about, each with the training that supports it (CRPO
 * standard 6.2). Nothing while the profile gives none of these.
 */
export function Fit({ slug, firstName }: { slug: string; firstName: string }) {
  const fit = fitOf(loadPractice(), slug);
  if (isEmptyFit(fit)) return null;
  const rows: [string, string | undefined][] = [
    ['Who', fit.ages],
    ['Languages', fit.languages.length > 0 ? list(fit.languages) : undefined],
    ['Sessions', fit.formats.length > 0 ? list(fit.formats.map((f) => FORMAT_WORDS[f])) : undefined],
    ['Where', fit.places.length > 0 ? list(fit.places) : undefined],
  ];
  return (
    <section aria-labelledby="fit" className="mt-8" data-fit="">
      <h2 id="fit" className="text-xl font-semibold">
        Is {firstName} a fit for you?
      </h2>
      {rows.some(([, value]) => value) && (
        <dl className="credential-list">
          {rows.map(([term, value]) =>
            value ? (
              <div key={term}>
                <dt>{term}</dt>
                <dd>{value}</dd>
              </div>
            ) : null,
          )}
        </dl>
      )}
      {fit.topics.length > 0 && (
        <>
          <h3 className="mt-6 font-semibold">What people come to {firstName} about</h3>
          <ul className="bullets mt-2" data-fit-topics="">
            {fit.topics.map(({ topic, training }) => (
              <li key={topic}>
                <span data-topic="">{topic}</span>. <span className="meta">Training: {training}.</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
