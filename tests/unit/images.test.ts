import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBody } from '@/lib/content/checks/body';
import { formatProblem } from '@/lib/diagnostics/format';
import { contentHash, fallbackVariant, IMAGE_LIMITS, imageSizeProblem, planImage, srcSet, variantWidths, VARIANT_WIDTHS } from '@/lib/images/plan';
import { publicImages, writeImageVariants } from '@/scripts/lib/images/variants';

describe('the image plan', () => {
  it('offers the standard widths below the original, and never enlarges', () => {
    expect(variantWidths(4000)).toEqual([...VARIANT_WIDTHS]);
    expect(variantWidths(1000)).toEqual([480, 800, 1000]);
    expect(variantWidths(480)).toEqual([480]);
  });

  it('names each variant by content hash, width and format, and keeps the aspect ratio', () => {
    const plan = planImage('/images/Team Photo.JPG', { width: 2000, height: 1500 }, 'abc123');
    expect(plan).toMatchObject({ width: 1600, height: 1200 });
    expect(srcSet(plan, 'avif')).toBe(
      '/_img/team-photo-abc123-480.avif 480w, /_img/team-photo-abc123-800.avif 800w, /_img/team-photo-abc123-1200.avif 1200w, /_img/team-photo-abc123-1600.avif 1600w',
    );
    expect(plan.variants.find((v) => v.width === 800)).toMatchObject({ height: 600 });
    expect(fallbackVariant(plan).url).toBe('/_img/team-photo-abc123-800.webp');
  });

  it('refuses an image too small or too large, and says how to fix it', () => {
    expect(imageSizeProblem('/images/a.jpg', { width: 2400, height: 1600, bytes: 900_000 })).toBeUndefined();
    expect(imageSizeProblem('/images/a.jpg', { width: 320, height: 240, bytes: 20_000 })?.message).toMatch(/320 × 240 px, too small/);
    const large = imageSizeProblem('/images/a.jpg', { width: IMAGE_LIMITS.maxSide + 1, height: 4000, bytes: 9_000_000 });
    expect(large?.message).toMatch(/larger than the site accepts/);
    expect(large?.fix).toMatch(/2400 px/);
    expect(imageSizeProblem('/images/a.jpg', { width: 3000, height: 2000, bytes: IMAGE_LIMITS.maxBytes + 1 })).toBeDefined();
  });
});

describe('images in the content and the build', () => {
  let dir: string;
  let publicDir: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'images-'));
    publicDir = path.join(dir, 'public');
    mkdirSync(path.join(publicDir, 'images'), { recursive: true });
    const photo = (width: number, height: number) =>
      sharp({ create: { width, height, channels: 3, background: { r: 40, g: 110, b: 115 } } })
        .composite([
          {
            input: Buffer.from(
              `<svg width="${width}" height="${height}"><circle cx="${width / 2}" cy="${height / 2}" r="${height / 3}" fill="#f4e9d8"/></svg>`,
            ),
          },
        ])
        .jpeg({ quality: 95 });
    await photo(1000, 750).toFile(path.join(publicDir, 'images', 'photo.jpg'));
    await photo(300, 200).toFile(path.join(publicDir, 'images', 'tiny.jpg'));
    await photo(IMAGE_LIMITS.maxSide + 400, 1000).toFile(path.join(publicDir, 'images', 'huge.jpg'));
    await sharp({ create: { width: 32, height: 32, channels: 4, background: '#0d5c61' } })
      .png()
      .toFile(path.join(publicDir, 'favicon.png'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const problemsFor = async (src: string) =>
    (
      await checkBody(
        { file: 'content/posts/a.mdx', body: `<Figure src="${src}" alt="A drum" />`, bodyStartLine: 8 },
        { targets: new Map(), publicFiles: new Set(['/images/photo.jpg', '/images/tiny.jpg', '/images/huge.jpg']), publicDir },
      )
    ).map(formatProblem);

  it('check:content accepts a photo of a useful size', async () => {
    expect(await problemsFor('/images/photo.jpg')).toEqual([]);
  });

  it('check:content refuses a tiny image and an oversized one, with the fix', async () => {
    expect(await problemsFor('/images/tiny.jpg')).toEqual([
      'content/posts/a.mdx:8: image: the image /images/tiny.jpg is 300 × 200 px, too small to look sharp on a phone (use a version at least 600 × 400 px, such as the original photo; the site makes the smaller sizes itself)',
    ]);
    const [huge] = await problemsFor('/images/huge.jpg');
    expect(huge).toMatch(
      /^content\/posts\/a\.mdx:8: image: the image \/images\/huge\.jpg is 6400 × 1000 px .*larger than the site accepts.* \(export it at about 2400 px/,
    );
  });

  it('the build step writes AVIF and WebP at each width, from the cache the second time, and drops the larger original', async () => {
    const site = path.join(dir, 'site');
    const cacheDir = path.join(dir, 'cache');
    mkdirSync(path.join(site, 'images'), { recursive: true });
    expect(await publicImages(publicDir)).toEqual(['/images/huge.jpg', '/images/photo.jpg', '/images/tiny.jpg']);
    // Only the photo is of interest here; the others are check:content's to refuse.
    rmSync(path.join(publicDir, 'images', 'tiny.jpg'));
    rmSync(path.join(publicDir, 'images', 'huge.jpg'));
    await sharp(path.join(publicDir, 'images', 'photo.jpg')).toFile(path.join(site, 'images', 'photo.jpg'));
    const first = await writeImageVariants(site, { publicDir, cacheDir });
    expect(first).toMatchObject({ images: 1, variants: 6, made: 6 });
    const second = await writeImageVariants(site, { publicDir, cacheDir });
    expect(second).toMatchObject({ images: 1, variants: 6, made: 0 });
    const plan = planImage('/images/photo.jpg', { width: 1000, height: 750 }, contentHash(readFileSync(path.join(publicDir, 'images', 'photo.jpg'))));
    for (const variant of plan.variants) {
      const meta = await sharp(path.join(site, variant.url)).metadata();
      expect({ format: meta.format === 'heif' ? 'avif' : meta.format, width: meta.width, height: meta.height }).toEqual({
        format: variant.format,
        width: variant.width,
        height: variant.height,
      });
    }
    const largest = Math.max(...plan.variants.map((v) => statSync(path.join(site, v.url)).size));
    expect(largest).toBeLessThan(statSync(path.join(publicDir, 'images', 'photo.jpg')).size);
    expect(() => statSync(path.join(site, 'images', 'photo.jpg'))).toThrow();
  }, 120_000);
});
