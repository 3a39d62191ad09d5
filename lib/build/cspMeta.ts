/**
 * Writes the Content-Security-Policy into a built page as
 * `<meta http-equiv="Content-Security-Policy">`, for hosts that cannot set
 * headers. A meta policy governs only what comes after it, so it goes first
 * in <head>, right after the charset declaration. Read with the HTML parser.
 */
import { attribute, cut, elementRange, parseHtml, type HtmlElement } from './html';

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const isCspMeta = (e: HtmlElement) => e.tagName === 'meta' && attribute(e, 'http-equiv')?.toLowerCase() === 'content-security-policy';

export function withCspMeta(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}"/>`;
  const page = cut(html, parseHtml(html).elements.filter(isCspMeta).map(elementRange));
  const { elements } = parseHtml(page);
  const anchor = elements.find((e) => e.tagName === 'meta' && attribute(e, 'charset') !== undefined) ?? elements.find((e) => e.tagName === 'head');
  const location = anchor?.sourceCodeLocation;
  const at = anchor?.tagName === 'head' ? location?.startTag?.endOffset : location?.endOffset;
  if (at === undefined) throw new Error('the page has no <head> to put the Content-Security-Policy in');
  return page.slice(0, at) + meta + page.slice(at);
}

/** The policy a page carries in its meta element, if any. */
export function cspMetaOf(html: string): string | undefined {
  const meta = parseHtml(html).elements.find(isCspMeta);
  return meta && attribute(meta, 'content');
}
