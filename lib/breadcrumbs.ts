/**
 * Breadcrumb trails: where a page sits below the home page. The same trail
 * feeds the visible breadcrumbs and their structured data.
 */
import { routes } from './routes';

export interface Crumb {
  readonly name: string;
  readonly path: string;
}

/** Home, then each given step; the last is the current page. */
export function trail(...steps: Crumb[]): Crumb[] {
  return [{ name: 'Home', path: routes.home }, ...steps];
}
