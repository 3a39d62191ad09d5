/**
 * Breadcrumb trails: where a page sits below the home page. The same trail
 * feeds the visible breadcrumbs and their structured data. A page below one
 * of the navigation's grouped items (the four kinds of experience under
 * About music psychotherapy) has that item in its trail, so the trail
 * follows the navigation.
 */
import { aboutNavigation, routes, type NavItem } from './routes';

export interface Crumb {
  readonly name: string;
  readonly path: string;
}

const groups: readonly NavItem[] = [aboutNavigation];

/** The grouped navigation item a path sits below, when it is not the item's own page. */
export function groupOf(path: string): NavItem | undefined {
  return groups.find((group) => path !== group.href && group.children?.some((child) => child.href !== group.href && path.startsWith(child.href)));
}

/** Home, then the navigation group of the first step if it has one, then each given step; the last is the current page. */
export function trail(...steps: Crumb[]): Crumb[] {
  const group = steps[0] && groupOf(steps[0].path);
  return [{ name: 'Home', path: routes.home }, ...(group ? [{ name: group.label, path: group.href }] : []), ...steps];
}
