/**
 * Finds the site-internal links in an exported page and says which do not
 * resolve, so a build never publishes a link to a missing page, file or
 * `#fragment`.
 */
import { asParsed, attribute, type Html } from './html';

export interface ExportedPage {
  /** The page's URL path, e.g. `/blog/x/`. */
  readonly url: string;
  readonly html: string;
}

export interface LocalReference {
  readonly path: string;
  readonly fragment?: string;
}

/** What the link check needs of a page: where it links to, and which ids it has for others to link to. */
export interface LinkFacts {
  readonly url: string;
  readonly references: readonly LocalReference[];
  readonly ids: ReadonlySet<string>;
}

/** Local URLs a page refers to, with their fragment. External, mail and phone links are not ours to check. */
export function localReferences(page: { readonly url: string; readonly html: Html }): LocalReference[] {
  const references: LocalReference[] = [];
  const values = asParsed(page.html).elements.flatMap((el) => ['href', 'src'].map((name) => attribute(el, name)).filter((v): v is string => v !== undefined));
  for (const value of values) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//')) continue;
    const url = new URL(value, `http://site${page.url}`);
    const fragment = url.hash ? decodeURIComponent(url.hash.slice(1)) : undefined;
    references.push({ path: decodeURIComponent(url.pathname), fragment });
  }
  return references;
}

export function idsOf(html: Html): Set<string> {
  return new Set(
    asParsed(html)
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

export function linkFacts(page: { readonly url: string; readonly html: Html }): LinkFacts {
  const parsed = asParsed(page.html);
  return { url: page.url, references: localReferences({ url: page.url, html: parsed }), ids: idsOf(parsed) };
}

/**
 * Every broken reference across the export, as "page → target" lines.
 * `files` holds each exported file's relative path; `pages` each HTML page's links and ids.
 */
export function brokenLinks(pages: readonly LinkFacts[], files: ReadonlySet<string>): string[] {
  const idsByFile = new Map(pages.map((p) => [fileForPath(p.url), p.ids]));
  const broken: string[] = [];
  for (const page of pages) {
    for (const { path, fragment } of page.references) {
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
