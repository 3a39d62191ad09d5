import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentType, resolveRequest, type FileSystemView } from '@/lib/serve/resolve';

const root = path.resolve('/site');
const files = new Set(['/site/index.html', '/site/404.html', '/site/blog/index.html', '/site/style.css'].map((f) => path.resolve(f)));
const dirs = new Set(['/site', '/site/blog', '/site/empty'].map((d) => path.resolve(d)));
const fs: FileSystemView = { isFile: (p) => files.has(p), isDirectory: (p) => dirs.has(p) };

describe('resolveRequest', () => {
  it('serves a folder’s index.html', () => {
    expect(resolveRequest(root, '/blog/', fs)).toEqual({ kind: 'file', file: path.resolve('/site/blog/index.html'), status: 200 });
    expect(resolveRequest(root, '/', fs)).toEqual({ kind: 'file', file: path.resolve('/site/index.html'), status: 200 });
  });
  it('redirects a folder without its trailing slash, keeping the query', () => {
    expect(resolveRequest(root, '/blog?q=1', fs)).toEqual({ kind: 'redirect', location: '/blog/?q=1' });
  });
  it('serves files as they are', () => {
    expect(resolveRequest(root, '/style.css', fs)).toMatchObject({ kind: 'file', status: 200 });
  });
  it('answers unknown paths, empty folders and escapes with the 404 page', () => {
    for (const url of ['/nope/', '/empty/', '/../etc/passwd', '/%2e%2e/secret', '/%E0%A4%A']) {
      expect(resolveRequest(root, url, fs)).toEqual({ kind: 'file', file: path.resolve('/site/404.html'), status: 404 });
    }
  });
});

describe('contentType', () => {
  it('knows the site’s file types', () => {
    expect(contentType('a/index.html')).toBe('text/html; charset=utf-8');
    expect(contentType('og.PNG')).toBe('image/png');
    expect(contentType('x.unknown')).toBe('application/octet-stream');
  });
});
