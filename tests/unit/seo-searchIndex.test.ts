/**
 * The search index is built from the exported HTML, only from each page's
 * main content (data-pagefind-body).
 */
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '@/scripts/lib/searchIndex';

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en-CA"><head><title>${title}</title></head><body><nav>Menu</nav><main data-pagefind-body><h1>${title}</h1><p>${body}</p></main></body></html>`;

describe('buildSearchIndex', () => {
  it('indexes the marked pages and writes the pagefind folder', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'seo-search-'));
    try {
      await writeFile(path.join(dir, 'index.html'), page('Home', 'Music psychotherapy in Ontario.'));
      await mkdir(path.join(dir, 'faq'));
      await writeFile(path.join(dir, 'faq', 'index.html'), page('Questions', 'Do I need to play an instrument? No.'));
      // A page without data-pagefind-body, such as the 404 page, stays out of search.
      await writeFile(
        path.join(dir, '404.html'),
        '<!doctype html><html lang="en-CA"><head><title>Not found</title></head><body><main><h1>Not found</h1></main></body></html>',
      );

      const result = await buildSearchIndex(dir);
      expect(result.pages).toBe(2);
      expect(result.bytes).toBeGreaterThan(0);
      expect(await readdir(path.join(dir, 'pagefind'))).toContain('pagefind.js');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
