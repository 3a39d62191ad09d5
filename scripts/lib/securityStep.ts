/**
 * The build's last step before the swap into out/: every page gets the
 * Content-Security-Policy in a <meta>, `_headers` is written for static
 * hosts, and text files get precompressed copies. The policy's script
 * hashes come from the pages themselves, so it runs after every other step
 * that edits HTML.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { withCspMeta } from '../../lib/build/cspMeta';
import { precompress, type CompressionReport } from '../../lib/build/precompress';
import { contentSecurityPolicy, type PolicyInputs } from '../../lib/security/headers';
import { headersFile } from '../../lib/security/hostConfig';
import { scriptHashes } from '../../lib/security/inlineScripts';

export async function filesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

/** The policy inputs of a built site, read from its pages. */
export async function sitePolicyInputs(dir: string): Promise<PolicyInputs> {
  const pages = (await filesIn(dir)).filter((f) => f.endsWith('.html'));
  return { scriptHashes: scriptHashes(await Promise.all(pages.map((f) => readFile(f, 'utf8')))) };
}

export async function secureExport(dir: string): Promise<{ inputs: PolicyInputs; compression: CompressionReport }> {
  const inputs = await sitePolicyInputs(dir);
  const policy = contentSecurityPolicy(inputs, 'meta');
  for (const file of (await filesIn(dir)).filter((f) => f.endsWith('.html'))) {
    await writeFile(file, withCspMeta(await readFile(file, 'utf8'), policy));
  }
  await writeFile(path.join(dir, '_headers'), headersFile(inputs));
  // Kept between builds like the social images, keyed by content: a rebuild compresses only what changed.
  const compression = await precompress(await filesIn(dir), { cacheDir: path.join('node_modules', '.cache', 'precompressed') });
  return { inputs, compression };
}
