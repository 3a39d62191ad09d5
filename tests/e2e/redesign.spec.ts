/**
 * The redesign's promises, on the built site (the real profile, which is
 * mostly empty): the navigation holds getting started, fees and the
 * questions page; every address the site publishes answers with its page;
 * a page names a missing value at most once; the questions page holds no
 * unanswered question; the home page has no section that is only a heading
 * and a link; getting started leads with its steps, with no call button
 * before them; and the 404 page offers search. Expected text and addresses
 * come from the content and the configuration.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { isAnswered, NOT_PUBLISHED } from '../../lib/practice/describe';
import { PracticeSchema } from '../../lib/practice/schema';
import { documentRoutes, mainNavigation, primaryAction, routes, sectionNames, sections } from '../../lib/routes';
import { documentsOf, frontMatterOf } from './content';
import { builtPages } from './pages';

const practice = PracticeSchema.parse(parse(readFileSync('content/practice.yaml', 'utf8')));

test('the main navigation holds getting started, fees and the questions page', async ({ page }) => {
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(routes.home);
    const nav = page.getByRole('navigation', { name: 'Main' });
    if (width < 1024) await nav.locator('.nav-summary').click();
    for (const href of [primaryAction.href, routes.fees, routes.faq]) {
      await expect(nav.locator(`a[href="${href}"]:visible`), `${href} at ${width} px`).toHaveCount(1);
    }
  }
  expect(mainNavigation.some((item) => item.href === routes.fees)).toBe(true);
});

/** Every address the site has published: its sections, fixed pages and one page per document. */
function publishedAddresses(): string[] {
  const fixed = [routes.home, routes.approach, routes.contact, routes.gettingStarted, routes.fees, routes.helpNow, routes.privacy, routes.accessibility];
  const perDocument = (
    [
      ['posts', documentRoutes.Post],
      ['team', documentRoutes.TeamMember],
      ['experiences', documentRoutes.Experience],
      ['areas', documentRoutes.Area],
      ['pages', documentRoutes.Page],
    ] as const
  ).flatMap(([folder, url]) => frontMatterOf(folder).map(({ slug }) => url(slug)));
  const sectionPages = sectionNames.map((name) => sections[name].path);
  return [...new Set([...fixed, ...sectionPages, ...perDocument])].sort();
}

test('every published address answers with its page, or a redirect page that leads to it', async ({ request }) => {
  const built = new Set(builtPages());
  for (const address of publishedAddresses()) {
    const response = await request.get(address);
    expect(response.status(), address).toBe(200);
    const html = await response.text();
    const refresh = /<meta http-equiv="refresh" content="0; ?url=([^"]+)"/i.exec(html)?.[1];
    if (refresh) expect(built.has(new URL(refresh, 'http://x').pathname), `${address} → ${refresh}`).toBe(true);
    else expect(built.has(address), address).toBe(true);
  }
});

for (const path of builtPages()) {
  test(`${path} names a missing value at most once`, async ({ page }) => {
    await page.goto(path);
    const text = (await page.locator('body').innerText()).replace(/\s+/g, ' ');
    expect(text.split(NOT_PUBLISHED).length - 1).toBeLessThanOrEqual(1);
  });
}

test('the questions page shows only questions it answers, in the page and in its data', async ({ page }) => {
  await page.goto(routes.faq);
  const entries = documentsOf('faq').map((d) => ({
    question: String(d.data.question),
    answerText: d.body,
    answerFrom: d.data.answerFrom as string | undefined,
  }));
  const data = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').allTextContents()).find((json) => json.includes('"FAQPage"')) ?? '{"mainEntity":[]}',
  ) as { mainEntity: { name: string }[] };
  const marked = data.mainEntity.map((q) => q.name);
  for (const entry of entries) {
    const heading = page.getByRole('heading', { level: 2, name: entry.question, exact: true });
    if (isAnswered(entry, practice)) {
      await expect(heading).toHaveCount(1);
      expect(marked).toContain(entry.question);
    } else {
      await expect(heading).toHaveCount(0);
      expect(marked).not.toContain(entry.question);
    }
  }
  expect(
    entries.some((e) => !isAnswered(e, practice)),
    'the real profile leaves some questions unanswered, so the test can fail',
  ).toBe(true);
});

test('every home section has content beyond its heading and links', async ({ page }) => {
  await page.goto(routes.home);
  const sectionsWithout = await page.locator('main section').evaluateAll((all) =>
    all
      .filter((section) => {
        const clone = section.cloneNode(true) as HTMLElement;
        clone.querySelectorAll('h2, a').forEach((el) => el.remove());
        const rest = clone.textContent?.replace(/[\s:.,]+/g, '') ?? '';
        const cards = section.querySelectorAll('li, figure, svg').length;
        return rest === '' && cards === 0;
      })
      .map((section) => section.querySelector('h2')?.textContent ?? section.id),
  );
  expect(sectionsWithout).toEqual([]);
});

test('getting started leads with its steps: no call button before the first step', async ({ page }) => {
  await page.goto(routes.gettingStarted);
  const firstStep = page.locator('main h2').first();
  await expect(firstStep).toBeVisible();
  const telBefore = await page
    .locator('main a[href^="tel:"], main a[href^="sms:"]')
    .evaluateAll(
      (links, step) => links.filter((a) => Boolean(a.compareDocumentPosition(step as Node) & Node.DOCUMENT_POSITION_FOLLOWING)).length,
      await firstStep.elementHandle(),
    );
  expect(telBefore).toBe(0);
  await expect(page.locator(`main a[href="${routes.helpNow}"]`).first()).toBeVisible();
});

test('each page carries one crisis notice', async ({ page }) => {
  for (const path of [routes.home, routes.approach, routes.faq, routes.gettingStarted, routes.helpNow]) {
    await page.goto(path);
    const notices = await page.locator('.crisis-notice:visible, .crisis-panel:visible').count();
    expect(notices, path).toBe(1);
  }
});

test('the big call buttons are on Help now alone, off the path of a person who is safe', () => {
  const withButtons = builtPages().filter((page) => readFileSync(`out${page}index.html`, 'utf8').includes('href="tel:988" class="call-button'));
  expect(withButtons).toEqual([routes.helpNow]);
});

test('the 404 page has a search form, and leads to getting started, the questions and home', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  const main = page.locator('main');
  await expect(main.getByRole('search')).toHaveCount(1);
  await expect(main.locator('form[action="/search/"] input[name="q"]')).toHaveCount(1);
  for (const href of [routes.gettingStarted, routes.faq, routes.home]) await expect(main.locator(`a[href="${href}"]`)).toHaveCount(1);
});

/** Text-only page kinds carry the mark's band; these two keep their steps and crisis lines first, with nothing above. */
const banded = [
  routes.fees,
  routes.contact,
  routes.approach,
  routes.faq,
  routes.team,
  routes.blog,
  routes.glossary,
  routes.area(frontMatterOf('areas')[0]!.slug),
];
const unbanded = [routes.gettingStarted, routes.helpNow, routes.home];

test('text-only pages carry the mark’s band: decoration only, still, in the scheme’s colours, and the page’s first lines stay on the first phone screen', async ({
  browser,
}) => {
  const fills: Record<string, string> = {};
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ viewport: { width: 375, height: 812 }, colorScheme, reducedMotion: 'reduce' });
    const page = await context.newPage();
    for (const path of banded) {
      await page.goto(path);
      const band = page.locator('main .wave-band');
      await expect(band, path).toHaveCount(1);
      await expect(band).toHaveAttribute('aria-hidden', 'true');
      expect(await band.locator('title, desc, text, a, image, animate, animateTransform, animateMotion, set').count(), path).toBe(0);
      expect(await band.evaluate((el) => el.getAnimations({ subtree: true }).length), path).toBe(0);
      // The title, and the start of what follows the page's header, on the first screen of a phone.
      const after = await page.locator('main h1').evaluate((h1) => h1.closest('header')!.nextElementSibling!.getBoundingClientRect().top);
      expect(after, `${path}: the page's first lines on the first screen`).toBeLessThan(812);
      fills[colorScheme] = await band
        .locator('.wave-band-note')
        .first()
        .evaluate((el) => getComputedStyle(el).fill);
    }
    for (const path of unbanded) {
      await page.goto(path);
      await expect(page.locator('.wave-band'), path).toHaveCount(0);
    }
    await context.close();
  }
  expect(fills.light).not.toBe(fills.dark);
});
