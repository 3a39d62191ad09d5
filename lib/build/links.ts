/**
 * Finds the site-internal links in an exported page and says which do not
 * resolve, so a build never publishes a link to a missing page, file or
 * `#fragment`.
 */
import { attribute, parseHtml } from './html';

export interface ExportedPage {
  /** The page's URL path, e.g. `/blog/x/`. */
  readonly url: string;
  readonly html: string;
}

/** Local URLs a page refers to, with their fragment. External, mail and phone links are not ours to check. */
export function localReferences(page: ExportedPage): { path: string; fragment?: string }[] {
  const references: { path: string; fragment?: string }[] = [];
  const values = parseHtml(page.html).elements.flatMap((el) => ['href', 'src'].map((name) => attribute(el, name)).filter((v): v is string => v !== undefined));
  for (const value of values) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//')) continue;
    const url = new URL(value, `http://site${page.url}`);
    const fragment = url.hash ? decodeURIComponent(url.hash.slice(1)) : undefined;
    references.push({ path: decodeURIComponent(url.pathname), fragment });
  }
  return references;
}

export function idsOf(html: string): Set<string> {
  return new Set(
    parseHtml(html)
      .elements.map((el) => attribute(el, 'id'))
      .filter((id): id is string => id !== undefined && id !== ''),
  );
}

/** The URL path an export file is served at: `a/index.html` is `/a/`; the inverse of fileForPath. */
export function pathForFile(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The export file that serves a URL path: `/a/` is `a/index.html`. */
export function fileForPath(urlPath: string): string {
  const relative = urlPath.replace(/^\/+/, '');
  return relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
}

/**
 * Every broken reference across the export, as "page → target" lines.
 * `files` holds each exported file's relative path; `pages` each HTML page.
 */
export function brokenLinks(pages: readonly ExportedPage[], files: ReadonlySet<string>): string[] {
  const idsByFile = new Map(pages.map((p) => [fileForPath(p.url), idsOf(p.html)]));
  const broken: string[] = [];
  for (const page of pages) {
    for (const { path, fragment } of localReferences(page)) {
      const file = fileForPath(path);
      if (!files.has(file)) {
        broken.push(`${page.url} → ${path} (no such page or file)`);
      } else if (fragment && file.endsWith('.html') && !idsByFile.get(file)?.has(fragment)) {
        broken.push(`${page.url} → ${path}#${fragment} (no element with id="${fragment}")`);
      }
    }
  }
  return [...new Set(broken)];
}
