/**
 * The article feeds: RSS 2.0 (/feed.xml) and JSON Feed 1.1 (/feed.json),
 * built with the `feed` library so the XML and JSON are never hand-written.
 *
 * Two gaps in feed@6 are closed here:
 * - Its JSON output is JSON Feed 1.0 (singular `author`, no `language`, the
 *   summary only when there is also content). It is upgraded to 1.1: `authors`,
 *   `language`, and the plain-text description as `summary` and `content_text`.
 * - Its RSS `<author>` must be an e-mail address by the RSS 2.0 spec, and we
 *   publish none, so the author's name goes in `<dc:creator>` instead.
 */
import { Feed, type FeedOptions } from 'feed';
import { z } from 'zod';
import { absoluteUrl, buildOutput } from '../routes';
import type { SiteConfig } from '../site';

const IsoDateOrTime = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

const FeedArticleSchema = z.strictObject({
  title: z.string().min(1),
  url: z.url({ protocol: /^https?$/ }),
  date: IsoDateOrTime,
  updated: IsoDateOrTime.optional(),
  description: z.string().min(1),
  authorName: z.string().min(1),
  authorUrl: z.url({ protocol: /^https?$/ }).optional(),
});

export type FeedArticle = z.input<typeof FeedArticleSchema>;

export interface FeedInput {
  readonly site: SiteConfig;
  readonly articles: readonly FeedArticle[];
}

const DC_NAMESPACE = 'http://purl.org/dc/elements/1.1/';
const JSON_FEED_1_1 = 'https://jsonfeed.org/version/1.1';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
/** RSS readers treat <description> as HTML; ours is plain text. */
const plainTextAsHtml = (text: string) => text.replace(/[&<>]/g, (char) => HTML_ESCAPES[char] ?? char);

/** The shape feed@6 writes with json1(), as far as this module changes it. */
interface JsonFeed10 {
  version: string;
  language?: string;
  items: {
    content_html?: string;
    content_text?: string;
    summary?: string;
    author?: { name?: string; url?: string; avatar?: string };
    authors?: { name?: string; url?: string; avatar?: string }[];
  }[];
}

export function buildFeeds(input: FeedInput): { rss: string; json: string } {
  const { site } = input;
  const articles = input.articles
    .map((article, index) => {
      const result = FeedArticleSchema.safeParse(article);
      if (!result.success)
        throw new Error(`Feed article ${index} (${article.url}): ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      return { ...result.data, published: new Date(result.data.date), modified: new Date(result.data.updated ?? result.data.date) };
    })
    .sort((a, b) => b.published.getTime() - a.published.getTime() || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));

  const newest = articles.reduce<Date | undefined>((latest, a) => (latest === undefined || a.modified > latest ? a.modified : latest), undefined);
  const options: FeedOptions = {
    title: site.name,
    description: site.shortDescription,
    id: site.url,
    link: site.url,
    language: site.locale,
    ...(newest ? { updated: newest } : {}),
    feedLinks: { rss: absoluteUrl(site.url, buildOutput.rssFeed), json: absoluteUrl(site.url, buildOutput.jsonFeed) },
  };

  const rss = new Feed(options);
  const json = new Feed(options);
  for (const article of articles) {
    const common = { title: article.title, link: article.url, id: article.url, date: article.modified, published: article.published };
    rss.addItem({
      ...common,
      description: plainTextAsHtml(article.description),
      extensions: [{ name: 'dc:creator', objects: { _text: article.authorName } }],
    });
    json.addItem({
      ...common,
      description: article.description,
      author: [{ name: article.authorName, ...(article.authorUrl ? { link: article.authorUrl } : {}) }],
    });
  }
  return { rss: withDublinCore(rss.rss2()), json: toJsonFeed11(json.json1(), site.locale, articles) };
}

function withDublinCore(xml: string): string {
  if (xml.includes('xmlns:dc=')) return xml;
  const withNamespace = xml.replace('<rss version="2.0"', `<rss version="2.0" xmlns:dc="${DC_NAMESPACE}"`);
  if (withNamespace === xml) throw new Error('buildFeeds: the RSS output has no <rss version="2.0"> element to declare the dc namespace on.');
  return withNamespace;
}

function toJsonFeed11(json10: string, language: string, articles: readonly { description: string }[]): string {
  const feed = JSON.parse(json10) as JsonFeed10;
  feed.version = JSON_FEED_1_1;
  feed.language = language;
  feed.items.forEach((item, index) => {
    const description = articles[index]?.description;
    if (description === undefined) throw new Error('buildFeeds: the JSON feed has more items than articles.');
    delete item.content_html;
    item.content_text = description;
    item.summary = description;
    if (item.author) {
      item.authors = [item.author];
      delete item.author;
    }
  });
  return JSON.stringify(feed, null, 2);
}
