/**
 * Page metadata: every page gets a canonical URL, the feed links, and
 * complete Open Graph and Twitter objects, because Next merges them shallowly.
 */
import { describe, expect, it } from 'vitest';
import { pageMetadata, socialImagePath } from '@/lib/seo/metadata';
import type { SiteConfig } from '@/lib/site';
import { testSite } from './helpers/site';

const site: SiteConfig = testSite;

const feedTypes = {
  'application/rss+xml': [{ url: 'https://example.org/feed.xml', title: 'Tiffany Music Therapy (RSS)' }],
  'application/feed+json': [{ url: 'https://example.org/feed.json', title: 'Tiffany Music Therapy (JSON Feed)' }],
};

describe('pageMetadata', () => {
  it('gives the home page the bare site name as its title', () => {
    const meta = pageMetadata({ description: 'Welcome.', path: '/', image: '/og/home.png' }, site);
    expect(meta.title).toEqual({ absolute: 'Tiffany Music Therapy' });
    expect(meta.openGraph).toMatchObject({ title: 'Tiffany Music Therapy', type: 'website', url: 'https://example.org/' });
    expect(meta.alternates).toEqual({ canonical: 'https://example.org/', types: feedTypes });
  });

  it('sets canonical, feeds, Open Graph and Twitter for an ordinary page', () => {
    const meta = pageMetadata({ title: 'Questions', description: 'Answers.', path: '/faq/', image: '/og/faq.png' }, site);
    expect(meta.title).toBe('Questions');
    expect(meta.description).toBe('Answers.');
    expect(meta.alternates).toEqual({ canonical: 'https://example.org/faq/', types: feedTypes });
    expect(meta.openGraph).toEqual({
      title: 'Questions',
      description: 'Answers.',
      url: 'https://example.org/faq/',
      siteName: 'Tiffany Music Therapy',
      locale: 'en_CA',
      type: 'website',
      images: [{ url: 'https://example.org/og/faq.png', width: 1200, height: 630, alt: 'Questions' }],
    });
    expect(meta.twitter).toEqual({ card: 'summary_large_image', title: 'Questions', description: 'Answers.', images: ['https://example.org/og/faq.png'] });
    expect(meta.robots).toBeUndefined();
  });

  it('includes the feed links even when only a canonical would be needed', () => {
    const meta = pageMetadata({ title: 'Team', description: 'Who we are.', path: '/team/' }, site);
    expect(meta.alternates?.types).toEqual(feedTypes);
  });

  it('adds article times and authors only for articles', () => {
    const article = pageMetadata(
      {
        title: 'A',
        description: 'd',
        path: '/blog/a/',
        type: 'article',
        publishedTime: '2026-01-02',
        modifiedTime: '2026-02-03',
        authors: ['https://example.org/team/t/'],
      },
      site,
    );
    expect(article.openGraph).toMatchObject({
      type: 'article',
      publishedTime: '2026-01-02',
      modifiedTime: '2026-02-03',
      authors: ['https://example.org/team/t/'],
    });
    const page = pageMetadata({ title: 'P', description: 'd', path: '/p/', publishedTime: '2026-01-02' }, site);
    expect(page.openGraph).not.toHaveProperty('publishedTime');
  });

  it('uses the page’s own social image by default, and none for a page that is not indexed', () => {
    const meta = pageMetadata({ title: 'P', description: 'd', path: '/p/' }, site);
    expect(meta.openGraph).toHaveProperty('images', [expect.objectContaining({ url: `${site.url}/og/p.png`, width: 1200, height: 630 })]);
    expect(meta.twitter).toHaveProperty('images', [`${site.url}/og/p.png`]);
    const hidden = pageMetadata({ title: 'P', description: 'd', path: '/p/', noindex: true }, site);
    expect(hidden.openGraph).not.toHaveProperty('images');
    expect(hidden.twitter).not.toHaveProperty('images');
  });

  it('asks search engines not to index, but to follow, when noindex', () => {
    expect(pageMetadata({ title: 'Search', description: 'd', path: '/search/', noindex: true }, site).robots).toEqual({ index: false, follow: true });
  });
});

describe('socialImagePath', () => {
  it.each([
    ['/', '/og/home.png'],
    ['/blog/x/', '/og/blog/x.png'],
    ['/faq/', '/og/faq.png'],
    ['/well-being/sleep/', '/og/well-being/sleep.png'],
  ])('%s -> %s', (page, image) => {
    expect(socialImagePath(page)).toBe(image);
  });

  it.each(['blog/x/', '/glossary/#mta', '/a/../b/'])('refuses %s', (page) => {
    expect(() => socialImagePath(page)).toThrow();
  });
});
