/**
 * The design's promises, on every built page: no sideways scrolling at
 * 320 px or at 200% text on a 375 px phone, a type scale in which each
 * heading level is smaller than the one above, the current page marked in
 * the navigation, a header of at most two rows (100 px) on a phone, and
 * "Help now" one tap away. The help-now page's call and text buttons are
 * big enough to hit in distress.
 */
import { expect, test, type Page } from '@playwright/test';
import { navigationFor } from '../../lib/navigation';
import { navItemFor, primaryAction, routes } from '../../lib/routes';
import { frontMatterOf } from './content';
import { builtPages } from './pages';

const pages = [...builtPages(), '/404.html'];

/**
 * 200% text as a reader sets it: the browser's default text size doubled
 * (Chromium's font settings, through the DevTools protocol). Injecting a
 * style would be refused by the pages' Content-Security-Policy, rightly.
 */
async function doubleTextSize(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
}

/** Sideways overflow of the page, in px (0 when it fits). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Computed font sizes of the visible headings, by level. */
const headingSizes = (page: Page) =>
  page.evaluate(() => {
    const sizes: Record<number, number[]> = {};
    for (const h of document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6')) {
      if (!h.checkVisibility()) continue;
      const level = Number(h.tagName[1]);
      (sizes[level] ??= []).push(parseFloat(getComputedStyle(h).fontSize));
    }
    return sizes;
  });

/** The navigation as the pages show it (the team item named for its person while there is one), and its one action. */
const navigation = [...navigationFor(frontMatterOf('team').map(({ slug, data }) => ({ name: String(data.name), url: routes.person(slug) }))), primaryAction];

/** The navigation item a page belongs to: its own link, or its section's (Articles for an article, About for an experience). */
function currentNavItem(path: string): string | undefined {
  return navItemFor(navigation, path)?.href;
}

for (const path of pages) {
  test.describe(`page ${path}`, () => {
    test('fits a 320 px screen and a 375 px screen at 200% text without sideways scrolling', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(path);
      expect(await overflow(page), 'at 320 px').toBeLessThanOrEqual(0);
      await page.setViewportSize({ width: 375, height: 812 });
      await doubleTextSize(page);
      await page.goto(path);
      expect(await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize)), 'the text is at 200%').toBe(32);
      expect(await overflow(page), 'at 200% text on 375 px').toBeLessThanOrEqual(0);
    });

    for (const width of [375, 1280]) {
      test(`each heading level is smaller than the one above at ${width} px`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(path);
        const sizes = await headingSizes(page);
        const levels = Object.keys(sizes).map(Number).sort();
        expect(levels[0]).toBe(1);
        for (let i = 1; i < levels.length; i++) {
          const above = Math.min(...sizes[levels[i - 1]!]!);
          const below = Math.max(...sizes[levels[i]!]!);
          expect(below, `h${levels[i]} (${below} px) against h${levels[i - 1]} (${above} px)`).toBeLessThan(above);
        }
      });
    }

    test('the navigation marks the current page, and Help now is one tap away', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(path);
      const nav = page.getByRole('navigation', { name: 'Main' });
      const expected = currentNavItem(path);
      // The row of links a wide screen shows (the phone menu, hidden here, also marks the sub-page itself).
      const marked = await nav.locator('a[aria-current]:visible').evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute('href')))]);
      expect(marked).toEqual(expected ? [expected] : []);
      if (expected) {
        await expect(nav.locator(`a[href="${expected}"]`).filter({ visible: true })).toHaveAttribute('aria-current', path === expected ? 'page' : 'true');
      }
      const helpNow = page.getByRole('banner').getByRole('link', { name: 'Help now' });
      for (const width of [320, 375, 1280]) {
        await page.setViewportSize({ width, height: 800 });
        await expect(helpNow, `Help now visible without the menu at ${width} px`).toBeVisible();
      }
      if (path === routes.helpNow) await expect(helpNow).toHaveAttribute('aria-current', 'page');
    });

    test('the header is at most 100 px tall on a 375 px phone, and the menu marks the current page too', async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 812 });
      await page.goto(path);
      const box = await page.getByRole('banner').boundingBox();
      expect(box?.height).toBeLessThanOrEqual(100);
      const expected = currentNavItem(path);
      if (expected) {
        await page.getByRole('banner').getByText('Menu', { exact: true }).click();
        await expect(page.getByRole('navigation', { name: 'Main' }).locator(`a[href="${expected}"]`).filter({ visible: true })).toHaveAttribute(
          'aria-current',
          /page|true/,
        );
      }
    });
  });
}

test('help now: big call and text buttons with the number in the label, other free lines, and “not an emergency service” said once', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto(routes.helpNow);
  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: 'Call 9-8-8' })).toHaveAttribute('href', 'tel:988');
  await expect(main.getByRole('link', { name: 'Text 9-8-8' })).toHaveAttribute('href', 'sms:988');
  await expect(main.getByRole('link', { name: 'Call 9-1-1' })).toHaveAttribute('href', 'tel:911');
  for (const line of ['Kids Help Phone', 'Hope for Wellness', '2-1-1']) await expect(main).toContainText(line);
  const controls = main.locator('a[href^="tel:"], a[href^="sms:"]');
  expect(await controls.count()).toBeGreaterThanOrEqual(3);
  for (const control of await controls.all()) {
    const box = await control.boundingBox();
    expect(box, await control.innerText()).not.toBeNull();
    expect(Math.min(box!.width, box!.height), await control.innerText()).toBeGreaterThanOrEqual(48);
  }
  await expect(page.getByText(/not an emergency service/).filter({ visible: true })).toHaveCount(1);
  // The first call button is on the first screen of a phone.
  await expect(main.getByRole('link', { name: 'Call 9-8-8' })).toBeInViewport();
});

test('cards are links as a whole: a click anywhere on a card opens its page', async ({ page }) => {
  await page.goto(routes.experiences);
  const card = page.locator('.card-grid > li').first();
  const href = await card.getByRole('link').first().getAttribute('href');
  // The click goes to a point on the screen, so the whole card must be on it.
  await card.scrollIntoViewIfNeeded();
  const box = (await card.boundingBox())!;
  await page.mouse.click(box.x + box.width - 8, box.y + box.height - 8);
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});

test('home and inner pages share one left edge', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const left = async (path: string) => {
    await page.goto(path);
    return { h1: (await page.locator('main h1').boundingBox())!.x, logo: (await page.getByRole('banner').getByRole('link').first().boundingBox())!.x };
  };
  const home = await left('/');
  const inner = await left(routes.approach);
  expect(inner.h1).toBe(home.h1);
  expect(home.logo).toBe(home.h1);
});
