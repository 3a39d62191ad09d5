/**
 * The build's image step: every raster image under public/ (not the site
 * icons at its top level) becomes AVIF and WebP at the widths in
 * lib/images/plan.ts, written into the exported site under /_img/. Each
 * variant is named by the image's content hash and kept in a cache, so a
 * rebuild makes only the variants of new or changed images. An original
 * larger than its largest variant is removed from the export: pages never
 * link to it.
 */
import { copyFile, mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { contentHash, planImage, RASTER_IMAGE, type Variant } from '../../../lib/images/plan';
import { displayedSize } from '../../../lib/images/read';

export const DEFAULT_CACHE = path.join('.cache', 'images');
/** Visually clean for photos at a fraction of the size; AVIF reaches the same look at a lower number. */
const QUALITY = { avif: 55, webp: 75 } as const;

export interface ImageStepReport {
  readonly images: number;
  readonly variants: number;
  /** Variants made in this build; the rest came from the cache. */
  readonly made: number;
  readonly bytes: number;
  readonly originalsRemoved: number;
  readonly seconds: number;
}

/** Site paths (`/images/a.jpg`) of the raster images in public/, leaving out files at its top level (favicons). */
export async function publicImages(publicDir: string): Promise<string[]> {
  const entries = await readdir(publicDir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && RASTER_IMAGE.test(e.name) && path.resolve(e.parentPath) !== path.resolve(publicDir))
    .map((e) => `/${path.relative(publicDir, path.join(e.parentPath, e.name)).split(path.sep).join('/')}`)
    .sort();
}

async function makeVariant(original: Buffer, variant: Variant, target: string): Promise<void> {
  const image = sharp(original).rotate().resize({ width: variant.width, withoutEnlargement: true });
  const encoded = variant.format === 'avif' ? image.avif({ quality: QUALITY.avif, effort: 4 }) : image.webp({ quality: QUALITY.webp });
  await mkdir(path.dirname(target), { recursive: true });
  // Written beside the target, then renamed: an interrupted build never leaves half a file in the cache.
  const partial = `${target}.partial`;
  await encoded.toFile(partial);
  await rename(partial, target);
}

export async function writeImageVariants(siteDir: string, { publicDir = 'public', cacheDir = DEFAULT_CACHE } = {}): Promise<ImageStepReport> {
  const started = performance.now();
  let variants = 0;
  let made = 0;
  let bytes = 0;
  let originalsRemoved = 0;
  const images = await publicImages(publicDir);
  for (const src of images) {
    const original = await readFile(path.join(publicDir, src));
    const plan = planImage(src, displayedSize(original), contentHash(original));
    let largest = 0;
    for (const variant of plan.variants) {
      const name = path.basename(variant.url);
      const cached = path.join(cacheDir, name);
      const size = (await stat(cached).catch(() => undefined))?.size;
      if (size === undefined) {
        await makeVariant(original, variant, cached);
        made += 1;
      }
      const target = path.join(siteDir, variant.url);
      await mkdir(path.dirname(target), { recursive: true });
      await copyFile(cached, target);
      const written = (await stat(target)).size;
      bytes += written;
      largest = Math.max(largest, written);
      variants += 1;
    }
    if (original.length > largest) {
      await rm(path.join(siteDir, src), { force: true });
      originalsRemoved += 1;
    }
  }
  return { images: images.length, variants, made, bytes, originalsRemoved, seconds: (performance.now() - started) / 1000 };
}
