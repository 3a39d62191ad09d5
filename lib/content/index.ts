/**
 * The one module pages read content through. It turns contentlayer's
 * generated documents into the site's own types, so that pages never import
 * generated files and the content layer could be replaced here alone.
 */
import { allAreas, allExperiences, allFaqs, allGlossaryTerms, allHomes, allLevels, allPages, allPosts, allTeamMembers } from '#content';
import { citedKeys, sortedWorks, type Work } from '../bibliography';
import { routes } from '../routes';
import { byNewest, isPublic, publicationStatus } from './publishing';
import { neighbours, relatedArticles } from './related';
import { plainText } from './plainText';
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

export interface Citation {
  readonly key: string;
  readonly work: Work;
}

interface WithBody {
  /** Compiled MDX. */
  readonly bodyCode: string;
  /** Works cited in the body, in reference-list order. */
  readonly citations: readonly Citation[];
}

export interface Article extends WithBody {
  readonly slug: string;
  readonly title: string;
  readonly description: string;
  readonly date: string;
  readonly updated?: string;
  /** Undefined for an article by the practice as a whole. */
  readonly author?: Person;
  readonly tags: readonly string[];
  readonly related: readonly string[];
  readonly experiences: readonly string[];
  readonly areas: readonly string[];
  readonly status: 'public' | 'draft' | 'scheduled';
  readonly url: string;
}

export interface Experience extends WithBody {
  readonly slug: string;
  readonly title: string;
  readonly description: string;
  readonly order: number;
  readonly examples: readonly string[];
  readonly helpsWith: readonly string[];
  readonly areas: readonly string[];
  readonly url: string;
}

export interface Level extends WithBody {
  readonly slug: string;
  readonly title: string;
  readonly summary: string;
  readonly order: number;
  readonly practiceFocus: boolean;
  readonly url: string;
}

export interface Area extends WithBody {
  readonly slug: string;
  readonly title: string;
  readonly description: string;
  readonly order: number;
  readonly url: string;
}

export interface FaqEntry extends WithBody {
  readonly slug: string;
  readonly question: string;
  readonly order: number;
  /** The answer as plain text, for structured data. */
  readonly answerText: string;
  /** A practical topic answered from the practice profile after the body. */
  readonly answerFrom?: string;
}

export interface Home extends WithBody {
  readonly title: string;
  readonly lead: string;
  readonly firstStep: string;
  /** The featured article, or undefined when it is not public (a draft, or scheduled). */
  readonly featured?: Article;
}

export interface Page extends WithBody {
  readonly slug: string;
  readonly title: string;
  readonly description: string;
  readonly updated?: string;
  readonly url: string;
}

/** Drafts and future posts appear only in a preview (next dev), never in a production build. */
const showUnpublished = () => process.env.NODE_ENV !== 'production';

const slugOf = (doc: { _raw: { sourceFilePath: string } }) => slugFromPath(doc._raw.sourceFilePath);
const byOrder = (a: { order: number }, b: { order: number }) => a.order - b.order;

function body(doc: { body: { code: string; raw: string } }): WithBody {
  return { bodyCode: doc.body.code, citations: sortedWorks(citedKeys(doc.body.raw).map((c) => c.key)) };
}

function toTerm(doc: (typeof allGlossaryTerms)[number]): Term {
  const slug = slugOf(doc);
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
  const slug = slugOf(doc);
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
  const slug = slugOf(doc);
  const author = doc.author === undefined ? undefined : getPerson(doc.author);
  if (doc.author !== undefined && !author) throw new Error(`${doc._raw.sourceFilePath}: author "${doc.author}" is not in content/team/.`);
  return {
    slug,
    title: doc.title,
    description: doc.description,
    date: doc.date,
    updated: doc.updated,
    author,
    tags: doc.tags ?? [],
    related: doc.related ?? [],
    experiences: doc.experiences ?? [],
    areas: doc.areas ?? [],
    status: publicationStatus({ draft: doc.draft ?? false, date: doc.date }, now),
    url: routes.article(slug),
    ...body(doc),
  };
}

/** Articles a reader can see in this build, newest first. */
export function getArticles(now: Date = new Date()): Article[] {
  return allPosts
    .filter((doc) => showUnpublished() || isPublic({ draft: doc.draft ?? false, date: doc.date }, now))
    .map((doc) => toArticle(doc, now))
    .sort(byNewest);
}

export function getArticle(slug: string): Article | undefined {
  return getArticles().find((a) => a.slug === slug);
}

export function getArticlesBy(personSlug: string): Article[] {
  return getArticles().filter((a) => a.author?.slug === personSlug);
}

export function getRelatedArticles(article: Article): Article[] {
  return relatedArticles(article, getArticles());
}

export function getExperiences(): Experience[] {
  return allExperiences
    .map((doc) => {
      const slug = slugOf(doc);
      return {
        slug,
        title: doc.title,
        description: doc.description,
        order: doc.order,
        examples: doc.examples,
        helpsWith: doc.helpsWith,
        areas: doc.areas,
        url: routes.experience(slug),
        ...body(doc),
      };
    })
    .sort(byOrder);
}

export function getExperience(slug: string): { experience: Experience; previous?: Experience; next?: Experience } | undefined {
  const all = getExperiences();
  const index = all.findIndex((e) => e.slug === slug);
  return index === -1 ? undefined : { experience: all[index]!, ...neighbours(all, index) };
}

export function getLevels(): Level[] {
  return allLevels
    .map((doc) => {
      const slug = slugOf(doc);
      return { slug, title: doc.title, summary: doc.summary, order: doc.order, practiceFocus: doc.practiceFocus ?? false, url: routes.level(slug), ...body(doc) };
    })
    .sort(byOrder);
}

export function getAreas(): Area[] {
  return allAreas
    .map((doc) => {
      const slug = slugOf(doc);
      return { slug, title: doc.title, description: doc.description, order: doc.order, url: routes.area(slug), ...body(doc) };
    })
    .sort(byOrder);
}

export function getArea(slug: string): Area | undefined {
  return getAreas().find((a) => a.slug === slug);
}

export function getFaq(): FaqEntry[] {
  return allFaqs
    .map((doc) => ({ slug: slugOf(doc), question: doc.question, order: doc.order, answerText: plainText(doc.body.raw), answerFrom: doc.answerFrom, ...body(doc) }))
    .sort(byOrder);
}

/** The home page's copy, from content/home/home.mdx. */
export function getHome(): Home {
  const doc = allHomes.find((d) => slugOf(d) === 'home');
  if (!doc) throw new Error('content/home/home.mdx:1: file: is missing (the home page’s heading, sentence and featured article live there; see docs/publishing.md)');
  return { title: doc.title, lead: doc.lead, firstStep: doc.firstStep, featured: getArticles().find((a) => a.slug === doc.featured), ...body(doc) };
}

export function getPages(): Page[] {
  return allPages.map((doc) => {
    const slug = slugOf(doc);
    return { slug, title: doc.title, description: doc.description, updated: doc.updated, url: routes.page(slug), ...body(doc) };
  });
}

export function getPage(slug: string): Page | undefined {
  return getPages().find((p) => p.slug === slug);
}
