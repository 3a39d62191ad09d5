/**
 * The one module pages read content through. It turns contentlayer's
 * generated documents into the site's own types, so that pages never import
 * generated files and the content layer could be replaced here alone.
 *
 * Every document's fields (slug, URL, author, citations, status) are derived
 * once per process into an index keyed by slug, so a page's cost does not
 * grow with the size of the archive: a build renders each of thousands of
 * pages in a worker that keeps this index between pages.
 */
import { sortedWorks, type Work } from '../bibliography';
import { resolveCredentials, type Credential } from '../credentials';
import { routes, sections, type SectionName } from '../routes';
import { generatedContent, type GeneratedContent, type GeneratedDocument } from './generated';
import { contentOptions } from './options';
import { byNewest, publicationStatus } from './publishing';
import { neighbours, relatedArticles } from './related';
import { plainText } from './plainText';
import { slugFromPath, slugify } from './slug';

export interface Term {
  readonly slug: string;
  readonly term: string;
  readonly abbreviation?: string;
  readonly definition: string;
  readonly url: string;
}

/** A credential a person holds, with its glossary entry when the glossary explains it. */
export interface HeldCredential extends Credential {
  readonly term?: Term;
}

export interface Person {
  readonly slug: string;
  readonly name: string;
  readonly role: string;
  /** In display order: the College title first (lib/credentials.ts). */
  readonly credentials: readonly HeldCredential[];
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

/** What a listing shows of an article: no body, so a list page never carries compiled MDX. */
export interface ArticleSummary {
  readonly slug: string;
  readonly title: string;
  readonly description: string;
  readonly date: string;
  readonly updated?: string;
  readonly tags: readonly string[];
  readonly status: 'public' | 'draft' | 'scheduled';
  readonly url: string;
}

/** A topic articles are filed under, with its articles newest first. */
export interface Tag {
  readonly slug: string;
  /** As the newest article using it spells it. */
  readonly name: string;
  readonly url: string;
  readonly articles: readonly ArticleSummary[];
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
  /** Two or three sentences shown first. */
  readonly inShort?: string;
  readonly searchWords: readonly string[];
  readonly review?: Review;
}

/** When health information was last checked, and by whom. */
export interface Review {
  readonly date: string;
  readonly by?: Person;
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
  readonly searchWords: readonly string[];
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
  readonly searchWords: readonly string[];
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
  readonly searchWords: readonly string[];
  readonly review?: Review;
}

const slugOf = (doc: { _raw: { sourceFilePath: string } }) => slugFromPath(doc._raw.sourceFilePath);
const byOrder = (a: { order: number }, b: { order: number }) => a.order - b.order;

function body(doc: { body: { code: string }; citationKeys: unknown }): WithBody {
  return { bodyCode: doc.body.code, citations: sortedWorks(doc.citationKeys as string[]) };
}

function toTerm(doc: GeneratedDocument<'GlossaryTerm'>): Term {
  const slug = slugOf(doc);
  return { slug, term: doc.term, abbreviation: doc.abbreviation, definition: doc.definition, url: routes.term(slug) };
}

function toPerson(doc: GeneratedDocument<'TeamMember'>, termFor: (abbreviation: string) => Term | undefined): Person {
  const slug = slugOf(doc);
  return {
    slug,
    name: doc.name,
    role: doc.role,
    credentials: resolveCredentials(doc.credentials ?? []).credentials.map((credential) => ({ ...credential, term: termFor(credential.abbreviation) })),
    url: routes.person(slug),
    bodyCode: doc.body.code,
  };
}

function toArticle(doc: GeneratedDocument<'Post'>, now: Date, personBySlug: ReadonlyMap<string, Person>): Article {
  const slug = slugOf(doc);
  const author = doc.author === undefined ? undefined : personBySlug.get(doc.author);
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
    inShort: doc.inShort,
    searchWords: doc.searchWords ?? [],
    review: reviewOf(doc, personBySlug),
    ...body(doc),
  };
}

function reviewOf(doc: { lastReviewed?: string; reviewedBy?: string }, people: ReadonlyMap<string, Person>): Review | undefined {
  return doc.lastReviewed ? { date: doc.lastReviewed, by: doc.reviewedBy ? people.get(doc.reviewedBy) : undefined } : undefined;
}

/** The articles a reader can see at `now`, newest first: all of them, marked, when the options include unpublished ones. */
function visibleArticles(posts: GeneratedContent['Post'], now: Date, people: ReadonlyMap<string, Person>): Article[] {
  const { includeUnpublished } = contentOptions();
  return posts
    .map((doc) => toArticle(doc, now, people))
    .filter((article) => includeUnpublished || article.status === 'public')
    .sort(byNewest);
}

function tagsOf(articles: readonly Article[]): Map<string, Tag> {
  const tags = new Map<string, { slug: string; name: string; url: string; articles: ArticleSummary[] }>();
  for (const article of articles) {
    for (const name of article.tags) {
      const slug = slugify(name);
      if (slug === '') continue;
      let tag = tags.get(slug);
      if (!tag) tags.set(slug, (tag = { slug, name, url: routes.tag(slug), articles: [] }));
      if (tag.articles.at(-1) !== article) tag.articles.push(article);
    }
  }
  return tags;
}

const groupBy = <T>(items: readonly T[], key: (item: T) => string | undefined) => {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
};

/** Everything derived from the content, once. */
function buildIndex({ GlossaryTerm: allGlossaryTerms, TeamMember: allTeamMembers, Post, Experience: allExperiences, Area: allAreas, Page: allPages, Level: allLevels, Faq: allFaqs }: GeneratedContent) {
  const glossary = allGlossaryTerms.map(toTerm).sort((a, b) => a.term.localeCompare(b.term, 'en-CA'));
  const termsByAbbreviation = new Map(glossary.filter((t) => t.abbreviation).map((t) => [t.abbreviation!, t]));
  const termByAbbreviation = (abbreviation: string): Term => {
    const term = termsByAbbreviation.get(abbreviation);
    if (!term) throw new Error(`No glossary term has the abbreviation "${abbreviation}": add it to content/glossary/.`);
    return term;
  };
  const people = allTeamMembers.map((doc) => toPerson(doc, (abbreviation) => termsByAbbreviation.get(abbreviation))).sort((a, b) => a.name.localeCompare(b.name, 'en-CA'));
  const personBySlug = new Map(people.map((p) => [p.slug, p]));
  const articles = visibleArticles(Post, new Date(), personBySlug);
  const experiences = allExperiences
    .map((doc): Experience => {
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
        searchWords: doc.searchWords ?? [],
        ...body(doc),
      };
    })
    .sort(byOrder);
  const areas = allAreas
    .map((doc): Area => {
      const slug = slugOf(doc);
      return { slug, title: doc.title, description: doc.description, order: doc.order, url: routes.area(slug), searchWords: doc.searchWords ?? [], ...body(doc) };
    })
    .sort(byOrder);
  const pages = allPages.map((doc): Page => {
    const slug = slugOf(doc);
    return {
      slug,
      title: doc.title,
      description: doc.description,
      updated: doc.updated,
      url: routes.page(slug),
      searchWords: doc.searchWords ?? [],
      review: reviewOf(doc, personBySlug),
      ...body(doc),
    };
  });
  return {
    glossary,
    termByAbbreviation,
    people,
    personBySlug,
    articles,
    articleBySlug: new Map(articles.map((a) => [a.slug, a])),
    articlesByAuthor: groupBy(articles, (a) => a.author?.slug),
    tags: tagsOf(articles),
    related: new Map<string, Article[]>(),
    experiences,
    levels: allLevels
      .map((doc): Level => {
        const slug = slugOf(doc);
        return { slug, title: doc.title, summary: doc.summary, order: doc.order, practiceFocus: doc.practiceFocus ?? false, url: routes.level(slug), ...body(doc) };
      })
      .sort(byOrder),
    areas,
    areaBySlug: new Map(areas.map((a) => [a.slug, a])),
    faq: allFaqs
      .map((doc): FaqEntry => ({ slug: slugOf(doc), question: doc.question, order: doc.order, answerText: plainText(doc.body.raw), answerFrom: doc.answerFrom, ...body(doc) }))
      .sort(byOrder),
    pages,
    pageBySlug: new Map(pages.map((p) => [p.slug, p])),
  };
}

type ContentIndex = ReturnType<typeof buildIndex> & { readonly generated: GeneratedContent; readonly key: string };

/** Kept on globalThis for the same reason as the documents (see generated.ts): one index a process, whichever chunk asks. */
const SLOT = Symbol.for('tiffany-music-therapy.content-index');
const shared = globalThis as { [SLOT]?: ContentIndex };

/** The index of this process, built on first use, and again when contentlayer has written new documents (the preview). */
function content(): ContentIndex {
  const { content: generated, version } = generatedContent();
  // The options decide which articles are visible, so an index is for one set of options.
  const key = `${version}|${JSON.stringify(contentOptions())}`;
  const index = shared[SLOT];
  if (index?.key === key) return index;
  return (shared[SLOT] = { ...buildIndex(generated), generated, key });
}

export function getGlossary(): Term[] {
  return [...content().glossary];
}

/** The glossary entry for an abbreviation such as "MTA". The content check guarantees it exists. */
export function getTermByAbbreviation(abbreviation: string): Term {
  return content().termByAbbreviation(abbreviation);
}

export function getPeople(): Person[] {
  return [...content().people];
}

export function getPerson(slug: string): Person | undefined {
  return content().personBySlug.get(slug);
}

/**
 * Articles a reader can see in this build, newest first. With `now`, as of
 * that moment instead (derived afresh, for tests and tools; pages use the
 * build's own moment).
 */
export function getArticles(now?: Date): Article[] {
  const index = content();
  return now === undefined ? [...index.articles] : visibleArticles(index.generated.Post, now, index.personBySlug);
}

export function getArticle(slug: string): Article | undefined {
  return content().articleBySlug.get(slug);
}

export function getArticlesBy(personSlug: string): Article[] {
  return [...(content().articlesByAuthor.get(personSlug) ?? [])];
}

export function getRelatedArticles(article: Article): Article[] {
  const { related, articles } = content();
  let found = related.get(article.slug);
  if (!found) related.set(article.slug, (found = relatedArticles(article, articles)));
  return [...found];
}

/** Every tag used by a visible article, by name. */
export function getTags(): Tag[] {
  return [...content().tags.values()].sort((a, b) => a.name.localeCompare(b.name, 'en-CA'));
}

export function getTag(slug: string): Tag | undefined {
  return content().tags.get(slug);
}

export function getExperiences(): Experience[] {
  return [...content().experiences];
}

export function getExperience(slug: string): { experience: Experience; previous?: Experience; next?: Experience } | undefined {
  const all = content().experiences;
  const index = all.findIndex((e) => e.slug === slug);
  return index === -1 ? undefined : { experience: all[index]!, ...neighbours(all, index) };
}

export function getLevels(): Level[] {
  return [...content().levels];
}

export function getAreas(): Area[] {
  return [...content().areas];
}

export function getArea(slug: string): Area | undefined {
  return content().areaBySlug.get(slug);
}

export function getFaq(): FaqEntry[] {
  return [...content().faq];
}

export function getPages(): Page[] {
  return [...content().pages];
}

export function getPage(slug: string): Page | undefined {
  return content().pageBySlug.get(slug);
}

/** A section's introduction, written in content/sections/<name>.mdx. */
export interface Section {
  readonly name: SectionName;
  /** The page's heading. */
  readonly title: string;
  /** Its short name in the breadcrumb trail. */
  readonly label: string;
  /** Its title in the browser tab and search results. */
  readonly pageTitle: string;
  readonly description: string;
  readonly lead?: string;
  readonly url: string;
}

export function getSection(name: SectionName): Section {
  const doc = content().generated.Section.find((d) => slugOf(d) === name);
  if (!doc) throw new Error(`The ${name} section has no introduction: add content/sections/${name}.mdx (see docs/publishing.md).`);
  return {
    name,
    title: doc.title,
    label: sections[name].label,
    pageTitle: doc.pageTitle ?? doc.title,
    description: doc.description,
    lead: doc.lead,
    url: sections[name].path,
  };
}

/** The home page's copy, from content/home/home.mdx. */
export function getHome(): Home {
  const doc = content().generated.Home.find((d) => slugOf(d) === 'home');
  if (!doc) throw new Error('content/home/home.mdx:1: file: is missing (the home page’s heading, sentence and featured article live there; see docs/publishing.md)');
  return { title: doc.title, lead: doc.lead, firstStep: doc.firstStep, featured: getArticle(doc.featured), ...body(doc) };
}
