/**
 * Paginated listings end to end: a copy of the content plus 25 fixture
 * articles, built for real. The articles list and a tag's list are split
 * into pages of ARTICLES_PER_PAGE with stable addresses, `rel` links in the
 * head and a navigation bar; every article is on exactly one page; the
 * sitemap lists the pages (not the numbered alias of page 1); the pages of
 * a list share one social card; an article links its tags.
 */
import { attribute, parseHtml, type HtmlElement } from '@/lib/build/html';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScriptRun } from '../helpers/runScript';
import { copySite } from '../helpers/siteCopy';
import { ARTICLES_PER_PAGE, pageCount } from '@/lib/pagination';
import { routes } from '@/lib/routes';
import { pageInfo } from '@/lib/build/pageInfo';
import { socialImagePath } from '@/lib/seo/socialImage';

const SITE = '.test-site';
const CONTENT = `${SITE}/pagination-content`;
const OUT = `${SITE}/pagination-out`;
const FIXTURES = 25;
const TAG = 'pagination fixture';
const TAG_SLUG = 'pagination-fixture';

function fixtureArticle(i: number): string {
  const day = String(1 + i).padStart(2, '0');
  return [
    '---',
    `title: "Fixture article number ${i + 1}"`,
    'description: A short fixture article used to test that long lists of articles are split into pages.',
    `date: 2020-01-${day}`,
    `tags: [${TAG}]`,
    '---',
    '',
    `This is fixture article number ${i + 1}. It is short and plain.`,
    '',
  ].join('\n');
}

const html = (urlPath: string) => readFileSync(path.join(OUT, urlPath, 'index.html'), 'utf8');
const relLink = (page: string, rel: 'prev' | 'next') => new RegExp(`<link rel="${rel}" href="([^"]+)"`).exec(page)?.[1];
/** The article links of a listing page: the titles in its article list. */
/** The articles a listing page shows: the title link of each item of its article list, read with the HTML parser. */
const listed = (page: string) => {
  const { elements } = parseHtml(page);
  const list = elements.find((e) => e.tagName === 'ul' && (attribute(e, 'class') ?? '').split(/\s+/).includes('article-list'));
  const inList = (e: HtmlElement) => {
    for (let node: HtmlElement | undefined = e; node; node = node.parentNode as HtmlElement | undefined) if (node === list) return true;
    return false;
  };
  return elements
    .filter((e) => e.tagName === 'a' && /^h[23]$/.test((e.parentNode as HtmlElement | undefined)?.tagName ?? '') && inList(e))
    .map((a) => attribute(a, 'href')!);
};

/** Walks a listing from its first page along rel="next", returning each page's address and HTML. */
function walk(first: string): { url: string; page: string }[] {
  const pages: { url: string; page: string }[] = [];
  for (let url: string | undefined = first; url !== undefined && pages.length < 100; url = relLink(pages.at(-1)!.page, 'next')) {
    pages.push({ url, page: html(url) });
  }
  return pages;
}

/** Every published article: the folders under out/blog/ that are articles, not listings. */
function publishedArticles(): string[] {
  return readdirSync(path.join(OUT, 'blog'), { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== 'page' && e.name !== 'tags')
    .map((e) => routes.article(e.name))
    .sort();
}

let build: ScriptRun;

beforeAll(async () => {
  const site = copySite({ content: CONTENT, out: OUT });
  for (let i = 0; i < FIXTURES; i++) writeFileSync(`${CONTENT}/posts/fixture-article-${String(i + 1).padStart(2, '0')}.mdx`, fixtureArticle(i));
  build = await site.run('scripts/build.ts');
}, 900_000);

describe('paginated articles list', () => {
  it('builds', () => {
    expect(build.output).toContain(`Built the site into ${OUT}/`);
    expect(build.code).toBe(0);
  });

  it('has as many pages as the articles need, each at its stable address', () => {
    const articles = publishedArticles();
    expect(articles.length).toBeGreaterThanOrEqual(FIXTURES);
    const pages = walk(routes.blog);
    expect(pages.map((p) => p.url)).toEqual(Array.from({ length: pageCount(articles.length) }, (_, i) => routes.blogPage(i + 1)));
    expect(pages.length).toBeGreaterThan(1);
  });

  it('links each page to the one before and after it, in the head and in a navigation bar', () => {
    const pages = walk(routes.blog);
    pages.forEach(({ url, page }, i) => {
      expect(relLink(page, 'prev'), url).toBe(i === 0 ? undefined : pages[i - 1]!.url);
      expect(relLink(page, 'next'), url).toBe(i === pages.length - 1 ? undefined : pages[i + 1]!.url);
      const head = page.slice(0, page.indexOf('</head>'));
      if (i > 0) expect(head, url).toContain(`<link rel="prev" href="${pages[i - 1]!.url}"`);
      const nav = /<nav aria-label="([^"]+)" class="pagination"[\s\S]*?<\/nav>/.exec(page);
      expect(nav?.[1], url).toBe('Pages of articles');
      const current = nav?.[0].match(/<a [^>]*aria-current="page"[^>]*>/g) ?? [];
      expect(current.length, url).toBe(1);
      expect(current[0], url).toContain(`href="${url}"`);
    });
  });

  it('shows every article on exactly one page, newest first, at most a page size each', () => {
    const pages = walk(routes.blog);
    const seen = pages.flatMap(({ page }) => listed(page));
    for (const { page } of pages) expect(listed(page).length).toBeLessThanOrEqual(ARTICLES_PER_PAGE);
    expect([...seen].sort()).toEqual(publishedArticles());
    expect(new Set(seen).size).toBe(seen.length);
    // Fixture n+1 is a day newer than fixture n, so it comes first.
    expect(seen.indexOf(routes.article('fixture-article-25'))).toBeLessThan(seen.indexOf(routes.article('fixture-article-01')));
  });

  it('sends the numbered address of page 1 to the list, outside the sitemap', () => {
    const alias = html(routes.blogPage(1).replace('/blog/', '/blog/page/1/'));
    expect(alias).toMatch(/<meta http-equiv="refresh" content="0; url=\/blog\/"/);
    expect(alias).toMatch(/<meta name="robots" content="[^"]*noindex/);
  });

  it('lists every page of the list in the sitemap', () => {
    const sitemap = readFileSync(path.join(OUT, 'sitemap.xml'), 'utf8');
    const locations = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    for (const { url } of walk(routes.blog)) expect(locations).toContain(url);
    for (const { url } of walk(routes.tag(TAG_SLUG))) expect(locations).toContain(url);
    expect(locations).not.toContain('/blog/page/1/');
  });
});

describe('social cards of a paginated list', () => {
  const card = (page: string) => pageInfo(page).socialImages[0] ?? '';
  it('are one for the whole list: every page names the first page’s card, which the build drew', () => {
    for (const first of [routes.blog, routes.tag(TAG_SLUG)]) {
      const pages = walk(first);
      const own = card(pages[0]!.page);
      expect(new URL(own).pathname).toBe(socialImagePath(first));
      for (const { url, page } of pages) expect(card(page), url).toBe(own);
      expect(existsSync(path.join(OUT, socialImagePath(first)))).toBe(true);
      expect(existsSync(path.join(OUT, socialImagePath(pages[1]!.url)))).toBe(false);
    }
  });
});

describe('paginated tag listing', () => {
  it('holds exactly the articles with the tag, each once, over numbered pages', () => {
    const pages = walk(routes.tag(TAG_SLUG));
    expect(pages.map((p) => p.url)).toEqual(Array.from({ length: pageCount(FIXTURES) }, (_, i) => routes.tagPage(TAG_SLUG, i + 1)));
    const seen = pages.flatMap(({ page }) => listed(page));
    expect([...seen].sort()).toEqual(Array.from({ length: FIXTURES }, (_, i) => routes.article(`fixture-article-${String(i + 1).padStart(2, '0')}`)));
    expect(relLink(pages[1]!.page, 'prev')).toBe(routes.tag(TAG_SLUG));
  });

  it('is linked from each article with the tag and from the list of topics', () => {
    expect(html(routes.article('fixture-article-07'))).toContain(`href="${routes.tag(TAG_SLUG)}"`);
    expect(html(routes.tags)).toContain(`href="${routes.tag(TAG_SLUG)}"`);
    expect(existsSync(path.join(OUT, routes.tagPage(TAG_SLUG, 2), 'index.html'))).toBe(true);
  });
});
