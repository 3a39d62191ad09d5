/**
 * The main navigation as the pages show it: lib/routes.ts declares it, and
 * the team item is named for its person while the practice has one ("Meet
 * Kaitlyn", leading to her page), so a visitor meets a name, not a list.
 */
import { mainNavigation, routes, type NavItem } from './routes';

export interface NavPerson {
  readonly name: string;
  readonly url: string;
}

/** "Meet <first name>" and their page for a team of one; the team's item otherwise. */
export function teamItem(people: readonly NavPerson[]): NavItem {
  const team = mainNavigation.find((item) => item.href === routes.team)!;
  if (people.length !== 1) return team;
  const [person] = people as [NavPerson];
  return { href: person.url, label: `Meet ${person.name.split(/\s+/)[0]}` };
}

/** The main navigation for a team. */
export function navigationFor(people: readonly NavPerson[]): NavItem[] {
  return mainNavigation.map((item) => (item.href === routes.team ? teamItem(people) : item));
}
