/**
 * `npm run build`: content step, Next's static export into a staging folder,
 * each page finished in one pass (runtime removed, navigation marked, its
 * security policy written), sitemap, feeds, social images and search, a
 * check that every internal link resolves, and only then the swap into out/. A failure at any step leaves the last
 * good out/ exactly as it was.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { PageFacts } from '../lib/build/finishPage';
import { brokenLinks } from '../lib/build/links';
import { INCLUDE_UNPUBLISHED_ENV } from '../lib/content/options';
import { writeAdmin } from './lib/adminStep';
import { generateContent } from './lib/generateContent';
import { finishPages, listFiles } from './lib/finishPages';
import { writeImageVariants } from './lib/images/variants';
import { run } from './lib/run';
import { secureExport } from './lib/securityStep';

/** OUT_DIR lets tests build a second site beside the real one. */
const OUT = process.env.OUT_DIR?.trim() || 'out';
const STAGING = path.join(path.dirname(OUT), `.${path.basename(OUT)}-staging`);

/** Every internal link and social image of every page resolves, once all files are written. */
async function verifyExport(dir: string, pages: readonly PageFacts[]): Promise<void> {
  const files = new Set(await listFiles(dir));
  if (!files.has('404.html')) throw new Error('the export has no 404.html');
  const broken = [
    ...brokenLinks(pages, files),
    // Social-sharing images are named in <meta> tags, which the link check does not read.
    ...pages.flatMap((p) =>
      p.info.socialImages.filter((url) => !files.has(new URL(url).pathname.slice(1))).map((url) => `${p.url} → ${url} (no such social image)`),
    ),
  ];
  if (broken.length > 0) throw new Error(`broken internal links:\n  ${broken.join('\n  ')}`);
}

/** Puts the staged site in place of out/ in two renames, so out/ is never half-written. */
async function publish(staging: string, out: string): Promise<void> {
  const previous = `${out}.previous`;
  await rm(previous, { recursive: true, force: true });
  if (existsSync(out)) await rename(out, previous);
  await rename(staging, out);
  await rm(previous, { recursive: true, force: true });
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;

/** How long each step took, in order; printed at the end and, for `npm run bench:build`, written to BUILD_TIMINGS_FILE. */
const timings: { step: string; ms: number }[] = [];

async function timed<T>(step: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    timings.push({ step, ms: Math.round(performance.now() - started) });
  }
}

/**
 * The content check (scripts/check-content.ts) runs in a process of its
 * own, so the memory of every parsed body is the system's again before next
 * build starts: held here, it raised the build's peak at 5,000 articles.
 * The check prints each problem itself. (This script does not even load
 * the check's modules: 60 MB it would hold for nothing.)
 */
async function checkContentApart(): Promise<void> {
  await run(process.execPath, ['--import', 'tsx', 'scripts/check-content.ts']).catch(() => {
    throw new ContentCheckFailed();
  });
}

/** The content check failed and has printed why. */
class ContentCheckFailed extends Error {}

async function main() {
  // A production build never includes drafts or future articles, whatever the shell says: lib/content/options reads this,
  // here (sitemap, feeds) and in next build's workers.
  process.env[INCLUDE_UNPUBLISHED_ENV] = '0';
  const started = performance.now();
  await rm(STAGING, { recursive: true, force: true });
  await timed('content check', () => checkContentApart());
  await timed('contentlayer', () => generateContent());
  await timed('next build', () =>
    run('next', ['build'], { NODE_ENV: 'production', NEXT_DIST_DIR: STAGING, NEXT_TELEMETRY_DISABLED: '1', [INCLUDE_UNPUBLISHED_ENV]: '0' }),
  );
  const pages = await timed('finish pages', () => finishPages(STAGING));
  const images = await timed('image variants', () => writeImageVariants(STAGING));
  // Loaded here, not at the top: it reads the site configuration and content, and a bad value must fail inside this try.
  const { writeDiscoveryFiles } = await import('./lib/discovery');
  const discoveryStarted = performance.now();
  const report = await writeDiscoveryFiles(STAGING, pages);
  const discoveryMs = performance.now() - discoveryStarted;
  timings.push(
    { step: 'sitemap, feeds', ms: Math.round(discoveryMs - 1000 * (report.socialImages.seconds + report.search.seconds)) },
    { step: 'social images', ms: Math.round(1000 * report.socialImages.seconds) },
    { step: 'search index', ms: Math.round(1000 * report.search.seconds) },
  );
  // After the sitemap, feeds, search index and social images, so the editor is in none of them.
  const admin = await timed('editor', () => writeAdmin(STAGING));
  await timed('link check', () => verifyExport(STAGING, pages));
  const secured = await timed('security', () =>
    secureExport(
      STAGING,
      pages.map((p) => p.scriptHashes),
    ),
  );
  await timed('publish', () => publish(STAGING, OUT));
  const pageCount = pages.length;
  console.log(
    [
      `\nSitemap: ${report.sitemapUrls} pages. Feeds: ${report.feedItems} articles.`,
      `Social images: ${report.socialImages.count} PNGs (${report.socialImages.fromCache ?? 0} from the cache), ${kib(report.socialImages.bytes)}, in ${report.socialImages.seconds.toFixed(2)} s.`,
      `Images: ${images.images} images, ${images.variants} AVIF and WebP variants (${images.made} made, the rest cached), ${kib(images.bytes)}, in ${images.seconds.toFixed(2)} s.`,
      `Search index: ${report.search.pages} pages, ${kib(report.search.bytes)}, in ${report.search.seconds.toFixed(2)} s.`,
      `Editor: ${admin.files} files in ${OUT}/admin/, ${kib(admin.bytes)} besides its fonts.`,
      `Steps: ${timings.map((t) => `${t.step} ${(t.ms / 1000).toFixed(1)} s`).join(', ')}.`,
      `Security: ${secured.inputs.scriptHashes.length} inline script hashes in the policy; ${secured.compression.files} text files precompressed, ${kib(secured.compression.bytes)} → ${kib(secured.compression.brotliBytes)} (Brotli).`,
      `Built the site into ${OUT}/ in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
    ].join('\n'),
  );
  const timingsFile = process.env.BUILD_TIMINGS_FILE?.trim();
  if (timingsFile) writeFileSync(timingsFile, JSON.stringify({ pages: pageCount, steps: timings }));
}

try {
  await main();
} catch (error) {
  await rm(STAGING, { recursive: true, force: true });
  // A content problem has been printed, with its file and line, by the check itself.
  if (!(error instanceof ContentCheckFailed)) console.error(`\n${error instanceof Error ? error.message : String(error)}`);
  console.error(existsSync(OUT) ? `The build failed; ${OUT}/ still holds the last good site.` : 'The build failed.');
  process.exit(1);
}
