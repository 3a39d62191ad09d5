/**
 * The feeds, read back with a real feed parser (feedsmith): every item's
 * title, link, date, author and summary survive, newest first.
 */
import { parseFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { buildFeeds, type FeedArticle } from '@/lib/seo/feeds';
import type { SiteConfig } from '@/lib/site';
import { testSite } from './helpers/site';

const site: SiteConfig = testSite;

const articles: FeedArticle[] = [
  {
    title: 'Older',
    url: 'https://example.org/blog/older/',
    date: '2026-01-05',
    description: 'The first one.',
    authorName: 'Tiffany',
    authorUrl: 'https://example.org/team/tiffany/',
  },
  {
    title: 'Newest: songs & <silence>',
    url: 'https://example.org/blog/newest/',
    date: '2026-03-01',
    updated: '2026-03-10',
    description: 'Rhythm & rest, and why <quiet> matters.',
    authorName: 'Tiffany Music Therapy',
  },
  { title: 'Middle', url: 'https://example.org/blog/middle/', date: '2026-02-14T09:30:00Z', description: 'In between.', authorName: 'Tiffany' },
];
const newestFirst = [articles[1]!, articles[2]!, articles[0]!];

describe('buildFeeds: RSS 2.0', () => {
  const { rss } = buildFeeds({ site, articles });
  const parsed = parseFeed(rss);

  it('is an RSS 2.0 feed for the site', () => {
    expect(parsed.format).toBe('rss');
    expect(rss).toContain('<rss version="2.0"');
    expect(rss).toContain('xmlns:dc="http://purl.org/dc/elements/1.1/"');
    if (parsed.format !== 'rss') return;
    expect(parsed.feed.title).toBe('Tiffany Music Therapy');
    expect(parsed.feed.link).toBe('https://example.org/');
    expect(parsed.feed.language).toBe('en-CA');
    expect(parsed.feed.atom?.links).toEqual([{ href: 'https://example.org/feed.xml', rel: 'self', type: 'application/rss+xml' }]);
    expect(parsed.feed.lastBuildDate).toBe(new Date('2026-03-10').toUTCString());
  });

  it('has every item, newest first, with title, link, id, date, author and summary', () => {
    if (parsed.format !== 'rss') throw new Error('not RSS');
    const items = parsed.feed.items ?? [];
    expect(items).toHaveLength(3);
    items.forEach((item, i) => {
      const a = newestFirst[i]!;
      expect(item.title).toBe(a.title);
      expect(item.link).toBe(a.url);
      expect(item.guid?.value).toBe(a.url);
      expect(item.pubDate).toBe(new Date(a.date).toUTCString());
      expect(item.dc?.creators).toEqual([a.authorName]);
      // RSS readers treat <description> as HTML, so plain text arrives escaped.
      expect(item.description).toBe(a.description.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;'));
    });
  });

  it('has no <author> element, which RSS 2.0 reserves for e-mail addresses', () => {
    expect(rss).not.toContain('<author>');
  });
});

describe('buildFeeds: JSON Feed 1.1', () => {
  const { json } = buildFeeds({ site, articles });
  const raw = JSON.parse(json) as Record<string, unknown> & { items: Record<string, unknown>[] };
  const parsed = parseFeed(json);

  it('is a JSON Feed 1.1 for the site', () => {
    expect(parsed.format).toBe('json');
    expect(raw.version).toBe('https://jsonfeed.org/version/1.1');
    expect(raw.language).toBe('en-CA');
    if (parsed.format !== 'json') return;
    expect(parsed.feed.title).toBe('Tiffany Music Therapy');
    expect(parsed.feed.home_page_url).toBe('https://example.org');
    expect(parsed.feed.feed_url).toBe('https://example.org/feed.json');
  });

  it('has every item, newest first, with title, link, id, dates, author and summary', () => {
    if (parsed.format !== 'json') throw new Error('not JSON Feed');
    const items = parsed.feed.items ?? [];
    expect(items).toHaveLength(3);
    items.forEach((item, i) => {
      const a = newestFirst[i]!;
      expect(item.title).toBe(a.title);
      expect(item.url).toBe(a.url);
      expect(item.id).toBe(a.url);
      expect(item.date_published).toBe(new Date(a.date).toISOString());
      expect(item.date_modified).toBe(new Date(a.updated ?? a.date).toISOString());
      expect(item.authors).toEqual([a.authorUrl ? { name: a.authorName, url: a.authorUrl } : { name: a.authorName }]);
      expect(item.summary).toBe(a.description);
      expect(item.content_text).toBe(a.description);
    });
  });

  it('uses the 1.1 fields, not the deprecated 1.0 ones', () => {
    for (const item of raw.items) {
      expect(item).not.toHaveProperty('author');
      expect(item).not.toHaveProperty('content_html');
    }
  });
});

describe('buildFeeds: input', () => {
  it('refuses a relative URL or an impossible date', () => {
    const good = articles[0]!;
    expect(() => buildFeeds({ site, articles: [{ ...good, url: '/blog/older/' }] })).toThrow(/url/);
    expect(() => buildFeeds({ site, articles: [{ ...good, date: 'yesterday' }] })).toThrow(/date/);
  });

  it('writes valid, empty feeds when there are no articles', () => {
    const { rss, json } = buildFeeds({ site, articles: [] });
    expect(parseFeed(rss).format).toBe('rss');
    expect(JSON.parse(json)).toMatchObject({ version: 'https://jsonfeed.org/version/1.1', items: [] });
  });
});
