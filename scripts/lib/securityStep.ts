/**
 * The build's last step before the swap into out/: `_headers` is written
 * for static hosts, with a policy that allows every inline script the pages
 * run (each page already carries its own policy in a <meta>, written by
 * lib/build/finishPage.ts), and text files get precompressed copies.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { precompress, type CompressionReport } from '../../lib/build/precompress';
import { type PolicyInputs } from '../../lib/security/headers';
import { HEADERS_FILE, headersFile } from '../../lib/security/hostConfig';
import { scriptHashes } from '../../lib/security/inlineScripts';

async function filesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

/** The policy inputs of a built site, read from its pages. */
export async function sitePolicyInputs(dir: string): Promise<PolicyInputs> {
  const pages = (await filesIn(dir)).filter((f) => f.endsWith('.html'));
  return { scriptHashes: scriptHashes(await Promise.all(pages.map((f) => readFile(f, 'utf8')))) };
}

/** `pageScriptHashes`: each page's inline script hashes, as finishPage read them. */
export async function secureExport(
  dir: string,
  pageScriptHashes: readonly (readonly string[])[],
): Promise<{ inputs: PolicyInputs; compression: CompressionReport }> {
  const inputs = { scriptHashes: [...new Set(pageScriptHashes.flat())].sort() };
  const topLevel = (await readdir(dir, { withFileTypes: true })).map((e) => ({ name: e.name, folder: e.isDirectory() }));
  await writeFile(path.join(dir, HEADERS_FILE), headersFile(inputs, topLevel));
  // Kept between builds like the social images, keyed by content: a rebuild compresses only what changed.
  const compression = await precompress(await filesIn(dir), { cacheDir: path.join('node_modules', '.cache', 'precompressed') });
  return { inputs, compression };
}
