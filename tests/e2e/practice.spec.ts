import { expect, test } from '@playwright/test';
import { frontMatterOf } from './content';

const experiences = frontMatterOf('experiences').sort((a, b) => Number(a.data.order) - Number(b.data.order));
const areas = frontMatterOf('areas');

test('there are the four experiences, in order', () => {
  expect(experiences.map((e) => e.slug)).toEqual(['receptive', 'improvisation', 'recreative', 'songwriting']);
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
  const ids = ['verbal-psychotherapy-with-music', 'music-in-psychotherapy', 'music-centred-psychotherapy', 'music-as-psychotherapy'];
  for (const id of ids) await expect(page.locator(`section#${id}`)).toHaveCount(1);
  const diagram = page.locator('figure.levels-diagram');
  await expect(diagram.locator('figcaption')).toContainText('from words-led to music-led');
  await expect(diagram.locator('.is-focus')).toHaveCount(2);
  for (const id of ids) {
    await diagram.locator(`a[href="/levels/#${id}"]`).click();
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
    await expect(page.locator(`section#${id}`)).toBeInViewport();
  }
});

test('a credential in an article expands and links to its glossary entry the first time only', async ({ page }) => {
  await page.goto('/blog/what-is-music-psychotherapy/');
  const crpo = page.locator('main abbr', { hasText: /^CRPO$/ });
  expect(await crpo.count()).toBeGreaterThan(1);
  await expect(crpo.first()).toHaveAttribute('title', 'College of Registered Psychotherapists of Ontario');
  await expect(crpo.first().locator('xpath=..')).toHaveAttribute('href', '/glossary/#crpo');
  await expect(page.locator('main a[href="/glossary/#crpo"]')).toHaveCount(1);
  await page.locator('main a[href="/glossary/#crpo"]').click();
  await expect(page.locator('#crpo')).toContainText('College of Registered Psychotherapists of Ontario');
});

test('the article cites Bruscia in the text and lists the references at the end, telling his two 1998 books apart', async ({ page }) => {
  await page.goto('/blog/what-is-music-psychotherapy/');
  await expect(page.locator('main figure.quote figcaption', { hasText: 'Bruscia' })).toHaveText('— Bruscia, 1998a, p. 214');
  await expect(page.locator('main')).toContainText('(Bruscia, 1998b)');
  const references = page.locator('section.references li');
  await expect(references).toHaveCount(2);
  await expect(references.nth(0)).toHaveText('Bruscia, K. E. (1998a). Defining Music Therapy. Barcelona Publishers.');
  await expect(references.nth(1)).toHaveText('Bruscia, K. E. (Ed.). (1998b). The Dynamics of Music Psychotherapy. Barcelona Publishers.');
});

test('a page citing one of the books uses the plain year', async ({ page }) => {
  await page.goto('/levels/');
  await expect(page.locator('main figure.quote figcaption')).toHaveText('— Bruscia, 1998, p. 214');
  await expect(page.locator('section.references li')).toHaveText(['Bruscia, K. E. (1998). Defining Music Therapy. Barcelona Publishers.']);
});

test('every article ends with related reading', async ({ page }) => {
  await page.goto('/blog/');
  const articles = await page.locator('.article-list h2 a').evaluateAll((links) => links.map((l) => l.getAttribute('href')!));
  expect(articles.length).toBeGreaterThan(1);
  for (const url of articles) {
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

test('the contact page reads well with no channel set and shows the crisis notice', async ({ page }) => {
  await page.goto('/contact/');
  await expect(page.locator('main')).toContainText('not on this website yet');
  await expect(page.locator('main').getByRole('region', { name: 'If you are in crisis' })).toContainText('9-8-8');
  await expect(page.locator('main')).toContainText(/health/i);
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
  await expect(main.getByRole('link', { name: 'Take a first step' })).toHaveAttribute('href', '/contact/');
});
