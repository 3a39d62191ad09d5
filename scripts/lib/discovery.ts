/**
 * After the export: everything that makes the site findable, driven by the
 * exported pages and the content's dates rather than a hand-kept list.
 * Pages that ask not to be indexed (drafts, 404, search results) are left
 * out of the sitemap, the social images and the search index alike.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { PageFacts } from '../../lib/build/finishPage';
import { getArticles, getPages } from '../../lib/content';
import { absoluteUrl, buildOutput, sections } from '../../lib/routes';
import { buildFeeds } from '../../lib/seo/feeds';
import { lastModifiedByUrl } from '../../lib/seo/lastModified';
import { socialImagePath } from '../../lib/seo/socialImage';
import { robotsTxt, sitemapXml } from '../../lib/seo/sitemap';
import { site } from '../../lib/site';
import { buildSearchIndex } from './searchIndex';
import { writeSocialImages } from './socialImages';

/** The small label above the title on a page's social image: its section's, from lib/routes.ts. */
function kicker(pagePath: string): string | undefined {
  const first = pagePath.split('/')[1] ?? '';
  return Object.hasOwn(sections, first) ? sections[first as keyof typeof sections].kicker : undefined;
}

/** Where drawn social images are kept between builds (ignored by git with node_modules/). */
const SOCIAL_IMAGE_CACHE = path.join('node_modules', '.cache', 'social-images');

export interface DiscoveryReport {
  readonly sitemapUrls: number;
  readonly feedItems: number;
  readonly socialImages: { count: number; bytes: number; fromCache?: number; seconds: number };
  readonly search: { pages: number; bytes: number; seconds: number };
}

/** `pages`: each page's facts, read when it was finished; a page that asks not to be indexed already lacks the search marker. */
export async function writeDiscoveryFiles(dir: string, pages: readonly Pick<PageFacts, 'url' | 'info'>[]): Promise<DiscoveryReport> {
  const indexable = pages.filter((p) => p.info.indexable);
  const articles = getArticles();

  const lastModified = lastModifiedByUrl(articles, getPages());
  const entries = indexable.map((p) => ({ url: absoluteUrl(site.url, p.url), lastmod: lastModified.get(p.url) }));
  await writeFile(path.join(dir, buildOutput.sitemap), sitemapXml(entries));
  await writeFile(path.join(dir, buildOutput.robots), robotsTxt(site.url));

  const feeds = buildFeeds({
    site,
    articles: articles.map((a) => ({
      title: a.title,
      url: absoluteUrl(site.url, a.url),
      date: a.date,
      updated: a.updated,
      description: a.description,
      authorName: a.author?.name ?? site.name,
      authorUrl: a.author ? absoluteUrl(site.url, a.author.url) : site.url,
    })),
  });
  await writeFile(path.join(dir, buildOutput.rssFeed), feeds.rss);
  await writeFile(path.join(dir, buildOutput.jsonFeed), feeds.json);

  let started = performance.now();
  // A page gets a card of its own when it names one; the later pages of a list name their first page's.
  const ownCard = (p: (typeof pages)[number]) => p.info.socialImages.includes(absoluteUrl(site.url, socialImagePath(p.url)));
  const images = await writeSocialImages(
    dir,
    indexable.filter(ownCard).map((p) => ({ path: p.url, title: p.info.heading, kicker: kicker(p.url) })),
    site.name,
    // Kept between builds, keyed by content hash: a rebuild draws only the images whose page title changed.
    { cacheDir: SOCIAL_IMAGE_CACHE },
  );
  const imageSeconds = (performance.now() - started) / 1000;

  started = performance.now();
  const search = await buildSearchIndex(dir);
  const searchSeconds = (performance.now() - started) / 1000;

  return {
    sitemapUrls: entries.length,
    feedItems: articles.length,
    socialImages: { ...images, seconds: imageSeconds },
    search: { ...search, seconds: searchSeconds },
  };
}
