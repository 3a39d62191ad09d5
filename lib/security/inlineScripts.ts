/**
 * The inline scripts of a built page that a browser would run, and the
 * Content-Security-Policy source (`sha256-…`) that allows each. Data blocks
 * such as JSON-LD (`type="application/ld+json"`) are never run, so CSP does
 * not apply to them and they need no hash.
 */
import { createHash } from 'node:crypto';
import { asParsed, attribute, textContent, type Html } from '../build/html';

/** JavaScript types per the HTML standard; "module" runs too. Anything else is a data block. */
const EXECUTABLE_TYPES = /^(|module|(text|application)\/(x-)?(java|ecma)script|text\/(javascript1\.[0-5]|jscript|livescript))$/i;

/** The text of every inline script the browser would execute, exactly as in the file. */
export function inlineExecutableScripts(html: Html): string[] {
  return asParsed(html)
    .elements.filter((e) => e.tagName === 'script' && attribute(e, 'src') === undefined && EXECUTABLE_TYPES.test((attribute(e, 'type') ?? '').trim()))
    .map(textContent);
}

export function sha256Source(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** The hash sources for every inline executable script across pages, sorted and without repeats. */
export function scriptHashes(pages: Iterable<Html>): string[] {
  const hashes = new Set<string>();
  for (const html of pages) for (const text of inlineExecutableScripts(html)) hashes.add(sha256Source(text));
  return [...hashes].sort();
}
