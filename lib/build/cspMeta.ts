/**
 * Writes the Content-Security-Policy into a built page as
 * `<meta http-equiv="Content-Security-Policy">`, for hosts that cannot set
 * headers. A meta policy governs only what comes after it, so it goes first
 * in <head>, right after the charset declaration. Read with the HTML parser.
 */
import { applyEdits, asParsed, attribute, cutRange, elementRange, insertAt, type Edit, type Html, type HtmlElement, type ParsedHtml } from './html';

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const isCspMeta = (e: HtmlElement) => e.tagName === 'meta' && attribute(e, 'http-equiv')?.toLowerCase() === 'content-security-policy';

/** The edits that replace any policy the page carries with this one. */
export function cspMetaEdits({ elements }: ParsedHtml, policy: string): Edit[] {
  const anchor = elements.find((e) => e.tagName === 'meta' && attribute(e, 'charset') !== undefined) ?? elements.find((e) => e.tagName === 'head');
  const location = anchor?.sourceCodeLocation;
  const at = anchor?.tagName === 'head' ? location?.startTag?.endOffset : location?.endOffset;
  if (at === undefined) throw new Error('the page has no <head> to put the Content-Security-Policy in');
  return [
    ...elements.filter(isCspMeta).flatMap((e) => cutRange(elementRange(e))),
    insertAt(at, `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}"/>`),
  ];
}

export function withCspMeta(html: string, policy: string): string {
  return applyEdits(html, cspMetaEdits(asParsed(html), policy));
}

/** The policy a page carries in its meta element, if any. */
export function cspMetaOf(html: Html): string | undefined {
  const meta = asParsed(html).elements.find(isCspMeta);
  return meta && attribute(meta, 'content');
}
