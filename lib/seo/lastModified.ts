/**
 * The date each page last changed, from the content's own dates, for the
 * sitemap's <lastmod>: an article's update or publication date, a content
 * page's `updated`, and for listings the newest article they show.
 */
import { routes } from '../routes';

interface Dated {
  readonly url: string;
  readonly date: string;
  readonly updated?: string;
  readonly author?: { readonly url: string };
}

export function lastModifiedByUrl(articles: readonly Dated[], pages: readonly { url: string; updated?: string }[]): Map<string, string> {
  const day = (iso: string) => iso.slice(0, 10);
  const changed = (a: Dated) => day(a.updated ?? a.date);
  const newest = (list: readonly Dated[]) => list.map(changed).sort().at(-1);
  const dates = new Map<string, string>();
  const set = (url: string, date: string | undefined) => {
    if (date) dates.set(url, date);
  };
  for (const article of articles) set(article.url, changed(article));
  for (const page of pages) set(page.url, page.updated ? day(page.updated) : undefined);
  set(routes.blog, newest(articles));
  set(routes.home, newest(articles));
  for (const authorUrl of new Set(articles.map((a) => a.author?.url).filter((u): u is string => u !== undefined))) {
    set(authorUrl, newest(articles.filter((a) => a.author?.url === authorUrl)));
  }
  return dates;
}
