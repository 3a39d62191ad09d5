/**
 * How the static server answers a request path, the way a typical static
 * host does: folders serve their index.html, a folder asked for without its
 * trailing slash is redirected to it, and anything else missing gets 404.html.
 */
import path from 'node:path';

export type Resolution =
  | { readonly kind: 'file'; readonly file: string; readonly status: 200 | 404 }
  | { readonly kind: 'redirect'; readonly location: string }
  | { readonly kind: 'not-found' };

export interface FileSystemView {
  isFile(absolutePath: string): boolean;
  isDirectory(absolutePath: string): boolean;
}

export function resolveRequest(root: string, requestUrl: string, fs: FileSystemView): Resolution {
  const { pathname, search } = new URL(requestUrl, 'http://localhost');
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return notFound(root, fs);
  }
  const absolute = path.resolve(root, `.${decoded}`);
  // Never serve anything outside the site's folder.
  if (absolute !== root && !absolute.startsWith(root + path.sep)) return notFound(root, fs);

  if (fs.isDirectory(absolute)) {
    if (!pathname.endsWith('/')) return { kind: 'redirect', location: `${pathname}/${search}` };
    const index = path.join(absolute, 'index.html');
    return fs.isFile(index) ? { kind: 'file', file: index, status: 200 } : notFound(root, fs);
  }
  if (fs.isFile(absolute)) return { kind: 'file', file: absolute, status: 200 };
  return notFound(root, fs);
}

function notFound(root: string, fs: FileSystemView): Resolution {
  const page = path.join(root, '404.html');
  return fs.isFile(page) ? { kind: 'file', file: page, status: 404 } : { kind: 'not-found' };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wasm': 'application/wasm',
};

export function contentType(file: string): string {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}
