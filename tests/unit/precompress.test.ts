import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { precompress } from '@/lib/build/precompress';

function site(): { dir: string; page: string; image: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'precompress-'));
  const page = path.join(dir, 'index.html');
  const image = path.join(dir, 'photo.png');
  writeFileSync(page, `<!doctype html><title>A page</title>${'<p>Music and words, chosen with you.</p>'.repeat(50)}`);
  writeFileSync(image, Buffer.alloc(2048, 1));
  return { dir, page, image };
}

describe('precompress', () => {
  it('writes Brotli and gzip copies that decompress to the page, and leaves images alone', async () => {
    const { page, image } = site();
    const report = await precompress([page, image]);
    expect(report.files).toBe(1);
    expect(brotliDecompressSync(readFileSync(`${page}.br`)).equals(readFileSync(page))).toBe(true);
    expect(gunzipSync(readFileSync(`${page}.gz`)).equals(readFileSync(page))).toBe(true);
    expect(existsSync(`${image}.br`)).toBe(false);
  });

  it('takes a page it has compressed before from the cache, and compresses a changed page anew', async () => {
    const { page } = site();
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'precompress-cache-'));
    await precompress([page], { cacheDir });
    expect(readdirSync(cacheDir)).toHaveLength(2);
    await precompress([page], { cacheDir });
    expect(readdirSync(cacheDir)).toHaveLength(2);
    writeFileSync(page, `${readFileSync(page, 'utf8')}<p>An edit.</p>`);
    await precompress([page], { cacheDir });
    expect(readdirSync(cacheDir)).toHaveLength(4);
    expect(brotliDecompressSync(readFileSync(`${page}.br`)).toString()).toContain('An edit.');
  });
});
