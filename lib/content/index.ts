/**
 * The one module pages read content through. It turns contentlayer's
 * generated documents into the site's own types, so that pages never import
 * generated files and the content layer could be replaced here alone.
 */
import { allGlossaryTerms, allPosts, allTeamMembers } from 'contentlayer/generated';
import { routes } from '../routes';
import { byNewest, isPublic, publicationStatus } from './publishing';
import { slugFromPath } from './slug';

export interface Term {
  readonly slug: string;
  readonly term: string;
  readonly abbreviation?: string;
  readonly definition: string;
  readonly url: string;
}

export interface Person {
  readonly slug: string;
  readonly name: string;
  readonly role: string;
  readonly credentials: readonly Term[];
  readonly url: string;
  /** Compiled MDX of the biography. */
  readonly bodyCode: string;
}

export interface Article {
  readonly slug: string;
  readonly title: string;
  readonly description: string;
  readonly date: string;
  readonly updated?: string;
  readonly author: Person;
  readonly tags: readonly string[];
  readonly status: 'public' | 'draft' | 'scheduled';
  readonly url: string;
  /** Compiled MDX of the article. */
  readonly bodyCode: string;
}

/** Drafts and future posts appear only in a preview (next dev), never in a production build. */
const showUnpublished = process.env.NODE_ENV !== 'production';

function toTerm(doc: (typeof allGlossaryTerms)[number]): Term {
  const slug = slugFromPath(doc._raw.sourceFilePath);
  return { slug, term: doc.term, abbreviation: doc.abbreviation, definition: doc.definition, url: routes.term(slug) };
}

export function getGlossary(): Term[] {
  return allGlossaryTerms.map(toTerm).sort((a, b) => a.term.localeCompare(b.term, 'en-CA'));
}

/** The glossary entry for an abbreviation such as "MTA". The content check guarantees it exists. */
export function getTermByAbbreviation(abbreviation: string): Term {
  const term = getGlossary().find((t) => t.abbreviation === abbreviation);
  if (!term) throw new Error(`No glossary term has the abbreviation "${abbreviation}": add it to content/glossary/.`);
  return term;
}

function toPerson(doc: (typeof allTeamMembers)[number]): Person {
  const slug = slugFromPath(doc._raw.sourceFilePath);
  return {
    slug,
    name: doc.name,
    role: doc.role,
    credentials: (doc.credentials ?? []).map(getTermByAbbreviation),
    url: routes.person(slug),
    bodyCode: doc.body.code,
  };
}

export function getPeople(): Person[] {
  return allTeamMembers.map(toPerson).sort((a, b) => a.name.localeCompare(b.name, 'en-CA'));
}

export function getPerson(slug: string): Person | undefined {
  return getPeople().find((p) => p.slug === slug);
}

function toArticle(doc: (typeof allPosts)[number], now: Date): Article {
  const slug = slugFromPath(doc._raw.sourceFilePath);
  const author = getPerson(doc.author);
  if (!author) throw new Error(`${doc._raw.sourceFilePath}: author "${doc.author}" is not in content/team/.`);
  return {
    slug,
    title: doc.title,
    description: doc.description,
    date: doc.date,
    updated: doc.updated,
    author,
    tags: doc.tags ?? [],
    status: publicationStatus({ draft: doc.draft ?? false, date: doc.date }, now),
    url: routes.article(slug),
    bodyCode: doc.body.code,
  };
}

/** Articles a reader can see in this build, newest first. */
export function getArticles(now: Date = new Date()): Article[] {
  return allPosts
    .filter((doc) => showUnpublished || isPublic({ draft: doc.draft ?? false, date: doc.date }, now))
    .map((doc) => toArticle(doc, now))
    .sort(byNewest);
}

export function getArticle(slug: string): Article | undefined {
  return getArticles().find((a) => a.slug === slug);
}

export function getArticlesBy(personSlug: string): Article[] {
  return getArticles().filter((a) => a.author.slug === personSlug);
}
