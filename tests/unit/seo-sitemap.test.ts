/**
 * sitemap.xml and robots.txt: sorted, escaped, and refusing a page listed
 * twice or an entry a search engine could not use.
 */
import { describe, expect, it } from 'vitest';
import { robotsTxt, sitemapXml } from '@/lib/seo/sitemap';

describe('sitemapXml', () => {
  it('lists each URL once, sorted, with lastmod when known', () => {
    const xml = sitemapXml([
      { url: 'https://example.org/faq/', lastmod: '2026-02-01' },
      { url: 'https://example.org/' },
      { url: 'https://example.org/blog/a/', lastmod: '2026-01-05' },
    ]);
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        '  <url>',
        '    <loc>https://example.org/</loc>',
        '  </url>',
        '  <url>',
        '    <loc>https://example.org/blog/a/</loc>',
        '    <lastmod>2026-01-05</lastmod>',
        '  </url>',
        '  <url>',
        '    <loc>https://example.org/faq/</loc>',
        '    <lastmod>2026-02-01</lastmod>',
        '  </url>',
        '</urlset>',
        '',
      ].join('\n'),
    );
  });

  it('escapes XML in URLs', () => {
    expect(sitemapXml([{ url: "https://example.org/?a=1&b='2'" }])).toContain('<loc>https://example.org/?a=1&amp;b=&apos;2&apos;</loc>');
  });

  it('writes an empty urlset for no entries', () => {
    expect(sitemapXml([])).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n</urlset>');
  });

  it('refuses a URL listed twice', () => {
    expect(() => sitemapXml([{ url: 'https://example.org/a/' }, { url: 'https://example.org/a/', lastmod: '2026-01-01' }])).toThrow(
      /https:\/\/example\.org\/a\/ is listed more than once/,
    );
  });

  it('refuses a relative URL or a malformed lastmod', () => {
    expect(() => sitemapXml([{ url: '/a/' }])).toThrow(/url/);
    expect(() => sitemapXml([{ url: 'https://example.org/a/', lastmod: '5 January 2026' }])).toThrow(/lastmod/);
    expect(() => sitemapXml([{ url: 'https://example.org/a/', lastmod: '2026-02-30' }])).toThrow(/lastmod/);
  });
});

describe('robotsTxt', () => {
  it('allows everything but search results, and names the sitemap', () => {
    expect(robotsTxt('https://example.org/')).toBe('User-agent: *\nAllow: /\nDisallow: /search/?\n\nSitemap: https://example.org/sitemap.xml\n');
    expect(robotsTxt('https://example.org')).toContain('Sitemap: https://example.org/sitemap.xml');
  });
});
