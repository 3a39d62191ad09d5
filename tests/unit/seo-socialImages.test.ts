/**
 * Social images are real 1200x630 PNGs, written where the metadata points.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderSocialImage, writeSocialImages } from '@/scripts/lib/socialImages';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function expectCard(png: Buffer) {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  expect(png.readUInt32BE(16)).toBe(1200);
  expect(png.readUInt32BE(20)).toBe(630);
}

describe('renderSocialImage', () => {
  it('renders a 1200x630 PNG', async () => {
    expectCard(
      await renderSocialImage({ title: 'What happens in a first music psychotherapy session?', kicker: 'Article', siteName: 'Tiffany Music Therapy' }),
    );
  }, 20_000);

  it('still fits a very long title', async () => {
    expectCard(await renderSocialImage({ title: 'A very long title '.repeat(30), siteName: 'Tiffany Music Therapy' }));
  }, 20_000);

  it('refuses an empty title', async () => {
    await expect(renderSocialImage({ title: ' ', siteName: 'Tiffany Music Therapy' })).rejects.toThrow(/empty/);
  });
});

describe('writeSocialImages', () => {
  it('writes each page to its socialImagePath, creating folders', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'seo-og-'));
    try {
      const result = await writeSocialImages(
        dir,
        [
          { path: '/', title: 'Tiffany Music Therapy' },
          { path: '/blog/first-session/', title: 'Your first session', kicker: 'Article' },
        ],
        'Tiffany Music Therapy',
      );
      const home = await readFile(path.join(dir, 'og/home.png'));
      const post = await readFile(path.join(dir, 'og/blog/first-session.png'));
      expectCard(home);
      expectCard(post);
      expect(result).toEqual({ count: 2, bytes: home.length + post.length });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 20_000);

  it('refuses two pages that would share an image', async () => {
    await expect(
      writeSocialImages(
        '/nonexistent',
        [
          { path: '/a/', title: 'A' },
          { path: '/a', title: 'A again' },
        ],
        'S',
      ),
    ).rejects.toThrow(/both be written/);
  });
});

describe('writeSocialImages with a cache', () => {
  it('draws an image once and reuses it while its text is unchanged', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'seo-og-cache-'));
    const cacheDir = path.join(dir, 'cache');
    try {
      const pages = [
        { path: '/a/', title: 'First title' },
        { path: '/b/', title: 'Second title', kicker: 'Article' },
      ];
      const first = await writeSocialImages(path.join(dir, 'one'), pages, 'Site', { cacheDir });
      expect(first.fromCache).toBe(0);
      const edited = [pages[0]!, { ...pages[1]!, title: 'Second title, edited' }];
      const second = await writeSocialImages(path.join(dir, 'two'), edited, 'Site', { cacheDir });
      expect(second.fromCache).toBe(1);
      expect(await readFile(path.join(dir, 'two/og/a.png'))).toEqual(await readFile(path.join(dir, 'one/og/a.png')));
      expectCard(await readFile(path.join(dir, 'two/og/b.png')));
      expect(await readFile(path.join(dir, 'two/og/b.png'))).not.toEqual(await readFile(path.join(dir, 'one/og/b.png')));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
