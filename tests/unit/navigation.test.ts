import { describe, expect, it } from 'vitest';
import { navigationFor, teamItem } from '@/lib/navigation';
import { mainNavigation, navItemFor, primaryAction, routes } from '@/lib/routes';

const kaitlyn = { name: 'Kaitlyn Kasha', url: routes.person('kaitlyn-kasha') };
const other = { name: 'Sam Example', url: routes.person('sam-example') };

describe('the main navigation', () => {
  it('answers the questions a person asks before starting: fees, questions, and getting started as the action', () => {
    const hrefs = mainNavigation.map((item) => item.href);
    expect(hrefs).toContain(routes.fees);
    expect(hrefs).toContain(routes.faq);
    expect(primaryAction.href).toBe(routes.gettingStarted);
  });

  it('names the team item for its one person, leading to their page', () => {
    expect(teamItem([kaitlyn])).toEqual({ href: kaitlyn.url, label: 'Meet Kaitlyn' });
    expect(navigationFor([kaitlyn]).map((i) => i.href)).toContain(kaitlyn.url);
  });

  it('keeps the team page for two or more people', () => {
    expect(teamItem([kaitlyn, other]).href).toBe(routes.team);
  });

  it('finds the item a page sits under, through its sub-pages', () => {
    expect(navItemFor(mainNavigation, routes.experience('receptive'))?.href).toBe(routes.approach);
    expect(navItemFor(mainNavigation, routes.article('x'))?.href).toBe(routes.blog);
    expect(navItemFor(mainNavigation, routes.privacy)).toBeUndefined();
  });
});
