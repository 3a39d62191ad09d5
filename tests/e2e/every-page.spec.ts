import { expect, test } from '@playwright/test';
import { routes, sections } from '../../lib/routes';
import { frontMatterOf, publishedArticles } from './content';
import { builtPages } from './pages';

const pages = builtPages();

test('the site has a page for each section, each published article, and each document with a page of its own', () => {
  const expected = [
    '/',
    ...Object.values(sections).map((section) => section.path),
    ...publishedArticles().map((a) => a.url),
    ...frontMatterOf('team').map(({ slug }) => routes.person(slug)),
    ...frontMatterOf('experiences').map(({ slug }) => routes.experience(slug)),
    ...frontMatterOf('areas').map(({ slug }) => routes.area(slug)),
    ...frontMatterOf('pages').map(({ slug }) => routes.page(slug)),
  ];
  expect(pages).toEqual(expect.arrayContaining(expected));
});

for (const path of [...pages, '/404.html']) {
  test.describe(`page ${path}`, () => {
    test('has the landmarks, one h1, the crisis notice, and loads nothing from elsewhere', async ({ page }) => {
      const foreign: string[] = [];
      page.on('request', (request) => {
        if (!request.url().startsWith('http://127.0.0.1:') && !request.url().startsWith('data:')) foreign.push(request.url());
      });
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en-CA');
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('main')).toHaveCount(1);
      await expect(page.getByRole('banner')).toHaveCount(1);
      await expect(page.getByRole('contentinfo')).toHaveCount(1);
      await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(1);
      // The footer's notice, or on a page that shows the crisis panel in its text, that panel instead (said once).
      const crisis = page
        .getByRole('contentinfo')
        .getByRole('complementary', { name: 'Need help now?' })
        .or(page.getByRole('main').getByRole('region', { name: 'If you are in crisis' }));
      await expect(crisis).toHaveCount(1);
      await expect(crisis).toContainText('not an emergency service');
      await expect(crisis.getByRole('link', { name: /^text 9-8-8$/i })).toHaveAttribute('href', 'sms:988');
      await expect(crisis.getByRole('link', { name: /^call 9-8-8$/i })).toHaveAttribute('href', 'tel:988');
      await expect(crisis.getByRole('link', { name: /^call 9-1-1$/i })).toHaveAttribute('href', 'tel:911');
      const helpNow = page.getByRole('banner').getByRole('link', { name: 'Help now' });
      await expect(helpNow).toHaveAttribute('href', '/help-now/');
      if (path !== '/' && path !== '/404.html') {
        const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
        await expect(crumbs.getByRole('link').first()).toHaveAttribute('href', '/');
        await expect(crumbs.locator('[aria-current="page"]')).toHaveCount(1);
      }
      // Only the search page loads a script of its own; no page loads a framework.
      const scripts = await page.locator('script:not([type="application/ld+json"])').evaluateAll((els) => els.map((e) => e.getAttribute('src')));
      expect(scripts).toEqual(path === '/search/' ? ['/search.js'] : []);
      expect(foreign).toEqual([]);
    });

    // axe runs on every page, at 375 and 1280 px in both schemes, in `npm run check:site`, which `npm test` runs before these tests.

    test('reflows at 320 px without sideways scrolling', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
}

test('the colour scheme follows the system setting', async ({ page }) => {
  const background = async (colorScheme: 'light' | 'dark') => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  };
  expect(await background('light')).toBe('rgb(251, 248, 243)');
  expect(await background('dark')).toBe('rgb(18, 22, 25)');
});
