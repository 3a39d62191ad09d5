/**
 * The site configuration: the one typed place for facts about the practice
 * that are not in the content (name, address on the web, contact channels).
 * Validated with zod when the site builds, so a bad value stops the build.
 *
 * Contact channels are unset: the content brief gives none, and no page may
 * invent one. Pages must read well while they stay unset.
 */
import { z } from 'zod';

const ContactSchema = z.strictObject({
  email: z.email().optional(),
  phone: z.string().regex(/^\+?[0-9 ()-]{7,}$/, 'a phone number such as +1 555 555 0100').optional(),
  bookingUrl: z.url({ protocol: /^https$/ }).optional(),
});

export const SiteConfigSchema = z.strictObject({
  name: z.string().min(1),
  shortDescription: z.string().min(20),
  /** Absolute base URL, without a trailing slash. */
  url: z.url({ protocol: /^https?$/ }).transform((url) => url.replace(/\/+$/, '')),
  locale: z.literal('en-CA'),
  region: z.string().min(1),
  contact: ContactSchema,
});

export type SiteConfig = z.infer<typeof SiteConfigSchema>;
export type ContactChannels = SiteConfig['contact'];

/** Used when SITE_URL is not set, e.g. for a local preview. */
export const DEFAULT_SITE_URL = 'http://localhost:3000';

const EnvSchema = z.object({
  SITE_URL: z.url({ protocol: /^https?$/, error: 'SITE_URL must be an absolute http(s) URL, such as https://example.org' }).optional(),
});

export function loadSiteConfig(env: Record<string, string | undefined> = process.env): SiteConfig {
  const parsedEnv = EnvSchema.safeParse({ SITE_URL: env.SITE_URL || undefined });
  if (!parsedEnv.success) throw new Error(`Site configuration: ${parsedEnv.error.issues.map((i) => i.message).join('; ')}`);
  return SiteConfigSchema.parse({
    name: 'Tiffany Music Therapy',
    shortDescription: 'Music psychotherapy in Ontario: music and words, chosen with you, to support your well-being.',
    url: parsedEnv.data.SITE_URL ?? DEFAULT_SITE_URL,
    locale: 'en-CA',
    region: 'Ontario, Canada',
    contact: {},
  });
}

export const site: SiteConfig = loadSiteConfig();

/** True when at least one way to reach the practice is configured. */
export function hasContactChannel(contact: ContactChannels): boolean {
  return Object.values(contact).some((value) => value !== undefined);
}
