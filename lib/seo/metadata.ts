/**
 * Page metadata for the Next.js Metadata API, built in one place so every
 * page gets the same canonical URL, feed links, Open Graph and Twitter card.
 *
 * Next merges `alternates`, `openGraph` and `twitter` shallowly: a page that
 * sets one of them replaces the root layout's whole object. So each call
 * returns complete objects, including the feed links the root would set.
 */
import type { Metadata } from 'next';
import { absoluteUrl, buildOutput } from '../routes';
import { site as defaultSite, type SiteConfig } from '../site';
import { SOCIAL_IMAGE_HEIGHT, SOCIAL_IMAGE_WIDTH } from './socialImage';

import { socialImagePath } from './socialImage';

export { socialImagePath };

export interface PageMetadataInput {
  /** The bare page title; the root layout adds "| site name". Undefined for the home page. */
  readonly title?: string;
  readonly description: string;
  /** The page's site path, e.g. /blog/x/. */
  readonly path: string;
  /** Site path of a 1200x630 PNG, e.g. /og/blog/x.png; by default the page's own social image, made at build time. */
  readonly image?: string;
  readonly type?: 'website' | 'article';
  readonly publishedTime?: string;
  readonly modifiedTime?: string;
  readonly authors?: readonly string[];
  readonly noindex?: boolean;
}

/** The `<link rel="alternate">` feed types, with absolute URLs. */
export function feedAlternates(config: SiteConfig = defaultSite): Record<string, { url: string; title: string }[]> {
  return {
    'application/rss+xml': [{ url: absoluteUrl(config.url, buildOutput.rssFeed), title: `${config.name} (RSS)` }],
    'application/feed+json': [{ url: absoluteUrl(config.url, buildOutput.jsonFeed), title: `${config.name} (JSON Feed)` }],
  };
}

export function pageMetadata(input: PageMetadataInput, config: SiteConfig = defaultSite): Metadata {
  const url = absoluteUrl(config.url, input.path);
  const title = input.title ?? config.name;
  const type = input.type ?? 'website';
  const image = input.image ?? (input.noindex ? undefined : socialImagePath(input.path));
  const imageUrl = image === undefined ? undefined : absoluteUrl(config.url, image);
  const images = imageUrl === undefined ? undefined : [{ url: imageUrl, width: SOCIAL_IMAGE_WIDTH, height: SOCIAL_IMAGE_HEIGHT, alt: title }];
  const openGraphBase = {
    title,
    description: input.description,
    url,
    siteName: config.name,
    locale: config.locale.replace('-', '_'),
    ...(images ? { images } : {}),
  };

  return {
    title: input.title ?? { absolute: config.name },
    description: input.description,
    alternates: { canonical: url, types: feedAlternates(config) },
    openGraph:
      type === 'article'
        ? {
            ...openGraphBase,
            type: 'article',
            ...(input.publishedTime ? { publishedTime: input.publishedTime } : {}),
            ...(input.modifiedTime ? { modifiedTime: input.modifiedTime } : {}),
            ...(input.authors?.length ? { authors: [...input.authors] } : {}),
          }
        : { ...openGraphBase, type: 'website' },
    twitter: {
      card: 'summary_large_image',
      title,
      description: input.description,
      ...(imageUrl ? { images: [imageUrl] } : {}),
    },
    ...(input.noindex ? { robots: { index: false, follow: true } } : {}),
  };
}
