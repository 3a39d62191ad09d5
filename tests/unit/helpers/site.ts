/** A site configuration for tests, independent of the environment. */
import type { SiteConfig } from '@/lib/site';

export const testSite: SiteConfig = {
  name: 'Tiffany Music Therapy',
  shortDescription: 'Music psychotherapy in Ontario, chosen with you.',
  url: 'https://example.org',
  locale: 'en-CA',
  region: 'Ontario, Canada',
  contact: {},
};
