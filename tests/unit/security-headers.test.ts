import { describe, expect, it } from 'vitest';
import { withCspMeta, cspMetaOf } from '@/lib/build/cspMeta';
import { contentSecurityPolicy, headersFor, IMMUTABLE, NO_INLINE_SCRIPTS, REVALIDATE, securityHeaders } from '@/lib/security/headers';
import { headersFile, nginxSiteConf } from '@/lib/security/hostConfig';
import { inlineExecutableScripts, scriptHashes, sha256Source } from '@/lib/security/inlineScripts';

const withHash = { scriptHashes: ['sha256-abc='] };

describe('the Content-Security-Policy', () => {
  it('allows scripts only from the site and by hash, never inline or eval', () => {
    const policy = contentSecurityPolicy(withHash);
    expect(policy).toMatch(/(^|; )default-src 'self'(;|$)/);
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='(;|$)/);
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    for (const directive of ["object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'", "form-action 'self'"]) expect(policy).toContain(directive);
  });

  it('leaves frame-ancestors out of the meta form, where browsers ignore it', () => {
    expect(contentSecurityPolicy(NO_INLINE_SCRIPTS, 'meta')).not.toContain('frame-ancestors');
    expect(contentSecurityPolicy(NO_INLINE_SCRIPTS, 'meta')).toContain("object-src 'none'");
  });
});

describe('headersFor', () => {
  it('caches hashed assets for a year and makes everything else revalidate', () => {
    expect(headersFor('/_next/static/chunks/a1b2.css', NO_INLINE_SCRIPTS)['Cache-Control']).toBe(IMMUTABLE);
    expect(headersFor('/pagefind/fragment/en_123.pf_fragment', NO_INLINE_SCRIPTS)['Cache-Control']).toBe(IMMUTABLE);
    for (const path of ['/', '/blog/', '/pagefind/pagefind.js', '/og/home.png']) expect(headersFor(path, NO_INLINE_SCRIPTS)['Cache-Control']).toBe(REVALIDATE);
  });

  it('turns off camera, microphone and geolocation', () => {
    const policy = securityHeaders(NO_INLINE_SCRIPTS)['Permissions-Policy'];
    for (const feature of ['camera', 'microphone', 'geolocation']) expect(policy).toContain(`${feature}=()`);
  });
});

describe('the host configurations', () => {
  const builtSite = [
    { name: 'index.html', folder: false },
    { name: 'favicon.ico', folder: false },
    { name: '_headers', folder: false },
    { name: 'blog', folder: true },
    { name: '_next', folder: true },
    { name: 'pagefind', folder: true },
    { name: 'admin', folder: true },
  ];

  /**
   * What Netlify and Cloudflare Pages send for a path: every rule whose
   * pattern matches applies (`*` matches the rest of the path), and a header
   * several rules set is sent once per rule. Cloudflare's `! Name` lines are
   * left out: Netlify has no such line.
   */
  function served(file: string, urlPath: string): Record<string, string[]> {
    const headers: Record<string, string[]> = {};
    for (const block of file.split(/\n(?=\/)/).filter((b) => b.startsWith('/'))) {
      const [pattern, ...lines] = block.split('\n');
      const matcher = new RegExp(`^${pattern!.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
      if (!matcher.test(urlPath)) continue;
      for (const line of lines.filter((l) => /^ {2}[A-Za-z]/.test(l))) {
        const [name, value] = [line.slice(2, line.indexOf(':')), line.slice(line.indexOf(':') + 2)];
        (headers[name] ??= []).push(value);
      }
    }
    return headers;
  }

  it('_headers sends the editor exactly one policy, its own, and every other path exactly the site’s', () => {
    const file = headersFile(withHash, builtSite);
    expect(file).not.toMatch(/^\s+!/m);
    for (const path of ['/admin/', '/admin/index.html', '/admin/sveltia-cms.js']) {
      expect(served(file, path)['Content-Security-Policy'], path).toEqual([contentSecurityPolicy(withHash, 'header', 'admin')]);
      expect(served(file, path)['X-Robots-Tag'], path).toEqual(['noindex, nofollow']);
    }
    for (const path of [
      '/',
      '/index.html',
      '/favicon.ico',
      '/blog/',
      '/blog/what-is-music-psychotherapy/',
      '/_next/static/chunks/a1b2.css',
      '/pagefind/pagefind.js',
    ]) {
      expect(served(file, path)['Content-Security-Policy'], path).toEqual([contentSecurityPolicy(withHash)]);
      expect(served(file, path)['X-Robots-Tag'], path).toBeUndefined();
    }
  });

  it('_headers gives every path the other security headers once and only hashed folders a long cache', () => {
    const file = headersFile(withHash, builtSite);
    const shared = Object.entries(securityHeaders(withHash)).filter(([name]) => name !== 'Content-Security-Policy');
    for (const path of ['/', '/blog/', '/admin/', '/missing-page']) {
      const headers = served(file, path);
      for (const [name, value] of shared) expect(headers[name], `${path} ${name}`).toEqual([value]);
      expect(headers['Cache-Control']).toBeUndefined();
    }
    expect(served(file, '/_next/static/chunks/a1b2.css')['Cache-Control']).toEqual([IMMUTABLE]);
    // The hosts' own file is not a page of the site.
    expect(file).not.toMatch(/^\/_headers$/m);
  });

  it('nginx repeats every header in each location, since a location with add_header drops the outer ones', () => {
    const conf = nginxSiteConf(withHash);
    const locations = conf.split(/\nlocation /).slice(1);
    expect(locations.length).toBeGreaterThan(2);
    for (const location of locations) {
      for (const name of Object.keys(securityHeaders(withHash))) expect(location).toContain(`add_header ${name} `);
    }
    expect(conf).toContain("'sha256-abc='");
  });
});

describe('inline scripts', () => {
  const page = [
    '<script type="application/ld+json">{"@type":"Thing"}</script>',
    '<script>one()</script>',
    '<script type="module">two()</script>',
    '<script src="/search.js"></script>',
    '<script type="text/plain">not run</script>',
  ].join('');

  it('finds those the browser runs, and not data blocks or external files', () => {
    expect(inlineExecutableScripts(page)).toEqual(['one()', 'two()']);
  });

  it('hashes each once, the way CSP does', () => {
    // The well-known SHA-256 of the empty string, in base64.
    expect(sha256Source('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
    expect(scriptHashes([page, page])).toHaveLength(2);
  });
});

describe('withCspMeta', () => {
  it('puts the policy first in <head>, after the charset, and replaces an older one', () => {
    const html = '<html><head><meta charSet="utf-8"/><title>x</title></head><body></body></html>';
    const once = withCspMeta(html, "default-src 'self'");
    expect(once).toMatch(/^<html><head><meta charSet="utf-8"\/><meta http-equiv="Content-Security-Policy" content="default-src 'self'"\/><title>/);
    const twice = withCspMeta(once, "default-src 'none'");
    expect(twice.match(/http-equiv/g)).toHaveLength(1);
    expect(cspMetaOf(twice)).toBe("default-src 'none'");
  });
});
