import { expect, test } from '@playwright/test';
import { routes } from '../../lib/routes';
import { documentsOf, frontMatterOf, glossary, publishedArticles, quotesOf, referencesOf } from './content';

const experiences = frontMatterOf('experiences').sort((a, b) => Number(a.data.order) - Number(b.data.order));
const areas = frontMatterOf('areas');
const levels = documentsOf('levels').sort((a, b) => Number(a.data.order) - Number(b.data.order));
const articles = publishedArticles();

test('there are experiences, areas and levels to show', () => {
  expect(experiences.length).toBeGreaterThan(0);
  expect(areas.length).toBeGreaterThan(0);
  expect(levels.length).toBeGreaterThan(0);
});

experiences.forEach(({ slug, data }, index) => {
  test(`the ${slug} page names its examples and areas and links to its neighbours`, async ({ page }) => {
    await page.goto(`/experiences/${slug}/`);
    await expect(page.locator('h1')).toHaveText(String(data.title));
    const examples = page.locator('section', { has: page.getByRole('heading', { name: 'What it can look like in a session' }) });
    for (const example of data.examples as string[]) await expect(examples).toContainText(example, { ignoreCase: true });
    const areaLinks = page.locator('section', { has: page.getByRole('heading', { name: 'Areas of well-being it can touch' }) }).getByRole('link');
    expect((await areaLinks.evaluateAll((links) => links.map((l) => l.getAttribute('href')))).sort()).toEqual(
      (data.areas as string[]).map((a) => `/well-being/${a}/`).sort(),
    );
    const neighbours = page.getByRole('navigation', { name: 'Other music experiences' });
    const previous = experiences[index - 1];
    const next = experiences[index + 1];
    if (previous) await expect(neighbours.locator('a[rel="prev"]')).toHaveAttribute('href', `/experiences/${previous.slug}/`);
    else await expect(neighbours.locator('a[rel="prev"]')).toHaveCount(0);
    if (next) await expect(neighbours.locator('a[rel="next"]')).toHaveAttribute('href', `/experiences/${next.slug}/`);
    else await expect(neighbours.locator('a[rel="next"]')).toHaveCount(0);
  });
});

test('/levels/ has a section for each level, and the diagram’s links reach them', async ({ page }) => {
  await page.goto('/levels/');
  const ids = levels.map((l) => l.slug);
  for (const id of ids) await expect(page.locator(`section#${id}`)).toHaveCount(1);
  const diagram = page.locator('figure.levels-diagram');
  await expect(diagram.locator('figcaption')).not.toBeEmpty();
  await expect(diagram.locator('.is-focus')).toHaveCount(levels.filter((l) => l.data.practiceFocus === true).length);
  for (const id of ids) {
    await diagram.locator(`a[href="/levels/#${id}"]`).click();
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
    await expect(page.locator(`section#${id}`)).toBeInViewport();
  }
});

test('a credential used more than once in an article expands and links to its glossary entry the first time only', async ({ page }) => {
  let checked = 0;
  for (const article of articles) {
    await page.goto(article.url);
    for (const { slug, term, abbreviation } of glossary) {
      if (!abbreviation) continue;
      const uses = page.locator('main abbr', { hasText: new RegExp(`^${abbreviation}$`) });
      if ((await uses.count()) < 2) continue;
      await expect(uses.first()).toHaveAttribute('title', term);
      await expect(uses.first().locator('xpath=..')).toHaveAttribute('href', `/glossary/#${slug}`);
      await expect(page.locator(`main a[href="/glossary/#${slug}"]`)).toHaveCount(1);
      checked++;
    }
  }
  expect(checked).toBeGreaterThan(0);
});

test('pages that cite give each work the year label of their own reference list', async ({ page }) => {
  // Levels share one page, so their citations are labelled together.
  const citing = [...articles.map((a) => ({ url: a.url, bodies: [a.body] })), { url: '/levels/', bodies: levels.map((l) => l.body) }].filter(
    ({ bodies }) => referencesOf(bodies.join('\n\n')).length > 0,
  );
  expect(citing.length).toBeGreaterThan(0);
  for (const { url, bodies } of citing) {
    await page.goto(url);
    const references = referencesOf(bodies.join('\n\n'));
    await expect(page.locator('section.references li')).toHaveCount(references.length);
    for (const quote of bodies.flatMap(quotesOf).filter((q) => q.source)) {
      const { work, year } = references.find((r) => r.key === quote.source)!;
      await expect(page.locator('main figure.quote figcaption', { hasText: work.author }).first()).toHaveText(
        `— ${work.author}, ${year}${quote.page ? `, p. ${quote.page}` : ''}`,
      );
    }
  }
});

test('every article ends with related reading', async ({ page }) => {
  expect(articles.length).toBeGreaterThan(1);
  for (const { url } of articles) {
    await page.goto(url);
    const related = page.locator('section', { has: page.getByRole('heading', { name: 'You might also be interested in' }) });
    expect(await related.locator('a').count()).toBeGreaterThan(0);
  }
});

for (const { slug } of areas) {
  test(`the ${slug} area lists at least one experience`, async ({ page }) => {
    await page.goto(`/well-being/${slug}/`);
    const listed = page.locator('section', { has: page.getByRole('heading', { name: 'Music experiences that can help' }) }).locator('a[href^="/experiences/"]');
    expect(await listed.count()).toBeGreaterThan(0);
  });
}

test('the contact page reads well with no channel set, links to Help now and shows the crisis notice once', async ({ page }) => {
  await page.goto(routes.contact);
  await expect(page.locator('main')).toContainText('not published on this website yet');
  await expect(page.locator(`main a[href="${routes.helpNow}"]`).first()).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Need help now?' })).toContainText('9-8-8');
});

test('the help-now page says what to do in a crisis', async ({ page }) => {
  await page.goto('/help-now/');
  const main = page.locator('main');
  await expect(main.getByRole('link', { name: /9-8-8/ }).first()).toHaveAttribute('href', /^(tel|sms):988$/);
  await expect(main.getByRole('link', { name: 'call 9-1-1' }).first()).toHaveAttribute('href', 'tel:911');
  await expect(main).toContainText('emergency department');
});

test('the home page offers the experiences, the levels, the areas, articles and a next step', async ({ page }) => {
  await page.goto('/');
  const main = page.locator('main');
  for (const { slug } of experiences) await expect(main.locator(`a[href="/experiences/${slug}/"]`)).toHaveCount(1);
  await expect(main.locator('figure.levels-diagram a')).toHaveCount(4);
  await expect(main.getByRole('heading', { name: 'What would you like to work on?' })).toBeVisible();
  for (const { slug } of areas) await expect(main.locator(`a[href="/well-being/${slug}/"]`)).toHaveCount(1);
  await expect(main.locator('a[href^="/blog/"]').first()).toBeVisible();
  const home = frontMatterOf('home').find((d) => d.slug === 'home')!.data;
  await expect(main.getByRole('heading', { level: 1 })).toHaveText(String(home.title));
  await expect(main.getByRole('link', { name: String(home.firstStep) })).toHaveAttribute('href', routes.gettingStarted);
  await expect(main.locator('[data-featured]')).toHaveAttribute('href', routes.article(String(home.featured)));
});
