/**
 * The build step after `next build`: deletes the files only the runtime
 * used and finishes every page in one parse each (lib/build/finishPage.ts),
 * the only step that edits the HTML, spread over the machine's cores.
 * Returns what the later steps need to know of each page, without its text.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { finishPage, type PageFacts } from '../../lib/build/finishPage';
import { pathForFile } from '../../lib/build/links';
import { isRuntimeFile } from '../../lib/build/stripRuntime';
import { spreadOverCores } from './spreadOverCores';

export interface PageFile {
  /** The file's path on disk. */
  readonly file: string;
  /** The URL path it is served at. */
  readonly url: string;
}

/** Finishes one exported page in place. */
export async function finishFile({ file, url }: PageFile): Promise<PageFacts> {
  const { html, ...facts } = finishPage(await readFile(file, 'utf8'), url);
  await writeFile(file, html);
  return facts;
}

export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
}

export async function finishPages(dir: string): Promise<PageFacts[]> {
  // Next also writes the 404 page as folders; 404.html is the one static hosts serve.
  await Promise.all(['404', '_not-found'].map((d) => rm(path.join(dir, d), { recursive: true, force: true })));
  const files = await listFiles(dir);
  // Several runtime files a page (its RSC payload and prefetch segments): deleted many at a time, as libuv's threads allow.
  const runtime = files.filter(isRuntimeFile);
  for (let i = 0; i < runtime.length; i += 64) await Promise.all(runtime.slice(i, i + 64).map((file) => rm(path.join(dir, file))));
  const pages: PageFile[] = files.filter((file) => file.endsWith('.html')).map((file) => ({ file: path.join(dir, file), url: pathForFile(file) }));
  // Build manifests live in a folder named after the build id; without the runtime nothing reads them.
  for (const entry of await readdir(path.join(dir, '_next', 'static'), { withFileTypes: true })) {
    if (entry.isDirectory() && entry.name !== 'chunks' && entry.name !== 'media') {
      await rm(path.join(dir, '_next', 'static', entry.name), { recursive: true, force: true });
    }
  }
  return spreadOverCores(pages, {
    worker: fileURLToPath(new URL('./finishPagesWorker.ts', import.meta.url)),
    name: 'Finishing pages',
    // About 5 ms a page against about a second to start a process.
    minItemsPerProcess: 300,
    job: finishFile,
  });
}
