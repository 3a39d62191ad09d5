/**
 * What the build needs to know about an exported page, read from its HTML:
 * its heading, whether search engines may index it, and the files its
 * social-sharing tags point to.
 */
import { decodeEntities } from './html';

export interface PageInfo {
  /** Text of the page's h1. */
  readonly heading: string;
  /** False when the page asks search engines not to index it (drafts, 404, search results). */
  readonly indexable: boolean;
  /** URLs of og:image and twitter:image. */
  readonly socialImages: readonly string[];
  /** The canonical URL, if the page has one. */
  readonly canonical?: string;
}

export function pageInfo(html: string): PageInfo {
  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html)?.[1] ?? '';
  const robots = /<meta\s+name="robots"\s+content="([^"]*)"/i.exec(html)?.[1] ?? '';
  const socialImages = [...html.matchAll(/<meta\s+(?:property|name)="(?:og:image|twitter:image)"\s+content="([^"]+)"/gi)].map((m) => decodeEntities(m[1]!));
  const canonical = /<link\s+rel="canonical"\s+href="([^"]+)"/i.exec(html)?.[1];
  return {
    heading: decodeEntities(h1.replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim(),
    indexable: !/\bnoindex\b/i.test(robots),
    socialImages: [...new Set(socialImages)],
    canonical: canonical === undefined ? undefined : decodeEntities(canonical),
  };
}

/** Removes the search index's marker from a page, so Pagefind leaves it out. */
export function excludeFromSearch(html: string): string {
  return html.replace(/\sdata-pagefind-body=""/g, '');
}
