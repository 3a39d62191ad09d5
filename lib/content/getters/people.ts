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

/** When health information was last checked, and by whom. */
export interface Review {
  readonly date: string;
  readonly by?: Person;
}

/** A page's review, from its `lastReviewed` and `reviewedBy` fields (the content check makes sure the reviewer exists). */
export function getReview(doc: { readonly lastReviewed?: string; readonly reviewedBy?: string }): Review | undefined {
  return doc.lastReviewed ? { date: doc.lastReviewed, by: doc.reviewedBy ? getPerson(doc.reviewedBy) : undefined } : undefined;
}
