/**
 * The images pipeline, as plain rules: which images are processed, the
 * widths and formats each becomes, and the names of the files. The
 * <Picture> component (what a page links to) and the build step (what it
 * writes, scripts/lib/images.ts) both read these, so they always agree.
 */
import { createHash } from 'node:crypto';

/** Widths a photo is offered at; none larger than the original. */
export const VARIANT_WIDTHS: readonly number[] = [480, 800, 1200, 1600];
/** Modern formats only, best first: every browser the site supports reads WebP, most read AVIF. */
const VARIANT_FORMATS = ['avif', 'webp'] as const;
export type VariantFormat = (typeof VARIANT_FORMATS)[number];
/** Where variants are published on the site. */
const VARIANT_FOLDER = '/_img';

/** Raster images the pipeline turns into variants (SVG is already small and sharp at every size). */
export const RASTER_IMAGE = /\.(jpe?g|png|webp|avif|tiff?)$/i;

/** Sizes an image must have to be worth publishing, and may not pass. */
export const IMAGE_LIMITS = {
  /** Narrower than this looks blurred on a phone's screen. */
  minWidth: 600,
  minHeight: 400,
  /** Wider or taller than this is a camera original that has not been resized. */
  maxSide: 6000,
  maxBytes: 15 * 1024 * 1024,
} as const;

export interface ImageFacts {
  readonly width: number;
  readonly height: number;
  readonly bytes: number;
}

export interface Variant {
  readonly width: number;
  readonly height: number;
  readonly format: VariantFormat;
  /** Path on the site, e.g. /_img/drums-3f2a9c1b-800.webp */
  readonly url: string;
}

export interface ImagePlan {
  /** Width and height of the largest variant: the <img>'s intrinsic size. */
  readonly width: number;
  readonly height: number;
  readonly variants: readonly Variant[];
}

/** A short content hash: a changed image gets new names, so caches never serve the old one. */
export function contentHash(file: Uint8Array): string {
  return createHash('sha256').update(file).digest('hex').slice(0, 10);
}

/** The widths to make for an image `width` wide: the standard ones below it, and the original width when it is below the largest. */
export function variantWidths(width: number): number[] {
  const below = VARIANT_WIDTHS.filter((w) => w < width);
  const largest = VARIANT_WIDTHS[VARIANT_WIDTHS.length - 1] ?? width;
  return width <= largest ? [...below, width] : [...VARIANT_WIDTHS];
}

export function planImage(src: string, facts: { width: number; height: number }, hash: string): ImagePlan {
  const stem = (src.split('/').pop() ?? 'image')
    .replace(RASTER_IMAGE, '')
    .replace(/[^a-zA-Z0-9-]+/g, '-')
    .toLowerCase();
  const variants = variantWidths(facts.width).flatMap((width) => {
    const height = Math.round((facts.height * width) / facts.width);
    return VARIANT_FORMATS.map((format) => ({ width, height, format, url: `${VARIANT_FOLDER}/${stem}-${hash}-${width}.${format}` }));
  });
  const largest = variants[variants.length - 1]!;
  return { width: largest.width, height: largest.height, variants };
}

/** `srcset` for one format. */
export function srcSet(plan: ImagePlan, format: VariantFormat): string {
  return plan.variants
    .filter((v) => v.format === format)
    .map((v) => `${v.url} ${v.width}w`)
    .join(', ');
}

/** The variant an old browser without srcset shows: the WebP nearest 800 px. */
export function fallbackVariant(plan: ImagePlan): Variant {
  const webp = plan.variants.filter((v) => v.format === 'webp');
  return webp.find((v) => v.width >= 800) ?? webp[webp.length - 1]!;
}

/** Why an image may not be published, in words for writers, with the fix; undefined when it is fine. */
export function imageSizeProblem(src: string, facts: ImageFacts): { message: string; fix: string } | undefined {
  const { width, height, bytes } = facts;
  const { minWidth, minHeight, maxSide, maxBytes } = IMAGE_LIMITS;
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (width < minWidth || height < minHeight) {
    return {
      message: `the image ${src} is ${width} × ${height} px, too small to look sharp on a phone`,
      fix: `use a version at least ${minWidth} × ${minHeight} px, such as the original photo; the site makes the smaller sizes itself`,
    };
  }
  if (width > maxSide || height > maxSide || bytes > maxBytes) {
    return {
      message: `the image ${src} is ${width} × ${height} px and ${mb(bytes)}, larger than the site accepts (${maxSide} px a side, ${mb(maxBytes)})`,
      fix: `export it at about 2400 px on its longest side (in Preview, Photos or any editor: “Export” or “Resize”), then save it over ${src}`,
    };
  }
  return undefined;
}
