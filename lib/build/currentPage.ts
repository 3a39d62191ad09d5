/**
 * Marks where the reader is in the site's navigation. A static page's
 * header is rendered once in the root layout, which cannot know the page's
 * path, so the build marks it in each exported file: a link tagged
 * `data-nav` whose address is the page gets aria-current="page"; one whose
 * address is the section the page is in (Articles for /blog/x/) gets
 * aria-current="true". The file's own path is the one source.
 */
const NAV_LINK = /<a\b([^>]*?)\sdata-nav=""([^>]*)>/g;

export function markCurrentPage(html: string, pagePath: string): string {
  return html.replace(NAV_LINK, (_tag, before: string, after: string) => {
    const attributes = `${before}${after}`;
    const href = /\shref="([^"]*)"/.exec(attributes)?.[1];
    const current =
      href === undefined ? undefined : href === pagePath ? 'page' : href !== '/' && href.endsWith('/') && pagePath.startsWith(href) ? 'true' : undefined;
    return current ? `<a${attributes} aria-current="${current}">` : `<a${attributes}>`;
  });
}
