/**
 * The static server against hostile requests: each gets a 4xx, nothing
 * outside the served folder is ever sent, and the server answers the next
 * request. Requests go over a raw socket, so no client tidies them first.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFor, NO_INLINE_SCRIPTS } from '@/lib/security/headers';
import { rawRequest, serve, type Served } from './helpers/serveProcess';

const SECRET = 'SECRET-OUTSIDE-THE-SITE';
let base: string;
let server: Served;

beforeAll(async () => {
  base = mkdtempSync(path.join(tmpdir(), 'serve-hostile-'));
  const site = path.join(base, 'site');
  mkdirSync(path.join(site, 'blog'), { recursive: true });
  writeFileSync(path.join(site, 'index.html'), '<!doctype html><title>Home</title><p>home page');
  writeFileSync(path.join(site, '404.html'), '<!doctype html><title>Not found</title><p>not found page');
  writeFileSync(path.join(site, 'blog', 'index.html'), '<!doctype html><title>Blog</title><p>blog page');
  // Secrets beside the served folder, one in a sibling whose name starts like it.
  writeFileSync(path.join(base, 'secret.txt'), SECRET);
  mkdirSync(path.join(base, 'site-private'));
  writeFileSync(path.join(base, 'site-private', 'secret.txt'), SECRET);
  server = await serve(site);
});

afterAll(async () => {
  await server?.stop();
  rmSync(base, { recursive: true, force: true });
});

const traversals = [
  '/../secret.txt',
  '/..',
  '/%2e%2e/secret.txt',
  '/%2E%2E/secret.txt',
  '/.%2e/secret.txt',
  '/%252e%252e/secret.txt',
  '/%252e%252e%252fsecret.txt',
  '/..%2fsecret.txt',
  '/..%2Fsecret.txt',
  '/..%252fsecret.txt',
  '/..\\secret.txt',
  '/..%5csecret.txt',
  '/%5c..%5csecret.txt',
  '/%c0%ae%c0%ae/secret.txt',
  '/%c0%ae%c0%ae%c0%afsecret.txt',
  '/%e0%80%ae%e0%80%ae/secret.txt',
  '/blog/../../secret.txt',
  '/blog/%2e%2e/%2e%2e/secret.txt',
  '/../site-private/secret.txt',
  '/%2e%2e/site-private/secret.txt',
];
const malformed = ['/%00', '/%00.html', '/index.html%00', '/blog%00/', '/%', '/%zz', '/%e0%a4%a', '/%ff', '/%c0%af', '/a%0d%0aSet-Cookie:%20x=1'];
const oddShapes = [
  '/\\secret.txt',
  '/blog\\..\\..\\secret.txt',
  '//secret.txt',
  '//etc/passwd',
  '/blog//',
  '///',
  'secret.txt',
  'http://127.0.0.1/../secret.txt',
];
const long = [`/${'a'.repeat(300)}`, `/${'a'.repeat(10_000)}`, `/${'a/'.repeat(5_000)}`, `/${'%2e%2e/'.repeat(1_500)}secret.txt`];
const methods = ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND', 'FOO'];

describe('the static server refuses hostile requests', () => {
  const cases: [string, string][] = [
    ...[...traversals, ...malformed, ...oddShapes, ...long].map((target): [string, string] => ['GET', target]),
    ...traversals.slice(0, 3).map((target): [string, string] => ['HEAD', target]),
    ...methods.map((method): [string, string] => [method, '/']),
    ['CONNECT', '127.0.0.1:22'],
    ['OPTIONS', '*'],
  ];

  // Test names show at most 60 characters of the target.
  it.each(cases.map(([method, target]) => ({ method, target, shown: target.length > 60 ? `${target.slice(0, 60)}… (${target.length} characters)` : target })))(
    '$method $shown gets a 4xx, never the secret, and the server answers the next request',
    async ({ method, target }) => {
      const response = await rawRequest(server.port, method, target);
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(response.body).not.toContain(SECRET);
      const next = await rawRequest(server.port, 'GET', '/');
      expect(next.status).toBe(200);
      expect(next.body).toContain('home page');
      expect(server.process.exitCode).toBeNull();
    },
  );

  it('answers other methods with 405 and says which are allowed', async () => {
    const response = await rawRequest(server.port, 'POST', '/');
    expect(response.status).toBe(405);
    expect(response.head).toMatch(/^Allow: GET, HEAD$/im);
  });

  it('ignores a malformed byte range instead of failing', async () => {
    const response = await rawRequest(server.port, 'GET', '/', { Range: 'bytes=50-2' });
    expect(response.status).toBe(200);
    expect(response.body).toContain('home page');
  });
});

describe('the static server serves the site', () => {
  it('serves pages with the site’s headers', async () => {
    const response = await rawRequest(server.port, 'GET', '/blog/');
    expect(response.status).toBe(200);
    expect(response.body).toContain('blog page');
    for (const [name, value] of Object.entries(headersFor('/blog/', NO_INLINE_SCRIPTS))) {
      expect(response.head).toContain(`\r\n${name}: ${value}`);
    }
  });

  it('redirects a folder without its slash and keeps the query', async () => {
    const response = await rawRequest(server.port, 'GET', '/blog?q=x');
    expect(response.status).toBe(308);
    expect(response.head).toMatch(/^Location: \/blog\/\?q=x$/im);
  });

  it('answers a missing page with 404.html and the same headers', async () => {
    const response = await rawRequest(server.port, 'GET', '/no-such-page/');
    expect(response.status).toBe(404);
    expect(response.body).toContain('not found page');
    expect(response.head).toContain('Content-Security-Policy: ');
  });

  it('answers HEAD without a body', async () => {
    const response = await rawRequest(server.port, 'HEAD', '/');
    expect(response.status).toBe(200);
    expect(response.body).toBe('');
  });
});
