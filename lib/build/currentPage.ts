/**
 * Marks where the reader is in the site's navigation. A static page's
 * header is rendered once in the root layout, which cannot know the page's
 * path, so the build marks it in each exported file: a link tagged
 * `data-nav` whose address is the page gets aria-current="page"; one whose
 * address is the section the page is in (Articles for /blog/x/) gets
 * aria-current="true", as does one whose `data-nav-within` lists the page's
 * section (About for its sub-pages). The file's own path is the one source;
 * the markers themselves are removed.
 */
import { applyEdits, asParsed, attribute, attributeRange, cutRange, insertAt, type Edit, type ParsedHtml } from './html';

function currentValue(href: string | undefined, pagePath: string, within: readonly string[]): 'page' | 'true' | undefined {
  if (href === undefined) return undefined;
  if (href === pagePath) return 'page';
  const holds = (path: string) => path !== '/' && path.endsWith('/') && pagePath.startsWith(path);
  return holds(href) || within.some(holds) ? 'true' : undefined;
}

/** The edits that mark the navigation's current links and remove the build's marker. */
export function currentPageEdits({ source, elements }: ParsedHtml, pagePath: string): Edit[] {
  return elements
    .filter((el) => el.tagName === 'a' && attribute(el, 'data-nav') !== undefined)
    .flatMap((link) => {
      const within = attribute(link, 'data-nav-within')?.split(/\s+/).filter(Boolean) ?? [];
      const current = currentValue(attribute(link, 'href'), pagePath, within);
      const startTagEnd = link.sourceCodeLocation?.startTag?.endOffset;
      return [
        ...cutRange(attributeRange(source, link, 'data-nav')),
        ...cutRange(attributeRange(source, link, 'data-nav-within')),
        ...(current && startTagEnd !== undefined ? [insertAt(startTagEnd - 1, ` aria-current="${current}"`)] : []),
      ];
    });
}

export function markCurrentPage(html: string, pagePath: string): string {
  return applyEdits(html, currentPageEdits(asParsed(html), pagePath));
}
