/**
 * The site configuration, derived: the practice's facts (name, description,
 * region, contact channels) come from the practice profile in
 * content/practice.yaml, and the address from SITE_URL or the profile. This
 * file holds no fact about the practice; it only shapes them for the pages.
 */
import { loadPractice } from './practice/load';
import type { Practice } from './practice/schema';
import { resolveSiteUrl } from './practice/siteUrl';

export { DEFAULT_SITE_URL } from './practice/siteUrl';

export interface ContactChannels {
  readonly email?: string;
  readonly phone?: string;
  readonly bookingUrl?: string;
}

export interface SiteConfig {
  readonly name: string;
  readonly shortDescription: string;
  /** Absolute base URL, without a trailing slash. */
  readonly url: string;
  /** The language of the site's pages. */
  readonly locale: 'en-CA';
  readonly region: string;
  readonly contact: ContactChannels;
}

function siteConfigFrom(practice: Practice, env: Record<string, string | undefined> = process.env): SiteConfig {
  const { phone, email, bookingUrl } = practice.contact ?? {};
  return {
    name: practice.site.name,
    shortDescription: practice.site.description,
    url: resolveSiteUrl(env, practice.site.url),
    locale: 'en-CA',
    region: practice.site.region,
    contact: { ...(email && { email }), ...(phone && { phone }), ...(bookingUrl && { bookingUrl }) },
  };
}

export function loadSiteConfig(env: Record<string, string | undefined> = process.env): SiteConfig {
  // The URL first, so that a bad SITE_URL is reported as such even if the profile is fine.
  resolveSiteUrl(env, undefined);
  return siteConfigFrom(loadPractice(), env);
}

export const site: SiteConfig = loadSiteConfig();

/** True when at least one way to reach the practice is configured. */
export function hasContactChannel(contact: ContactChannels): boolean {
  return Object.values(contact).some((value) => value !== undefined);
}
