/**
 * The images pipeline end to end: a fixture photo named by an article's
 * <Figure> is built, and the page serves it as AVIF and WebP at several
 * widths in a <picture>, with width, height, sizes and lazy loading, while
 * the larger original is not published.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScriptRun } from '../helpers/runScript';
import { copySite } from '../helpers/siteCopy';

const SITE = '.test-site-images';
const CONTENT = `${SITE}/content`;
const OUT = `${SITE}/out`;
/** Next reads public/ from the project, so the fixture goes there for the build and is removed after. */
const PHOTO_DIR = 'public/images/test-fixture';
const PHOTO = `${PHOTO_DIR}/photo.jpg`;
const SRC = '/images/test-fixture/photo.jpg';

let build: ScriptRun;

beforeAll(async () => {
  const site = copySite({ content: CONTENT, out: OUT });
  mkdirSync(PHOTO_DIR, { recursive: true });
  // A photo-like fixture: 2000 × 1333 of smooth colour and grain, as a camera would give.
  await sharp({ create: { width: 2000, height: 1333, channels: 3, background: { r: 120, g: 150, b: 140 }, noise: { type: 'gaussian', mean: 128, sigma: 40 } } })
    .blur(3)
    .jpeg({ quality: 92 })
    .toFile(PHOTO);
  writeFileSync(
    `${CONTENT}/posts/a-photo.mdx`,
    [
      '---',
      'title: A photo',
      'description: An article with one photo, to show that the site serves it in modern formats at the right size.',
      'date: 2026-01-05',
      '---',
      '',
      'A short article with a photo.',
      '',
      `<Figure src="${SRC}" alt="Green and grey grain" caption="A fixture photo." />`,
      '',
    ].join('\n'),
  );
  build = await site.run('scripts/build.ts');
  // A whole build; on a busy machine it can take longer than the config's hook timeout.
}, 900_000);

afterAll(() => {
  rmSync(PHOTO_DIR, { recursive: true, force: true });
});

describe('a photo in an article', () => {
  it('builds', () => {
    expect(build.output).toContain(`Built the site into ${OUT}/`);
    expect(build.code).toBe(0);
  });

  it('is served as AVIF and WebP at several widths, with width, height, sizes and lazy loading', async () => {
    const html = readFileSync(`${OUT}/blog/a-photo/index.html`, 'utf8');
    const picture = /<picture>[\s\S]*?<\/picture>/.exec(html)?.[0];
    expect(picture).toBeDefined();
    const sources = [...picture!.matchAll(/<source type="(image\/[a-z]+)" srcSet="([^"]+)" sizes="([^"]+)"/gi)].map((m) => ({
      type: m[1],
      srcset: m[2]!,
      sizes: m[3],
    }));
    expect(sources.map((s) => s.type)).toEqual(['image/avif', 'image/webp']);
    for (const source of sources) {
      const candidates = source.srcset.split(', ').map((c) => c.split(' '));
      expect(candidates.length).toBeGreaterThanOrEqual(3);
      for (const [url, width] of candidates) {
        const meta = await sharp(path.join(OUT, url!)).metadata();
        expect(`${meta.width}w`).toBe(width);
        expect(meta.format === 'heif' ? 'image/avif' : `image/${meta.format}`).toBe(source.type);
      }
    }
    const img = /<img [^>]*>/.exec(picture!)?.[0] ?? '';
    expect(img).toMatch(/ alt="Green and grey grain"/);
    expect(img).toMatch(/ width="1600"/);
    expect(img).toMatch(/ height="1066"/);
    expect(img).toMatch(/ loading="lazy"/);
    expect(img).not.toContain(SRC);
  });

  it('does not publish the larger original', () => {
    expect(existsSync(path.join(OUT, SRC))).toBe(false);
    expect(statSync(PHOTO).size).toBeGreaterThan(0);
  });
});
