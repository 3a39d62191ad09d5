/**
 * The site search index, built with Pagefind's Node API over the exported
 * HTML and written to `<siteDir>/pagefind/`, where the search page loads it.
 *
 * Only each page's main content is indexed: pages mark <main> with
 * `data-pagefind-body`. Once any page has that attribute, Pagefind skips
 * pages without it, so a page left unmarked is left out of search.
 */
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { close, createIndex } from 'pagefind';
import { buildOutput } from '../../lib/routes';
import { z } from 'zod';

/** The part of Pagefind's pagefind-entry.json read here: pages indexed per language. */
const EntrySchema = z.object({ languages: z.record(z.string(), z.object({ page_count: z.number().int().nonnegative() })) });

/**
 * Pages actually indexed. addDirectory's page_count counts every HTML file
 * it read, including those skipped for having no data-pagefind-body.
 */
async function indexedPages(outputPath: string): Promise<number> {
  const file = path.join(outputPath, 'pagefind-entry.json');
  const parsed = EntrySchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (!parsed.success) throw new Error(`Search index: ${file} is not in the expected form: ${parsed.error.message}`);
  return Object.values(parsed.data.languages).reduce((sum, language) => sum + language.page_count, 0);
}

function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Search index: ${step} failed:\n- ${errors.join('\n- ')}`);
}

async function folderSize(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) total += await folderSize(full);
    else if (entry.isFile()) total += (await stat(full)).size;
  }
  return total;
}

/**
 * Pagefind also writes its ready-made search interfaces (about 430 KiB). The
 * site's own search page (public/search.js) talks to pagefind.js directly,
 * so nothing loads them and they need not be deployed.
 */
const UNUSED_UI = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

async function removeUnusedUi(outputPath: string): Promise<void> {
  for (const name of await readdir(outputPath)) {
    if (UNUSED_UI.test(name)) await rm(path.join(outputPath, name));
  }
}

export async function buildSearchIndex(siteDir: string): Promise<{ pages: number; bytes: number }> {
  const outputPath = path.join(siteDir, buildOutput.searchIndex);
  // A fresh folder, so no file from an earlier build is served or counted.
  await rm(outputPath, { recursive: true, force: true });
  try {
    const created = await createIndex();
    check('creating the index', created.errors);
    const { index } = created;
    if (!index) throw new Error('Search index: Pagefind returned no index.');

    const added = await index.addDirectory({ path: siteDir });
    check(`indexing ${siteDir}`, added.errors);
    if (added.page_count === 0) throw new Error(`Search index: no HTML pages were found in ${siteDir}.`);

    const written = await index.writeFiles({ outputPath });
    check(`writing ${outputPath}`, written.errors);
    const pages = await indexedPages(outputPath);
    if (pages === 0) throw new Error(`Search index: none of the ${added.page_count} pages in ${siteDir} had content to index.`);
    await removeUnusedUi(outputPath);
    return { pages, bytes: await folderSize(outputPath) };
  } finally {
    await close();
  }
}
