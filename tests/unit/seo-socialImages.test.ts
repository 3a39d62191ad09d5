/**
 * Social images are real 1200x630 PNGs, written where the metadata points,
 * and a title of any length fits its card.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { BRAND_COLOURS } from '@/lib/brand/mark';
import { SOCIAL_IMAGE_HEIGHT, SOCIAL_IMAGE_WIDTH } from '@/lib/seo/socialImage';
import { renderSocialImage, socialImageSvg, writeSocialImages, type SocialImageInput } from '@/scripts/lib/socialImages';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function expectCard(png: Buffer) {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  expect(png.readUInt32BE(16)).toBe(1200);
  expect(png.readUInt32BE(20)).toBe(630);
}

/** The card's pixels, drawn from the same SVG as the PNG. */
async function pixelsOf(input: SocialImageInput): Promise<Buffer> {
  return new Resvg(await socialImageSvg(input), { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().pixels;
}

const INK = [1, 3, 5].map((at) => parseInt(BRAND_COLOURS.ink.slice(at, at + 2), 16)) as [number, number, number];

/**
 * The runs of rows holding text (pixels near the ink colour; the mark and the
 * waves are other colours), top to bottom, and the rightmost text pixel.
 */
function textBlocks(pixels: Buffer): { blocks: { top: number; bottom: number }[]; right: number } {
  const blocks: { top: number; bottom: number }[] = [];
  let right = 0;
  for (let y = 0; y < SOCIAL_IMAGE_HEIGHT; y++) {
    let inked = false;
    for (let x = 0; x < SOCIAL_IMAGE_WIDTH; x++) {
      const i = (y * SOCIAL_IMAGE_WIDTH + x) * 4;
      if (Math.abs(pixels[i]! - INK[0]) + Math.abs(pixels[i + 1]! - INK[1]) + Math.abs(pixels[i + 2]! - INK[2]) < 40) {
        inked = true;
        right = Math.max(right, x);
      }
    }
    if (!inked) continue;
    const last = blocks.at(-1);
    // Rows a few pixels apart belong to one line (descenders, accents).
    if (last && y - last.bottom <= 4) last.bottom = y;
    else blocks.push({ top: y, bottom: y });
  }
  return { blocks, right };
}

describe('renderSocialImage', () => {
  it('renders a 1200x630 PNG', async () => {
    expectCard(
      await renderSocialImage({ title: 'What happens in a first music psychotherapy session?', kicker: 'Article', siteName: 'Tiffany Music Therapy' }),
    );
  }, 20_000);

  it('still fits a very long title: wrapped and shrunk above the footer, which stays where it is', async () => {
    const siteName = 'Tiffany Music Therapy';
    const short = textBlocks(await pixelsOf({ title: 'Your first session', siteName }));
    const long = textBlocks(await pixelsOf({ title: 'A very long title '.repeat(30), siteName }));
    // The last block is the footer's site name; the title is everything above it.
    const footer = long.blocks.at(-1)!;
    expect(footer).toEqual(short.blocks.at(-1));
    const title = { top: long.blocks[0]!.top, bottom: long.blocks.at(-2)!.bottom };
    expect(long.blocks.length).toBeGreaterThan(3); // many lines of title, not one overflowing line
    expect(title.bottom).toBeLessThan(footer.top - 16); // clear of the footer
    expect(long.right).toBeLessThan(SOCIAL_IMAGE_WIDTH - 100); // wrapped before the corner, not run off the side
    // Shrunk: its lines are shorter than the short title's one line at the largest size.
    const lineHeight = (title.bottom - title.top) / (long.blocks.length - 1);
    expect(lineHeight).toBeLessThan(short.blocks[0]!.bottom - short.blocks[0]!.top + 20);
  }, 30_000);

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
