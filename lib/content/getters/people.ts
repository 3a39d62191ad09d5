/** The team and the glossary that explains their credentials. */
import { content } from '../contentIndex';
import { documentTypes } from '../schema';
import type { Person, Term } from '../types';

export function getGlossary(): Term[] {
  return [...content().glossary];
}

/** The glossary entry for an abbreviation such as "MTA". The content check guarantees it exists. */
export function getTermByAbbreviation(abbreviation: string): Term {
  const term = content().termsByAbbreviation.get(abbreviation);
  if (!term) throw new Error(`No glossary term has the abbreviation "${abbreviation}": add it to content/${documentTypes.GlossaryTerm.folder}/.`);
  return term;
}

export function getPeople(): Person[] {
  return [...content().people];
}

export function getPerson(slug: string): Person | undefined {
  return content().personBySlug.get(slug);
}
