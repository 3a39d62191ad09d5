/** The pages of the built site, read from out/ so new pages are tested without editing a list. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { attribute, parseHtml } from '../../lib/build/html';
import { isAdminPath } from '../../lib/security/headers';

const OUT = path.resolve('out');

/**
 * A page that only sends the reader on (the numbered address of a list's first
 * page, which Next must export), marked with <meta http-equiv="refresh">. It
 * is no page of its own: check:site still checks it like every file.
 */
function isRedirect(file: string): boolean {
  return parseHtml(readFileSync(path.join(OUT, file), 'utf8')).elements.some(
    (e) => e.tagName === 'meta' && attribute(e, 'http-equiv')?.toLowerCase() === 'refresh',
  );
}

/** The public pages: the editor at /admin/ is a surface of its own, tested by the editor specs and check:site. */
export function builtPages(): string[] {
  return readdirSync(OUT, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => file.endsWith('index.html') && !isRedirect(file))
    .map((file) => `/${file.replace(/index\.html$/, '')}`)
    .filter((page) => !isAdminPath(page))
    .sort();
}
