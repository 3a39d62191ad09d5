/**
 * sitemap.xml and robots.txt as plain strings, written by the build. The
 * entries are checked here so a relative URL, a malformed date or a page
 * listed twice stops the build instead of reaching a search engine.
 */
import { z } from 'zod';
import { buildOutput, routes } from '../routes';

const SitemapEntrySchema = z.strictObject({
  url: z.url({ protocol: /^https?$/ }),
  lastmod: z.iso.date().optional(),
});

export type SitemapEntry = z.input<typeof SitemapEntrySchema>;

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => XML_ESCAPES[char] ?? char);
}

export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const parsed = entries.map((entry, index) => {
    const result = SitemapEntrySchema.safeParse(entry);
    if (!result.success)
      throw new Error(
        `Sitemap entry ${index} (${JSON.stringify(entry)}): ${result.error.issues.map((i) => `${i.path.join('.') || 'entry'}: ${i.message}`).join('; ')}`,
      );
    return result.data;
  });
  const seen = new Set<string>();
  for (const entry of parsed) {
    if (seen.has(entry.url)) throw new Error(`Sitemap: ${entry.url} is listed more than once.`);
    seen.add(entry.url);
  }
  const urls = [...parsed]
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))
    .map((entry) => `  <url>\n    <loc>${escapeXml(entry.url)}</loc>\n${entry.lastmod ? `    <lastmod>${entry.lastmod}</lastmod>\n` : ''}  </url>\n`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}</urlset>\n`;
}

/**
 * Everything may be crawled but the search page's results (`/search/?q=…`):
 * an address per query, each a list of links to pages the sitemap names
 * already. The search page itself, a form, may be found.
 */
export function robotsTxt(baseUrl: string): string {
  return `User-agent: *\nAllow: /\nDisallow: ${routes.search}?\n\nSitemap: ${baseUrl.replace(/\/+$/, '')}${buildOutput.sitemap}\n`;
}
