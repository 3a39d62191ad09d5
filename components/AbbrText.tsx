import { getGlossary } from '@/lib/content';
import { splitAbbreviations } from '@/lib/content/remarkAbbreviations';
import { Abbr } from './Abbr';

/**
 * Plain text from front matter (a definition, a description, an attribution)
 * with its glossary abbreviations marked up, as MDX bodies get them.
 */
export function AbbrText({ text }: { text: string }) {
  const terms = getGlossary().filter((t) => t.abbreviation);
  const pieces = splitAbbreviations(
    text,
    terms.map((t) => t.abbreviation!),
  );
  return (
    <>
      {pieces.map((piece, i) => {
        const term = piece.abbreviation ? terms.find((t) => t.abbreviation === piece.text) : undefined;
        return term ? <Abbr key={i} term={term} /> : piece.text;
      })}
    </>
  );
}
