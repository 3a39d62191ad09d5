/**
 * Every page of content ends with the next-step block, which the keyboard
 * reaches and which leads to getting started (crisis help is the footer's,
 * said once a page); an article's
 * comes before its references. On a 375 x 812 phone, the home page's first
 * step is in the first screen.
 */
import { expect, test } from '@playwright/test';
import { primaryAction, routes } from '../../lib/routes';
import { frontMatterOf, publishedArticles } from './content';
import { builtPages } from './pages';

const CONTENT_PAGE = /^\/(experiences(\/[^/]+)?|well-being(\/[^/]+)?|team(\/[^/]+)?|levels|faq|approach)\/$/;
/** Articles, and the sections and pages of content; listings (the articles list, topics) are ways to content, not content. */
const articleUrls = new Set(publishedArticles().map((a) => a.url));
const contentPages = builtPages().filter((p) => CONTENT_PAGE.test(p) || articleUrls.has(p));

test('the content pages are found from the built site', () => {
  for (const [folder, url] of [
    ['experiences', routes.experience],
    ['areas', routes.area],
    ['team', routes.person],
  ] as const) {
    for (const { slug } of frontMatterOf(folder)) expect(contentPages).toContain(url(slug));
  }
  expect(contentPages).toEqual(expect.arrayContaining([routes.levels, routes.approach, routes.faq, routes.team]));
});

for (const url of contentPages) {
  test(`${url} ends with a next step the keyboard reaches`, async ({ page }) => {
    await page.goto(url);
    const block = page.locator('[data-next-step]');
    await expect(block).toHaveCount(1);
    await expect(block.getByRole('link', { name: primaryAction.label })).toHaveAttribute('href', routes.gettingStarted);
    await expect(block.locator(`a[href^="tel:"], a[href="${routes.helpNow}"]`), 'crisis help is the footer’s, not the next step’s').toHaveCount(0);
    const references = page.locator('#references');
    if ((await references.count()) > 0) {
      // The next step comes before the references, not after.
      expect(await block.evaluate((b) => Boolean(b.compareDocumentPosition(document.getElementById('references')!) & Node.DOCUMENT_POSITION_FOLLOWING))).toBe(
        true,
      );
    }
    let reached = false;
    for (let i = 0; i < 400 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.closest('[data-next-step]') !== null && document.activeElement?.tagName === 'A');
    }
    expect(reached).toBe(true);
  });
}

test('on a 375 x 812 phone, the home page’s first step is in the first screen', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
  const page = await context.newPage();
  await page.goto(routes.home);
  const box = await page.locator('[data-first-step]').boundingBox();
  console.log(`first-step button at 375x812: y=${box?.y.toFixed(0)}, bottom=${box ? (box.y + box.height).toFixed(0) : '?'}`);
  expect(box).not.toBeNull();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height).toBeLessThanOrEqual(812);
  await expect(page.locator('h1')).toBeInViewport();
  await expect(page.locator('h1 + .lead')).toBeInViewport();
  await expect(page.locator('[data-first-step]')).toHaveAttribute('href', routes.gettingStarted);
  await context.close();
});
