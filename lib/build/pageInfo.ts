/**
 * What the build needs to know about an exported page, read from its HTML:
 * its heading, whether search engines may index it, and the files its
 * social-sharing tags point to.
 */
import { applyEdits, asParsed, attribute, attributeRange, cutRange, textContent, type Edit, type Html, type ParsedHtml } from './html';

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

export function pageInfo(html: Html): PageInfo {
  const { elements } = asParsed(html);
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

/** The edits that remove the search index's marker from a page, so Pagefind leaves it out. */
export function searchMarkerEdits({ source, elements }: ParsedHtml): Edit[] {
  return elements.filter((el) => attribute(el, 'data-pagefind-body') !== undefined).flatMap((el) => cutRange(attributeRange(source, el, 'data-pagefind-body')));
}

export function excludeFromSearch(html: string): string {
  return applyEdits(html, searchMarkerEdits(asParsed(html)));
}
