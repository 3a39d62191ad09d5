/**
 * What the build needs to know about an exported page, read from its HTML:
 * its heading, whether search engines may index it, and the files its
 * social-sharing tags point to.
 */
import { attribute, attributeRange, cut, parseHtml, textContent } from './html';

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
  const { elements } = parseHtml(html);
  const h1 = elements.find((el) => el.tagName === 'h1');
  const meta = (keys: readonly string[]) =>
    elements
      .filter((el) => el.tagName === 'meta' && keys.includes(attribute(el, 'property') ?? attribute(el, 'name') ?? ''))
      .map((el) => attribute(el, 'content') ?? '');
  const robots = meta(['robots']).join(' ');
  const canonical = elements.find((el) => el.tagName === 'link' && (attribute(el, 'rel') ?? '').split(/\s+/).includes('canonical'));
  return {
    heading: h1 ? textContent(h1).replace(/\s+/g, ' ').trim() : '',
    indexable: !/\bnoindex\b/i.test(robots),
    socialImages: [...new Set(meta(['og:image', 'twitter:image']).filter(Boolean))],
    canonical: canonical ? attribute(canonical, 'href') : undefined,
  };
}

/** Removes the search index's marker from a page, so Pagefind leaves it out. */
export function excludeFromSearch(html: string): string {
  const { source, elements } = parseHtml(html);
  return cut(
    source,
    elements.filter((el) => attribute(el, 'data-pagefind-body') !== undefined).map((el) => attributeRange(source, el, 'data-pagefind-body')),
  );
}
