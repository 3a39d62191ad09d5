/**
 * What the browser tests expect, read from the content they render and from
 * the site's configuration, so an ordinary edit by staff, a renamed article
 * or a set SITE_URL never turns the suite red. Nothing here copies wording.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { bibliography, yearLabels, type Work } from '../../lib/bibliography';
import { citedKeysInBody } from '../../lib/content/citations';
import { parseFile } from '../../lib/content/frontmatter';
import { analyseBody, visit, type HeadingId } from '../../lib/content/headings';
import { readAttributes } from '../../lib/content/jsxAttributes';
import { byNewest, isPublic } from '../../lib/content/publishing';
import { slugFromPath } from '../../lib/content/slug';
import { routes, sections, type SectionName } from '../../lib/routes';
import { loadSiteConfig } from '../../lib/site';
import { resolveCredentials } from '../../lib/credentials';

/**
 * The site's configuration as the build read it: run the tests with the same
 * SITE_URL as the build (for example `SITE_URL=https://example.org`, exported
 * for both), or with none for the default.
 */
export const site = loadSiteConfig(process.env);

export interface ContentDocument {
  readonly slug: string;
  readonly data: Record<string, unknown>;
  readonly body: string;
}

export function documentsOf(folder: string): ContentDocument[] {
  const dir = path.resolve('content', folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const parsed = parseFile(readFileSync(path.join(dir, f), 'utf8'));
      return { slug: slugFromPath(f), data: parsed.data ?? {}, body: parsed.body };
    });
}

export function frontMatterOf(folder: string): { slug: string; data: Record<string, unknown> }[] {
  return documentsOf(folder).map(({ slug, data }) => ({ slug, data }));
}

export const glossary = frontMatterOf('glossary').map(({ slug, data }) => ({
  slug,
  term: String(data.term),
  abbreviation: typeof data.abbreviation === 'string' ? data.abbreviation : undefined,
}));

const abbreviations = glossary.flatMap((g) => (g.abbreviation ? [g.abbreviation] : []));

export const people = documentsOf('team').map(({ slug, data }) => ({
  slug,
  name: String(data.name),
  credentials: ((data.credentials as string[] | undefined) ?? []).map(String),
  url: routes.person(slug),
}));

/** The articles a production build publishes today, newest first. */
export function publishedArticles(now = new Date()): (ContentDocument & { title: string; description: string; date: string; url: string })[] {
  return documentsOf('posts')
    .map((doc) => ({
      ...doc,
      title: String(doc.data.title),
      description: String(doc.data.description),
      date: String(doc.data.date),
      url: routes.article(doc.slug),
    }))
    .filter((doc) => isPublic({ draft: doc.data.draft === true, date: doc.date }, now))
    .sort(byNewest);
}

export function sectionIntro(name: string): { title: string; label: string } {
  const doc = documentsOf('sections').find((d) => d.slug === name);
  if (!doc) throw new Error(`content/sections/${name}.mdx is missing`);
  return { title: String(doc.data.title), label: sections[name as SectionName]?.label ?? String(doc.data.title) };
}

/** The headings written in a body, with the ids the published page gives them. */
export function headingsOf(body: string): HeadingId[] {
  const analysed = analyseBody(body, abbreviations);
  if (!analysed.ok) throw new Error(analysed.error.reason);
  return analysed.headings;
}

export interface WrittenQuote {
  readonly attribution?: string;
  readonly source?: string;
  readonly page?: string;
  /** The quoted words, as plain text. */
  readonly text: string;
}

/** Each <Quote> in a body, with its attributes and words. */
export function quotesOf(body: string): WrittenQuote[] {
  const analysed = analyseBody(body, abbreviations);
  if (!analysed.ok) throw new Error(analysed.error.reason);
  const quotes: WrittenQuote[] = [];
  visit(analysed.tree, (node) => {
    if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || node.name !== 'Quote') return;
    const { values } = readAttributes(node);
    const words: string[] = [];
    visit(node, (n) => {
      if (n.type === 'text') words.push(n.value ?? '');
    });
    quotes.push({
      attribution: values.attribution === undefined ? undefined : String(values.attribution),
      source: values.source === undefined ? undefined : String(values.source),
      page: values.page === undefined ? undefined : String(values.page),
      text: words.join('').replace(/\s+/g, ' ').trim(),
    });
  });
  return quotes;
}

/** The works a body cites, in reference-list order, with the year label the page gives each. */
export function referencesOf(body: string): { key: string; work: Work; year: string }[] {
  const keys = [...new Set(citedKeysInBody(body).map((c) => c.key))];
  const labels = yearLabels(keys);
  return keys
    .map((key) => ({ key, work: bibliography[key]!, year: labels.get(key)! }))
    .sort((a, b) => a.work.authorFull.localeCompare(b.work.authorFull) || a.work.year - b.work.year || a.work.title.localeCompare(b.work.title));
}

/** Text as the page shows it: no markup, single spaces. */
export function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A team member's credentials as the site must show them: the table's order and full names, from the member's own file. */
export function shownCredentialsOf(personSlug: string): { abbreviation: string; fullName: string }[] {
  const person = frontMatterOf('team').find((p) => p.slug === personSlug);
  const written = Array.isArray(person?.data.credentials) ? person.data.credentials.map(String) : [];
  return resolveCredentials(written).credentials.map(({ abbreviation, fullName }) => ({ abbreviation, fullName }));
}
