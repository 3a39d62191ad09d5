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
  it('_headers gives every path the security headers and only hashed folders a long cache', () => {
    const file = headersFile(withHash);
    const blocks = file.split(/\n(?=\/)/);
    const all = blocks.find((b) => b.startsWith('/*\n'))!;
    for (const [name, value] of Object.entries(securityHeaders(withHash))) expect(`${all}\n`).toContain(`  ${name}: ${value}\n`);
    expect(all).not.toContain('Cache-Control');
    expect(blocks.find((b) => b.startsWith('/_next/static/*'))).toContain(`Cache-Control: ${IMMUTABLE}`);
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
