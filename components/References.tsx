import { yearLabels } from '@/lib/bibliography';
import { pageIds } from '@/lib/pageIds';
import type { Citation } from '@/lib/content';

/** The reference list at the end of a page that cites, in APA style. */
export function References({ citations }: { citations: readonly Citation[] }) {
  if (citations.length === 0) return null;
  const years = yearLabels(citations.map((c) => c.key));
  return (
    <section aria-labelledby={pageIds.references} className="references">
      <h2 id={pageIds.references}>References</h2>
      <ul>
        {citations.map(({ key, work }) => (
          <li key={key}>
            {work.authorFull} {work.role ? `${work.role}. ` : ''}({years.get(key)}). <i>{work.title}</i>. {work.publisher}.
          </li>
        ))}
      </ul>
    </section>
  );
}
