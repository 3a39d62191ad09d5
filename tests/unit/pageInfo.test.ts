import { describe, expect, it } from 'vitest';
import { excludeFromSearch, pageInfo } from '@/lib/build/pageInfo';
import { lastModifiedByUrl } from '@/lib/seo/lastModified';

describe('pageInfo', () => {
  it('reads the heading, robots, canonical and social images', () => {
    const html = `<head><meta name="robots" content="noindex, follow"/><link rel="canonical" href="https://e.org/a/"/>
      <meta property="og:image" content="https://e.org/og/a.png"/><meta name="twitter:image" content="https://e.org/og/a.png"/></head>
      <main data-pagefind-body=""><h1 class="t">Songs &amp; <em>you</em></h1></main>`;
    expect(pageInfo(html)).toEqual({ heading: 'Songs & you', indexable: false, socialImages: ['https://e.org/og/a.png'], canonical: 'https://e.org/a/' });
    expect(pageInfo('<h1>Hi</h1>').indexable).toBe(true);
    expect(excludeFromSearch(html)).not.toContain('data-pagefind-body');
  });
});

describe('lastModifiedByUrl', () => {
  it('dates articles, pages, listings and authors from the content', () => {
    const articles = [
      { url: '/blog/a/', date: '2026-01-01T00:00:00.000Z', author: { url: '/team/k/' } },
      { url: '/blog/b/', date: '2026-02-01T00:00:00.000Z', updated: '2026-03-05T00:00:00.000Z' },
    ];
    const dates = lastModifiedByUrl(articles, [{ url: '/privacy/', updated: '2026-04-01' }, { url: '/contact/' }]);
    expect(Object.fromEntries(dates)).toEqual({
      '/blog/a/': '2026-01-01',
      '/blog/b/': '2026-03-05',
      '/privacy/': '2026-04-01',
      '/blog/': '2026-03-05',
      '/': '2026-03-05',
      '/team/k/': '2026-01-01',
    });
  });
});
