/**
 * Writes the Content-Security-Policy into a built page as
 * `<meta http-equiv="Content-Security-Policy">`, for hosts that cannot set
 * headers. A meta policy governs only what comes after it, so it goes first
 * in <head>, right after the charset declaration. Pure string in, string out,
 * so it can move onto an HTML parser along with the other post-build edits.
 */
const EXISTING = /<meta\s+http-equiv="Content-Security-Policy"[^>]*>/gi;
const CHARSET = /<meta\s+charset="[^"]*"\s*\/?>/i;
const HEAD = /<head\b[^>]*>/i;

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

export function withCspMeta(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}"/>`;
  const page = html.replace(EXISTING, '');
  const anchor = CHARSET.exec(page) ?? HEAD.exec(page);
  if (!anchor) throw new Error('the page has no <head> to put the Content-Security-Policy in');
  const at = anchor.index + anchor[0].length;
  return page.slice(0, at) + meta + page.slice(at);
}

/** The policy a page carries in its meta element, if any. */
export function cspMetaOf(html: string): string | undefined {
  const match = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  return match?.[1]?.replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}
