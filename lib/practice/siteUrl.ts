import { z } from 'zod';

/** Used when neither SITE_URL nor the profile's `site.url` is set, e.g. for a local preview. */
export const DEFAULT_SITE_URL = 'http://localhost:3000';

const EnvSchema = z.object({
  SITE_URL: z.url({ protocol: /^https?$/, error: 'SITE_URL must be an absolute http(s) URL, such as https://example.org' }).optional(),
});

/**
 * Which address the site takes, unchecked: SITE_URL where the site is built,
 * else the profile's production address, else the preview default. The
 * launch check reads this to say which address is not ready yet.
 */
export function chosenSiteUrl(siteUrlEnv: string | undefined, profileUrl: string | undefined): string {
  return siteUrlEnv?.trim() || profileUrl || DEFAULT_SITE_URL;
}

/** The site's address (chosenSiteUrl), with SITE_URL checked and no trailing slash. */
export function resolveSiteUrl(env: Record<string, string | undefined>, profileUrl: string | undefined): string {
  const parsed = EnvSchema.safeParse({ SITE_URL: env.SITE_URL?.trim() || undefined });
  if (!parsed.success) throw new Error(`Site configuration: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  return chosenSiteUrl(parsed.data.SITE_URL, profileUrl).replace(/\/+$/, '');
}
