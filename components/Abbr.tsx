import type { Term } from '@/lib/content';

/** An abbreviation with its full name, linked to its glossary entry. */
export function Abbr({ term }: { term: Term }) {
  return (
    <a href={term.url} className="abbr-link">
      <abbr title={term.term}>{term.abbreviation}</abbr>
    </a>
  );
}
