import { getTermByAbbreviation } from '@/lib/content';
import { Abbr } from '../Abbr';

/** `<Abbr>MTA</Abbr>` in MDX: looks the abbreviation up in the glossary. */
export function AbbrFromContent({ children }: { children: string }) {
  return <Abbr term={getTermByAbbreviation(String(children).trim())} />;
}
