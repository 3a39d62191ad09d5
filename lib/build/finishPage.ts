/**
 * Everything the build does to one exported page, from one parse: the
 * runtime removed, the navigation's current page marked, the search marker
 * removed from a page that asks not to be indexed (and from the search page,
 * which is no answer to a search), and the page's own
 * Content-Security-Policy written in. The facts the later steps need (its
 * heading and robots, its links and ids, its inline scripts) are read from
 * the same parse, so no step parses the page again.
 *
 * Each page's meta policy allows exactly its own inline scripts; the
 * site-wide header policy (`_headers`) allows the union.
 */
import { contentSecurityPolicy } from '../security/headers';
import { inlineExecutableScripts, sha256Source } from '../security/inlineScripts';
import { cspMetaEdits } from './cspMeta';
import { currentPageEdits } from './currentPage';
import { applyEdits, cutRange, elementRange, parseHtml, type ParsedHtml } from './html';
import { localReferences, idsOf, type LinkFacts } from './links';
import { pageInfo, searchMarkerEdits, type PageInfo } from './pageInfo';
import { routes } from '../routes';
import { isRuntimeElement } from './stripRuntime';

export interface FinishedPage extends LinkFacts {
  /** The page as it is published. */
  readonly html: string;
  readonly info: PageInfo;
  /** CSP hash sources of the inline scripts the page runs. */
  readonly scriptHashes: readonly string[];
}

/** A finished page without its text: what the steps after it read. */
export type PageFacts = Omit<FinishedPage, 'html'>;

export function finishPage(source: string, url: string): FinishedPage {
  const parsed = parseHtml(source);
  const runtime = new Set(parsed.elements.filter(isRuntimeElement));
  // What stays once the runtime is cut: the page every other fact is read from.
  const kept: ParsedHtml = { source, elements: parsed.elements.filter((el) => !runtime.has(el)) };
  const info = pageInfo(kept);
  const scriptHashes = [...new Set(inlineExecutableScripts(kept).map(sha256Source))].sort();
  const html = applyEdits(source, [
    ...[...runtime].flatMap((el) => cutRange(elementRange(el))),
    ...currentPageEdits(kept, url),
    ...(info.indexable && url !== routes.search ? [] : searchMarkerEdits(kept)),
    ...cspMetaEdits(kept, contentSecurityPolicy({ scriptHashes }, 'meta')),
  ]);
  return { url, html, info, scriptHashes, references: localReferences({ url, html: kept }), ids: idsOf(kept) };
}
