/**
 * Removes Next's browser runtime from an exported page. The pages are React
 * Server Components rendered to HTML; nothing on them needs React in the
 * browser, so the runtime, its preloads and the inline hydration data are
 * dead weight. Structured data (`application/ld+json`) and scripts a page
 * marks with `data-keep` stay.
 */
import { buildOutput } from '../routes';
import { asParsed, attribute, cut, elementRange, type Html, type HtmlElement } from './html';

function keepsScript(script: HtmlElement): boolean {
  return attribute(script, 'type')?.toLowerCase() === 'application/ld+json' || attribute(script, 'data-keep') !== undefined;
}

function isScriptPreload(link: HtmlElement): boolean {
  const rel = (attribute(link, 'rel') ?? '').toLowerCase().split(/\s+/);
  return rel.includes('modulepreload') || (rel.includes('preload') && attribute(link, 'as')?.toLowerCase() === 'script');
}

/** True for an element of the runtime: a script not kept, or a preload of a script. */
export function isRuntimeElement(element: HtmlElement): boolean {
  return (element.tagName === 'script' && !keepsScript(element)) || (element.tagName === 'link' && isScriptPreload(element));
}

export function stripRuntime(html: string): string {
  return cut(html, asParsed(html).elements.filter(isRuntimeElement).map(elementRange));
}

/** True while a page still loads a script that stripRuntime would remove. */
export function loadsRuntime(html: Html): boolean {
  return asParsed(html).elements.some((el) => el.tagName === 'script' && isRuntimeElement(el));
}

/** Files of the export that only the runtime reads: its RSC payloads and JavaScript chunks. */
export function isRuntimeFile(relativePath: string): boolean {
  return (
    (relativePath.endsWith('.txt') && /(^|\/)(index|__next\.[^/]*)\.txt$/.test(relativePath)) ||
    (relativePath.startsWith(`${buildOutput.nextAssets}/`) && relativePath.endsWith('.js'))
  );
}
