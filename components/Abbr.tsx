import { cache } from 'react';
import type { Term } from '@/lib/content';

/** The abbreviations already linked on the page being rendered (React gives each page render its own). */
const linkedOnThisPage = cache(() => new Set<string>());

/**
 * An abbreviation with its full name. The first time it appears on a page it
 * also links to its glossary entry; after that it only expands.
 */
export function Abbr({ term }: { term: Term }) {
  const abbr = <abbr title={term.term}>{term.abbreviation}</abbr>;
  const linked = linkedOnThisPage();
  if (linked.has(term.slug)) return abbr;
  linked.add(term.slug);
  return (
    <a href={term.url} className="abbr-link">
      {abbr}
    </a>
  );
}
