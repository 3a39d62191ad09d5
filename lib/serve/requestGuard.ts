/**
 * What the static server refuses before looking for any file: methods other
 * than GET and HEAD, and request targets no page of the site could have —
 * malformed or overlong percent-encoding, null and control characters,
 * backslashes, `.` or `..` segments in any spelling, empty segments (`//`),
 * and overlong paths or names. Refusing them outright keeps every odd
 * spelling away from the file system.
 */
export type Verdict =
  { readonly ok: true; readonly pathname: string; readonly search: string } | { readonly ok: false; readonly status: 400 | 405 | 414; readonly reason: string };

const ALLOWED_METHODS = ['GET', 'HEAD'] as const;
/** Longer than any URL of the site by far; browsers and nginx accept more, but nothing here needs it. */
const MAX_TARGET_LENGTH = 2048;
/** The longest file name most file systems allow. */
const MAX_SEGMENT_LENGTH = 255;

const refuse = (status: 400 | 405 | 414, reason: string): Verdict => ({ ok: false, status, reason });

export function checkRequest(method: string | undefined, target: string | undefined): Verdict {
  if (!ALLOWED_METHODS.includes(method as (typeof ALLOWED_METHODS)[number])) return refuse(405, `method ${method} not allowed`);
  if (!target || !target.startsWith('/')) return refuse(400, 'the target is not a path');
  if (target.length > MAX_TARGET_LENGTH) return refuse(414, 'the target is too long');
  const queryAt = target.indexOf('?');
  const rawPath = queryAt === -1 ? target : target.slice(0, queryAt);
  const search = queryAt === -1 ? '' : target.slice(queryAt);
  let pathname: string;
  try {
    // Throws on malformed escapes and on overlong UTF-8 such as %c0%ae, which is not valid UTF-8.
    pathname = decodeURIComponent(rawPath);
  } catch {
    return refuse(400, 'malformed percent-encoding');
  }
  if (/[\u0000-\u001f\u007f]/.test(pathname)) return refuse(400, 'control character in the path');
  if (pathname.includes('\\')) return refuse(400, 'backslash in the path');
  // A second round of decoding must not be able to make a dot segment or a separator either (%252e, %255c).
  if (/%(2e|2f|5c|00)/i.test(pathname)) return refuse(400, 'encoded dot, slash or backslash in the path');
  const segments = pathname.slice(1).split('/');
  if (segments.slice(0, -1).some((s) => s === '')) return refuse(400, 'empty path segment');
  if (segments.some((s) => s === '.' || s === '..')) return refuse(400, 'dot segment in the path');
  if (segments.some((s) => s.length > MAX_SEGMENT_LENGTH)) return refuse(414, 'a path segment is too long');
  return { ok: true, pathname, search };
}
