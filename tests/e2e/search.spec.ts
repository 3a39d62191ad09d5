/**
 * Search tells the truth. Words are chosen from the built site, not pinned:
 * words absent from every page (whose first letters, like "in" or "an",
 * are everywhere), a word from one page's title that other pages also use,
 * and a word found once, deep inside a page.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { routes } from '../../lib/routes';
import { frontMatterOf } from './content';
import { builtPages } from './pages';

interface BuiltPage {
  readonly path: string;
  readonly title: string;
  readonly text: string;
}

const decode = (s: string) =>
  s
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const textOf = (html: string) =>
  decode(html.replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();

/** Each indexed page's h1 and the text of its <main> (what Pagefind indexes). */
const site: BuiltPage[] = builtPages()
  .map((p) => ({ p, html: readFileSync(path.resolve('out', `.${p}index.html`), 'utf8') }))
  .filter(({ html }) => html.includes('data-pagefind-body') && !/name="robots" content="[^"]*noindex/.test(html))
  .map(({ p, html }) => ({
    path: p,
    title: textOf(/<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? ''),
    text: textOf(/<main\b[\s\S]*<\/main>/.exec(html)?.[0] ?? ''),
  }));
const allText = site
  .map((p) => p.text)
  .join(' ')
  .toLowerCase();
const wordsOf = (text: string) => text.toLowerCase().match(/[a-z]+/g) ?? [];
const vocabulary = new Set(wordsOf(allText));

const countWord = (text: string, word: string) => wordsOf(text).filter((w) => w === word).length;

test('words that are not on the site give no results and a helpful empty state', async ({ page }) => {
  const candidates = ['insurance', 'anxiety', 'online', 'invoice', 'anthem', 'ontology', 'feeder', 'invoicing'];
  const absent = candidates.filter((w) => ![...vocabulary].some((v) => v === w || v.startsWith(w)));
  expect(absent.length, 'three candidate words absent from the site').toBeGreaterThanOrEqual(3);
  for (const word of absent.slice(0, 3)) {
    await page.goto(`/search/?q=${word}`);
    await expect(page.getByRole('status')).toHaveText(`No results for “${word}”.`);
    await expect(page.locator('#search-results li')).toHaveCount(0);
    const empty = page.locator('#search-empty');
    await expect(empty).toBeVisible();
    await expect(empty).toContainText(word);
    // It says the site has no page on it, and offers the questions, getting started and a way to reach the practice; it never blames spelling.
    for (const href of [routes.faq, routes.gettingStarted, routes.contact]) await expect(empty.locator(`a[href="${href}"]`)).toHaveCount(1);
    await expect(empty).not.toContainText(/spell/i);
  }
});

test('a word that only begins a word on the site finds nothing', async ({ page }) => {
  // e.g. "fee" in "feeling": the start of a site word, but never a word of its own.
  const prefix = [...vocabulary]
    .filter((w) => w.length >= 7)
    .map((w) => w.slice(0, 4))
    .find((p) => !vocabulary.has(p) && ![...vocabulary].some((v) => ['s', 'es', 'ed', 'd', 'ing'].some((e) => v === p + e)));
  expect(prefix).toBeDefined();
  await page.goto(`/search/?q=${prefix}`);
  await expect(page.getByRole('status')).toHaveText(`No results for “${prefix}”.`);
});

test('a word in a page’s title ranks that page first', async ({ page }) => {
  // A word in exactly one title that at least one other page also uses, so the order matters.
  const choice = site
    .flatMap((p) =>
      wordsOf(p.title)
        .filter((w) => w.length >= 6)
        .map((word) => ({ page: p, word })),
    )
    .find(({ page: p, word }) => site.filter((o) => countWord(o.title, word) > 0).length === 1 && site.some((o) => o !== p && countWord(o.text, word) > 0));
  expect(choice, 'a title word also used on another page').toBeDefined();
  const { page: target, word } = choice!;
  await page.goto(`/search/?q=${word}`);
  const first = page.locator('#search-results li').first();
  await expect(first.getByRole('link')).toHaveAttribute('href', target.path);
  expect(await page.locator('#search-results li').count()).toBeGreaterThan(1);
});

test('an excerpt cut from the middle of a page begins and ends with an ellipsis', async ({ page }) => {
  // A word used once on the whole site, well inside a long page.
  const choice = site
    .flatMap((p) => [...new Set(wordsOf(p.text))].filter((w) => w.length >= 7).map((word) => ({ page: p, word })))
    .find(({ page: p, word }) => {
      if (countWord(allText, word) !== 1) return false;
      const at = p.text.toLowerCase().search(new RegExp(`\\b${word}\\b`));
      return at > 400 && at < p.text.length - 400;
    });
  expect(choice).toBeDefined();
  await page.goto(`/search/?q=${choice!.word}`);
  const excerpt = page.locator('#search-results li p').first();
  await expect(excerpt).toHaveText(/^… .+ …$/);
  await expect(excerpt.locator('mark')).toHaveText(new RegExp(choice!.word, 'i'));
});

test('the search page does not move as it loads', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { shifts: number }).shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) (window as unknown as { shifts: number }).shifts += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/search/');
  await expect(page.getByRole('searchbox', { name: 'Words to search for' })).toBeVisible();
  await page.waitForTimeout(300);
  // Nothing appears or disappears; only the swap to the web font, whose fallback is metric-matched, may move text by a fraction of a pixel.
  expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBeLessThan(0.01);
});

test('a page is found by the extra search words staff gave it', async ({ page }) => {
  const withWords = frontMatterOf('experiences').find(({ data }) => Array.isArray(data.searchWords) && data.searchWords.length > 0);
  expect(withWords, 'an experience with searchWords').toBeDefined();
  const url = routes.experience(withWords!.slug);
  // A word the page's visible text does not use, so only the search words can find it.
  const html = readFileSync(path.resolve('out', `.${url}index.html`), 'utf8').replace(/<p hidden[^>]*data-search-words[^>]*>[\s\S]*?<\/p>/, '');
  const visible = textOf(/<main\b[\s\S]*<\/main>/.exec(html)?.[0] ?? '');
  const word = (withWords!.data.searchWords as string[]).find((w) => /^[a-z]+$/.test(w) && countWord(visible, w) === 0);
  expect(word, 'a search word absent from the page text').toBeDefined();
  await page.goto(`/search/?q=${word}`);
  await expect(page.locator(`#search-results a[href="${url}"]`)).toHaveCount(1);
  // The excerpt shows the page's own text, never its hidden list of words.
  const excerpt = (
    await page
      .locator('#search-results li', { has: page.locator(`a[href="${url}"]`) })
      .locator('p')
      .innerText()
  ).replace(/ …$/, '');
  expect(countWord(excerpt, word!)).toBe(0);
  expect(excerpt.split(' ').length).toBeGreaterThan(5);
  // Word for word the page's visible text (Pagefind adds a full stop between a heading and the next line).
  expect(wordsOf(visible).join(' ')).toContain(wordsOf(excerpt).join(' '));
});
