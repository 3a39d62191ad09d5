/**
 * What search engines and feed readers see: metadata, structured data, the
 * sitemap, the feeds, the social images, and site search in a real browser.
 */
import { expect, test } from '@playwright/test';
import { parseFeed } from 'feedsmith';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { people, publishedArticles, site } from './content';
import { builtPages } from './pages';
import { routes } from '../../lib/routes';

const OUT = path.resolve('out');
/** The site's address, from its configuration (SITE_URL), never a fixed host. */
const BASE = site.url;
const articles = publishedArticles();
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pages = builtPages();
const html = (p: string) => readFileSync(path.join(OUT, p, 'index.html'), 'utf8');
const meta = (source: string, attribute: string, name: string) => new RegExp(`<meta ${attribute}="${name}" content="([^"]*)"`).exec(source)?.[1];
const noindex = (source: string) => /<meta name="robots" content="[^"]*noindex/.test(source);
const publicPages = pages.filter((p) => !noindex(html(p)));
const sitemap = readFileSync(path.join(OUT, 'sitemap.xml'), 'utf8');
const sitemapUrls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
const articleUrls = [...html('blog/').matchAll(/<h2[^>]*><a href="(\/blog\/[^"]+)"/g)].map((m) => m[1]!);

test('every page has one canonical URL matching its path, and a unique title and description', () => {
  const titles = new Map<string, string>();
  const descriptions = new Map<string, string>();
  for (const p of pages) {
    const source = html(p);
    const canonicals = [...source.matchAll(/<link rel="canonical" href="([^"]+)"/g)].map((m) => m[1]);
    expect(canonicals, p).toEqual([`${BASE}${p}`]);
    const title = /<title>([^<]*)<\/title>/.exec(source)?.[1] ?? '';
    const description = meta(source, 'name', 'description') ?? '';
    expect(title.trim(), p).not.toBe('');
    expect(description.trim(), p).not.toBe('');
    expect(titles.get(title), `${p} repeats the title of ${titles.get(title)}`).toBeUndefined();
    expect(descriptions.get(description), `${p} repeats the description of ${descriptions.get(description)}`).toBeUndefined();
    titles.set(title, p);
    descriptions.set(description, p);
    expect(source).toContain(`<link rel="alternate" type="application/rss+xml"`);
    expect(source).toContain(`<link rel="alternate" type="application/feed+json"`);
  }
});

test('the 404 page is noindex; articles are not; the search page may be found but not its results, and is no result itself', () => {
  expect(noindex(readFileSync(path.join(OUT, '404.html'), 'utf8'))).toBe(true);
  for (const article of articles) expect(noindex(html(article.url.slice(1)))).toBe(false);
  const search = routes.search.slice(1);
  expect(noindex(html(search))).toBe(false);
  expect(html(search)).not.toContain('data-pagefind-body');
  const robots = readFileSync(path.join(OUT, 'robots.txt'), 'utf8');
  expect(robots.split('\n')).toContain(`Disallow: ${routes.search}?`);
  // No other page is kept from crawlers.
  expect(robots.match(/^Disallow:/gm)).toHaveLength(1);
});

test('the sitemap lists exactly the public pages, at their canonical URLs, with dates from the content', () => {
  expect([...sitemapUrls].sort()).toEqual(publicPages.map((p) => `${BASE}${p}`).sort());
  expect(new Set(sitemapUrls).size).toBe(sitemapUrls.length);
  for (const article of articles) {
    const lastmod = String(article.data.updated ?? article.date).slice(0, 10);
    expect(sitemap).toMatch(new RegExp(`<loc>${escapeRegExp(`${BASE}${article.url}`)}</loc>\\s*<lastmod>${lastmod}</lastmod>`));
  }
  expect(readFileSync(path.join(OUT, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${BASE}/sitemap.xml`);
});

test('both feeds parse with a real feed parser and list every published article, newest first', () => {
  expect(articleUrls.length).toBeGreaterThan(1);
  const rss = parseFeed(readFileSync(path.join(OUT, 'feed.xml'), 'utf8'));
  const json = parseFeed(readFileSync(path.join(OUT, 'feed.json'), 'utf8'));
  expect(rss.format).toBe('rss');
  expect(json.format).toBe('json');
  const rssItems = (rss.feed as { items: { title: string; link: string; pubDate: string; description: string; dc?: { creators?: string[] } }[] }).items;
  const jsonItems = (json.feed as { items: { title: string; url: string; date_published: string; summary: string; authors: { name: string }[] }[] }).items;
  expect(rssItems.map((i) => new URL(i.link).pathname)).toEqual(articleUrls);
  expect(jsonItems.map((i) => new URL(i.url).pathname)).toEqual(articleUrls);
  for (const [i, url] of articleUrls.entries()) {
    const page = html(url.slice(1));
    const title = /<h1[^>]*>([^<]*)<\/h1>/.exec(page)?.[1]?.replace(/&amp;/g, '&');
    expect(rssItems[i]!.title).toBe(title);
    expect(jsonItems[i]!.title).toBe(title);
    expect(rssItems[i]!.description).toBeTruthy();
    expect(jsonItems[i]!.summary).toBe(meta(page, 'name', 'description')?.replace(/&#x27;/g, "'"));
    expect(rssItems[i]!.dc?.creators?.length).toBeGreaterThan(0);
    expect(jsonItems[i]!.authors[0]!.name).toBeTruthy();
    expect(Date.parse(jsonItems[i]!.date_published)).not.toBeNaN();
  }
});

test('each public page has a 1200x630 PNG social image', () => {
  for (const p of publicPages) {
    const image = meta(html(p), 'property', 'og:image');
    expect(image, p).toBeTruthy();
    expect(meta(html(p), 'name', 'twitter:image')).toBe(image);
    const png = readFileSync(path.join(OUT, new URL(image!).pathname));
    expect(png.subarray(0, 8).toString('hex'), p).toBe('89504e470d0a1a0a');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], p).toEqual([1200, 630]);
  }
});

function jsonLd(source: string): Record<string, unknown>[] {
  return [...source.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);
}

test('structured data parses and matches what each page shows', async ({ page }) => {
  test.slow(); // it visits every page
  for (const p of [...pages, '/404.html']) {
    await page.goto(p);
    const data = await page
      .locator('script[type="application/ld+json"]')
      .evaluateAll((els) => els.map((e) => JSON.parse(e.textContent ?? '') as Record<string, unknown>));
    const organization = data.find((d) => d['@type'] === 'Organization');
    expect(organization, p).toMatchObject({ name: site.name, url: `${BASE}/` });
    expect(site.region, p).toContain((organization as { areaServed: { name: string } }).areaServed.name);
    expect(organization).not.toHaveProperty('address');
    expect(organization).not.toHaveProperty('telephone');
    const crumbs = await page.getByRole('navigation', { name: 'Breadcrumb' }).locator('li').allTextContents();
    const list = data.find((d) => d['@type'] === 'BreadcrumbList') as { itemListElement: { name: string; item: string }[] } | undefined;
    if (crumbs.length > 0) {
      expect(
        list?.itemListElement.map((i) => i.name),
        p,
      ).toEqual(crumbs);
      expect(list?.itemListElement.at(-1)?.item).toBe(`${BASE}${p}`);
    } else {
      expect(list, p).toBeUndefined();
    }
  }
});

test('an article’s BlogPosting matches its heading, dates, image and author', async ({ page }) => {
  const article = articles.find((a) => people.some((p) => p.slug === a.data.author))!;
  const author = people.find((p) => p.slug === article.data.author)!;
  await page.goto(article.url);
  const posting = jsonLd(await page.content()).find((d) => d['@type'] === 'BlogPosting') as Record<string, unknown> & {
    author: { '@type': string; name: string; hasCredential: { name: string; alternateName: string }[] };
  };
  expect(posting.headline).toBe(await page.locator('h1').textContent());
  expect(String(posting.datePublished).slice(0, 10)).toBe(await page.locator('.byline time').first().getAttribute('datetime'));
  expect(posting.image).toBe(await page.locator('meta[property="og:image"]').getAttribute('content'));
  expect(posting.author.name).toBe(author.name);
  expect(posting.author.hasCredential.map((c) => c.alternateName)).toEqual(await page.locator('.byline abbr').allTextContents());
  for (const credential of posting.author.hasCredential) {
    await expect(page.locator('.byline abbr', { hasText: credential.alternateName })).toHaveAttribute('title', credential.name);
  }
});

test('/faq/ has FAQPage data whose questions are the page’s questions', async ({ page }) => {
  await page.goto('/faq/');
  const faq = jsonLd(await page.content()).find((d) => d['@type'] === 'FAQPage') as { mainEntity: { name: string; acceptedAnswer: { text: string } }[] };
  // A question whose answer is only “not published yet” (from the practice profile) is left out of the data.
  const questions = await page
    .locator('main section[id]')
    .evaluateAll((sections) =>
      sections
        .filter((s) => [...s.querySelectorAll('.prose-site > *')].some((el) => !el.hasAttribute('data-unpublished')))
        .map((s) => s.querySelector('h2')?.textContent ?? ''),
    );
  expect(faq.mainEntity.map((q) => q.name)).toEqual(questions);
  for (const q of faq.mainEntity) expect(q.acceptedAnswer.text.length).toBeGreaterThan(20);
});

/**
 * A word that only one article uses, read from the built pages: long enough
 * to be a real word, and sharing no first five letters with a word on any
 * other page, so the search index's stemming cannot match elsewhere.
 */
function wordInOneArticle(): { word: string; url: string } {
  const words = (p: string) => new Set((/<main[\s\S]*<\/main>/.exec(html(p))?.[0] ?? '').replace(/<[^>]*>/g, ' ').match(/\p{L}{8,}/gu) ?? []);
  const byPage = new Map(pages.map((p) => [p, words(p)]));
  const stems = (p: string) => new Set([...byPage.get(p)!].map((w) => w.slice(0, 5).toLowerCase()));
  for (const article of articles) {
    const elsewhere = new Set(pages.filter((p) => p !== article.url).flatMap((p) => [...stems(p)]));
    const word = [...byPage.get(article.url)!].sort().find((w) => !elsewhere.has(w.slice(0, 5).toLowerCase()));
    if (word) return { word, url: article.url };
  }
  throw new Error('No article has a word of its own to search for');
}

test('searching for a word found in only one article finds that article', async ({ page }) => {
  const { word, url } = wordInOneArticle();
  await page.goto('/');
  await page.getByRole('search').getByRole('searchbox', { name: 'Search the site' }).fill(word);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/search/\\?q=${encodeURIComponent(word)}$`));
  await expect(page.getByRole('status')).toHaveText(new RegExp(`1 result for “${word}”`));
  await expect(page.getByText('Search needs JavaScript')).toBeHidden();
  const results = page.locator('#search-results li');
  await expect(results.first().getByRole('link')).toHaveAttribute('href', url);
  await expect(results.first().locator('mark')).toContainText(word);
  // Searching again from the page itself, with the keyboard.
  await page.getByRole('searchbox', { name: 'Words to search for' }).fill('zzqxnotaword');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText(/No results for “zzqxnotaword”/);
});

test('without JavaScript, the search page says how to browse instead', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/search/');
  await expect(page.locator('main')).toContainText('Search needs JavaScript');
  await expect(page.getByRole('searchbox', { name: 'Words to search for' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Browse instead' }).getByRole('link', { name: 'Articles' })).toHaveAttribute('href', '/blog/');
  await context.close();
});
