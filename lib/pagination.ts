/**
 * Long lists (all articles, a tag's articles) are split into numbered pages
 * of a fixed size, so no page grows with the archive. Page 1 is the list's
 * own address; the others have stable addresses built by the caller (see
 * routes.blogPage and routes.tagPage). Pure: pages and tests share it.
 */

/** How many articles a listing page shows. */
export const ARTICLES_PER_PAGE = 10;

export interface Paginated<T> {
  /** This page's number, from 1. */
  readonly number: number;
  /** How many pages the list has; at least 1, so an empty list still has its first page. */
  readonly count: number;
  readonly items: readonly T[];
  readonly previous?: number;
  readonly next?: number;
}

export function pageCount(total: number, perPage: number = ARTICLES_PER_PAGE): number {
  if (!Number.isInteger(perPage) || perPage < 1) throw new Error(`pageCount: perPage must be a whole number of at least 1, not ${perPage}.`);
  return Math.max(1, Math.ceil(total / perPage));
}

/** Page `number` of `items`; undefined when the list has no such page. */
export function paginate<T>(items: readonly T[], number: number, perPage: number = ARTICLES_PER_PAGE): Paginated<T> | undefined {
  const count = pageCount(items.length, perPage);
  if (!Number.isInteger(number) || number < 1 || number > count) return undefined;
  return {
    number,
    count,
    items: items.slice((number - 1) * perPage, number * perPage),
    previous: number > 1 ? number - 1 : undefined,
    next: number < count ? number + 1 : undefined,
  };
}

/** Every page number of a list: 1..count. */
export function pageNumbers(total: number, perPage: number = ARTICLES_PER_PAGE): number[] {
  return Array.from({ length: pageCount(total, perPage) }, (_, i) => i + 1);
}

/**
 * A page number as written in an address ("2"), or undefined when it is not
 * one: only plain digits without a leading zero, so each page has one address.
 */
export function parsePageNumber(segment: string | undefined): number | undefined {
  return segment !== undefined && /^[1-9]\d*$/.test(segment) ? Number(segment) : undefined;
}

/**
 * The page numbers a pagination bar shows: the first, the last, and those
 * within `radius` of the current one, with 'gap' where numbers are left out.
 * Its length is bounded, so a page's size never grows with the archive.
 */
export function pageWindow(current: number, count: number, radius = 2): (number | 'gap')[] {
  const shown = [...new Set([1, count, ...Array.from({ length: 2 * radius + 1 }, (_, i) => current - radius + i)])]
    .filter((n) => n >= 1 && n <= count)
    .sort((a, b) => a - b);
  const items: (number | 'gap')[] = [];
  for (const n of shown) {
    const last = items.at(-1);
    // A gap of a single page shows that page instead of an ellipsis.
    if (typeof last === 'number' && n - last === 2) items.push(last + 1);
    else if (typeof last === 'number' && n - last > 2) items.push('gap');
    items.push(n);
  }
  return items;
}
