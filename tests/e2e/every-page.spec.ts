import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from './pages';

const pages = builtPages();

test('the site has its pages', () => {
  expect(pages).toEqual(
    expect.arrayContaining([
      '/',
      '/blog/',
      '/blog/what-is-music-psychotherapy/',
      '/team/',
      '/team/kaitlyn-kasha/',
      '/glossary/',
      '/experiences/',
      '/experiences/receptive/',
      '/experiences/improvisation/',
      '/experiences/recreative/',
      '/experiences/songwriting/',
      '/levels/',
      '/approach/',
      '/well-being/',
      ...['cognitive', 'communicative', 'emotional', 'musical', 'physical', 'social', 'spiritual'].map((a) => `/well-being/${a}/`),
      '/faq/',
      '/contact/',
      '/help-now/',
      '/privacy/',
      '/accessibility/',
    ]),
  );
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

    for (const colorScheme of ['light', 'dark'] as const) {
      test(`passes axe's WCAG 2.2 AA checks in the ${colorScheme} scheme`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }

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
