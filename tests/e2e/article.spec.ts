/**
 * Articles as readers meet them. Every expectation is read from the content
 * (tests/e2e/content.ts), so editing or renaming an article keeps these green
 * as long as the site still shows what the content says.
 */
import { expect, test } from '@playwright/test';
import { headingsOf, normalise, people, publishedArticles, quotesOf, referencesOf, shownCredentialsOf } from './content';

const articles = publishedArticles();

test('there are articles to test', () => {
  expect(articles.length).toBeGreaterThan(0);
});

for (const article of articles) {
  test.describe(`the article ${article.url}`, () => {
    test.beforeEach(async ({ page }) => {
      await page.goto(article.url);
    });

    test('has its title as the only h1', async ({ page }) => {
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('h1')).toHaveText(article.title);
    });

    test('shows every heading written in it, at its level, with the id links use', async ({ page }) => {
      for (const heading of headingsOf(article.body)) {
        const shown = page.locator(`main article h${heading.depth}[id="${heading.id}"]`);
        await expect(shown, heading.text).toHaveCount(1);
        expect(normalise((await shown.textContent()) ?? '')).toBe(normalise(heading.text));
      }
    });

    test('shows each quotation with its source', async ({ page }) => {
      const references = new Map(referencesOf(article.body).map((r) => [r.key, r]));
      for (const quote of quotesOf(article.body)) {
        const figure = page.locator('main figure.quote', { hasText: quote.text.slice(0, 60) });
        await expect(figure, quote.text.slice(0, 40)).toHaveCount(1);
        const caption = normalise((await figure.locator('figcaption').textContent()) ?? '');
        if (quote.source) {
          const reference = references.get(quote.source)!;
          expect(caption).toContain(`${reference.work.author}, ${reference.year}`);
          if (quote.page) expect(caption).toContain(quote.page);
        } else {
          expect(caption).toContain(normalise(quote.attribution ?? ''));
        }
      }
    });

    test('ends with a reference for each work it cites, and no other', async ({ page }) => {
      const references = referencesOf(article.body);
      const items = page.locator('section.references li');
      await expect(items).toHaveCount(references.length);
      for (const [i, { work, year }] of references.entries()) {
        const text = normalise((await items.nth(i).textContent()) ?? '');
        for (const part of [work.authorFull, `(${year})`, work.title, work.publisher]) expect(text).toContain(part);
      }
    });

    test('has a byline with its author, its date and the author’s credentials spelled out', async ({ page }) => {
      const byline = page.locator('main .byline');
      await expect(byline.locator('time').first()).toHaveAttribute('datetime', article.date.slice(0, 10));
      const author = people.find((p) => p.slug === article.data.author);
      if (!author) return;
      await expect(byline.getByRole('link', { name: author.name })).toHaveAttribute('href', author.url);
      // In the credentials table's order (the College title first), whatever order the team file lists them in.
      const shown = shownCredentialsOf(author.slug);
      await expect(byline.locator('abbr')).toHaveText(shown.map((c) => c.abbreviation));
      for (const { abbreviation, fullName } of shown) {
        await expect(byline.locator('abbr', { hasText: abbreviation })).toHaveAttribute('title', fullName);
      }
    });
  });
}

test('the blog index lists every published article, newest first, with its description', async ({ page }) => {
  await page.goto('/blog/');
  const links = await page.locator('.article-list h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(links).toEqual(articles.map((a) => a.url));
  for (const article of articles) {
    await expect(page.locator('.article-list li', { has: page.locator(`a[href="${article.url}"]`) })).toContainText(article.description);
  }
});

test('the home page links to an article', async ({ page }) => {
  await page.goto('/');
  const linked = await page.locator('main a[href^="/blog/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(linked.some((href) => articles.some((a) => a.url === href))).toBe(true);
});

test('each author’s page lists their articles', async ({ page }) => {
  for (const person of people) {
    const theirs = articles.filter((a) => a.data.author === person.slug);
    if (theirs.length === 0) continue;
    await page.goto(person.url);
    await expect(page.locator('h1')).toHaveText(person.name);
    const section = page.locator('section', { has: page.locator('h2#articles') });
    for (const article of theirs) await expect(section.getByRole('link', { name: article.title })).toHaveAttribute('href', article.url);
  }
});

test('an unknown path serves the friendly 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveCount(1);
  // Whatever its words, the page offers a way back to the home page from its main content.
  await expect(page.locator('main a[href="/"]')).not.toHaveCount(0);
});

test('the team page spells out each member’s credentials', async ({ page }) => {
  await page.goto('/team/');
  for (const person of people) {
    const card = page.locator('main li', { hasText: person.name });
    for (const { fullName } of shownCredentialsOf(person.slug)) await expect(card).toContainText(fullName);
  }
});
