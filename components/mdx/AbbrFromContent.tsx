import type { ReactNode } from 'react';
import { getTermByAbbreviation } from '@/lib/content';
import { Abbr } from '../Abbr';
import { usage } from '@/lib/components/Abbr.props';
import { attributesOf } from '@/lib/components/usage';

/** `<Abbr>MTA</Abbr>` in MDX: looks the abbreviation up in the glossary. */
export function AbbrFromContent(input: { children?: ReactNode }) {
  attributesOf('Abbr', usage, input);
  return <Abbr term={getTermByAbbreviation(String(input.children).trim())} />;
}
