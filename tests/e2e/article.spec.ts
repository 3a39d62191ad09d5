import { expect, test } from '@playwright/test';
import { shownCredentialsOf } from './content';

const ARTICLE = '/blog/what-is-music-psychotherapy/';

test.describe('the first article', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(ARTICLE);
  });

  test('has its title as the only h1', async ({ page }) => {
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).toHaveText('What is Music Psychotherapy?');
  });

  test('has a section for each of the four kinds of music experience', async ({ page }) => {
    const experiences = page.locator('h2', { hasText: 'Four kinds of music experience' });
    await expect(experiences).toBeVisible();
    for (const name of ['Receptive', 'Improvisation', 'Recreative', 'Composition and songwriting']) {
      const heading = page.getByRole('heading', { level: 3, name, exact: true });
      await expect(heading).toBeVisible();
      // A real section: text follows the heading before the next heading.
      const following = heading.locator('xpath=following-sibling::*[1]');
      await expect(following).not.toHaveJSProperty('tagName', 'H3');
      expect((await following.textContent())?.trim().length).toBeGreaterThan(40);
    }
  });

  test("names all four of Bruscia's levels", async ({ page }) => {
    await expect(page.locator('main > article')).toContainText('Bruscia');
    for (const level of ['Verbal psychotherapy with music', 'Music in psychotherapy', 'Music-centred psychotherapy', 'Music as psychotherapy']) {
      await expect(page.getByRole('heading', { level: 3, name: level, exact: true })).toBeVisible();
    }
  });

  test('quotes the CAMT and the CRPO with attribution', async ({ page }) => {
    const camt = page.locator('figure', { hasText: 'use music purposefully within therapeutic relationships' });
    await expect(camt.locator('blockquote')).toContainText('spiritual domains');
    await expect(camt.locator('figcaption')).toContainText('Canadian Association of Music Therapists');
    const crpo = page.locator('figure', { hasText: 'enter into a psychotherapeutic relationship' });
    await expect(crpo.locator('blockquote')).toContainText('social functioning');
    await expect(crpo.locator('figcaption')).toContainText('College of Registered Psychotherapists of Ontario');
  });

  test('ends with its references', async ({ page }) => {
    const references = page.getByRole('heading', { level: 2, name: 'References' });
    await expect(references).toBeVisible();
    const list = references.locator('xpath=following-sibling::ul[1]');
    await expect(list.locator('li')).toHaveCount(2);
    await expect(list).toContainText('Defining Music Therapy');
    await expect(list).toContainText('The Dynamics of Music Psychotherapy');
  });

  test('has a byline with author, date and credentials spelled out', async ({ page }) => {
    const byline = page.locator('main .byline');
    await expect(byline.getByRole('link', { name: 'Kaitlyn Kasha' })).toHaveAttribute('href', '/team/kaitlyn-kasha/');
    await expect(byline.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
    // In the credentials table's order (the College title first), whatever order the team file lists them in.
    const shown = shownCredentialsOf('kaitlyn-kasha');
    expect(shown.length).toBeGreaterThan(0);
    await expect(byline.locator('abbr')).toHaveText(shown.map((c) => c.abbreviation));
    for (const { abbreviation, fullName } of shown) {
      await expect(byline.locator('abbr', { hasText: abbreviation })).toHaveAttribute('title', fullName);
    }
  });
});

test('the home page and the blog index link to the article', async ({ page }) => {
  for (const path of ['/', '/blog/']) {
    await page.goto(path);
    await expect(page.locator(`main a[href="${ARTICLE}"]`).first()).toBeVisible();
  }
});

test('the blog index lists articles newest first, with dates and descriptions', async ({ page }) => {
  await page.goto('/blog/');
  const dates = await page.locator('.article-list time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
  expect(dates.length).toBeGreaterThan(0);
  expect([...dates].sort().reverse()).toEqual(dates);
  await expect(page.locator('.article-list li', { has: page.locator(`a[href="${ARTICLE}"]`) })).toContainText('No musical experience is needed');
});

test("the author's page lists her articles", async ({ page }) => {
  await page.goto('/team/kaitlyn-kasha/');
  await expect(page.locator('h1')).toHaveText('Kaitlyn Kasha');
  const articles = page.locator('section', { has: page.getByRole('heading', { name: 'Articles by Kaitlyn Kasha' }) });
  await expect(articles.getByRole('link', { name: 'What is Music Psychotherapy?' })).toHaveAttribute('href', ARTICLE);
});

test('an unknown path serves the friendly 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText(/can’t find that page/);
  await expect(page.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/');
});

test('the team page spells out each member’s credentials', async ({ page }) => {
  await page.goto('/team/');
  const card = page.locator('main li', { hasText: 'Kaitlyn Kasha' });
  for (const { fullName } of shownCredentialsOf('kaitlyn-kasha')) await expect(card).toContainText(fullName);
});
