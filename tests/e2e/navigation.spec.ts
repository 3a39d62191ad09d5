import { expect, test, type Page } from '@playwright/test';
import { navigationFor } from '../../lib/navigation';
import { routes } from '../../lib/routes';
import { frontMatterOf, sectionIntro, site } from './content';

/** The navigation as the pages show it, for the team in content/team/. */
const navigation = navigationFor(frontMatterOf('team').map(({ slug, data }) => ({ name: String(data.name), url: routes.person(slug) })));
/** The phone menu's links in order: each item, then its sub-pages. */
const menuLinks = navigation.flatMap((item) => [item, ...(item.children ?? []).filter((child) => child.href !== item.href)]);
const teamItem = navigation.find((item) => item.href.startsWith(routes.team))!;

async function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { tag: el?.tagName ?? '', text: el?.textContent?.trim() ?? '', href: el?.getAttribute('href') ?? '' };
  });
}

test('the skip link is the first thing Tab reaches, and it moves focus to the main content', async ({ page }) => {
  await page.goto('/blog/');
  await page.keyboard.press('Tab');
  expect(await focused(page)).toMatchObject({ tag: 'A', text: 'Skip to main content', href: '#main' });
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
});

test('on a desktop, the main navigation works with the keyboard alone', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  const seen: string[] = [];
  const articles = navigation.find((item) => item.href === routes.blog)!;
  const before = navigation.slice(0, navigation.indexOf(articles) + 1).map((item) => item.label);
  for (let i = 0; i < before.length + 6; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    seen.push(now.text);
    if (now.text === articles.label) break;
  }
  // The header's first row (name, search, Help now), then the navigation row.
  expect(seen).toEqual(['Skip to main content', site.name, '', 'Search', 'Help now', ...before]);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/blog\/$/);
  await expect(page.locator('h1')).toHaveText(sectionIntro('blog').title);
});

test('on a 320 px phone, the menu opens and its links work with the keyboard alone', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  const team = teamItem;
  await expect(nav.getByRole('link', { name: team.label })).toBeHidden();
  await page.keyboard.press('Tab'); // skip link
  await page.keyboard.press('Tab'); // site name
  await page.keyboard.press('Tab'); // help now
  await page.keyboard.press('Tab');
  expect(await focused(page)).toMatchObject({ tag: 'SUMMARY', text: 'Menu' });
  await expect(page.getByRole('searchbox', { name: 'Search the site' })).toBeHidden();
  await page.keyboard.press('Enter');
  await expect(nav.getByRole('link', { name: team.label })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search the site' })).toBeVisible();
  for (let i = 0; i <= menuLinks.indexOf(team); i++) await page.keyboard.press('Tab'); // each link up to the team's
  expect(await focused(page)).toMatchObject({ text: team.label });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${team.href}$`));
});
