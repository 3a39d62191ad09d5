/**
 * Social images (Open Graph / Twitter cards): one calm 1200x630 PNG per page,
 * drawn at build time with satori (layout to SVG) and resvg (SVG to PNG), so
 * no image is made by hand and none needs a server.
 *
 * Elements are plain `{ type, props }` objects, which keeps this a .ts file.
 * A long title steps down in size until its laid-out height fits; satori
 * reports each node's measured box, so the fit uses the real font metrics.
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import type { ReactElement } from 'react';
import satori, { type SatoriOptions } from 'satori';
import { BRAND_COLOURS, markSvg } from '../../lib/brand/mark';
import { spreadOverCores } from './spreadOverCores';
import { SOCIAL_IMAGE_HEIGHT as HEIGHT, SOCIAL_IMAGE_WIDTH as WIDTH, socialImagePath } from '../../lib/seo/socialImage';

export interface SocialImageInput {
  readonly title: string;
  /** A small label above the title, e.g. "Article". */
  readonly kicker?: string;
  readonly siteName: string;
}

const FONT_FAMILY = 'Atkinson Hyperlegible';
const FONT_DIR = 'assets/fonts';
const COLOURS = {
  background: BRAND_COLOURS.paper,
  ink: BRAND_COLOURS.ink,
  muted: BRAND_COLOURS.muted,
  accent: BRAND_COLOURS.accent,
  wash: BRAND_COLOURS.wash,
} as const;
/** The practice's mark, the same drawing as the header and the site icon. */
const MARK_URI = `data:image/svg+xml;base64,${Buffer.from(markSvg()).toString('base64')}`;
const MARK_SIZE = 64;
const WAVES_URI = `data:image/svg+xml;base64,${Buffer.from(
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 560 560" fill="none" stroke="${BRAND_COLOURS.wash}"><circle cx="280" cy="280" r="262" stroke-width="36"/><circle cx="280" cy="280" r="170" stroke-width="28"/><circle cx="280" cy="280" r="92" fill="${BRAND_COLOURS.wash}" stroke="none"/></svg>`,
).toString('base64')}`;

const PADDING_X = 88;
const PADDING_Y = 72;
const ACCENT_STRIP = 18;
/** Title sizes tried in turn, largest first. */
const TITLE_SIZES: readonly number[] = [80, 72, 64, 56, 50, 44, 40];
const TITLE_LINE_HEIGHT = 1.15;
/** Room left for the title once kicker, footer and padding are placed. */
const titleBudget = (hasKicker: boolean) => HEIGHT - 2 * PADDING_Y - 88 /* footer, with room above it */ - (hasKicker ? 68 : 0);

type Style = Record<string, string | number>;
type Child = ReactElement | string;

function el(type: string, style: Style, children?: Child | Child[], key?: string): ReactElement {
  return { type, key: key ?? null, props: { style, ...(children === undefined ? {} : { children }) } };
}

function mark(size: number, style: Style = {}): ReactElement {
  return { type: 'img', key: null, props: { src: MARK_URI, width: size, height: size, style } };
}

let fontsPromise: Promise<SatoriOptions['fonts']> | undefined;

/** The two weights, read once per process from assets/fonts (relative to the working directory). */
function loadFonts(): Promise<SatoriOptions['fonts']> {
  fontsPromise ??= Promise.all(
    ([400, 700] as const).map(async (weight) => ({
      name: FONT_FAMILY,
      weight,
      style: 'normal' as const,
      data: await readFile(path.join(process.cwd(), FONT_DIR, `atkinson-hyperlegible-latin-${weight}-normal.woff`)),
    })),
  ).catch((error: unknown) => {
    fontsPromise = undefined;
    throw new Error(`Social images: cannot read the fonts in ${FONT_DIR}/ (run the build from the project root).`, { cause: error });
  });
  return fontsPromise;
}

function card(input: SocialImageInput, titleSize: number, clampLines?: number): ReactElement {
  const title = el(
    'div',
    {
      fontSize: titleSize,
      fontWeight: 700,
      lineHeight: TITLE_LINE_HEIGHT,
      letterSpacing: '-0.01em',
      color: COLOURS.ink,
      ...(clampLines ? { display: 'block', lineClamp: clampLines } : { display: 'flex' }),
    },
    input.title,
    'title',
  );
  const kicker = input.kicker
    ? el('div', { display: 'flex', alignItems: 'center', marginBottom: 28 }, [
        el('div', { width: 56, height: 8, borderRadius: 4, backgroundColor: COLOURS.accent, marginRight: 20 }),
        el('div', { fontSize: 30, fontWeight: 700, color: COLOURS.accent, letterSpacing: '0.08em', textTransform: 'uppercase' }, input.kicker),
      ])
    : undefined;
  const footer = el('div', { display: 'flex', alignItems: 'center', marginTop: 'auto', height: MARK_SIZE }, [
    mark(MARK_SIZE, { marginRight: 20 }),
    el('div', { fontSize: 34, fontWeight: 700, color: COLOURS.ink }, input.siteName),
  ]);
  // The mark's waves, large and faint, in the top right corner: the card's picture when a page has none.
  const waves = {
    type: 'img',
    key: null,
    props: { src: WAVES_URI, width: 400, height: 400, style: { position: 'absolute', top: -200, right: -200 } },
  } as ReactElement;
  return el('div', { display: 'flex', position: 'relative', width: WIDTH, height: HEIGHT, backgroundColor: COLOURS.background, fontFamily: FONT_FAMILY }, [
    waves,
    el('div', { width: ACCENT_STRIP, height: HEIGHT, flexShrink: 0, backgroundColor: COLOURS.accent }),
    el(
      'div',
      // The right padding keeps the title clear of the waves in the corner.
      {
        display: 'flex',
        flexDirection: 'column',
        flexGrow: 1,
        padding: `${PADDING_Y}px ${PADDING_X}px`,
        paddingLeft: PADDING_X - ACCENT_STRIP,
        paddingRight: 200,
      },
      kicker ? [kicker, title, footer] : [title, footer],
    ),
  ]);
}

/** Renders the card to SVG and reports the measured height of the title. */
async function layout(input: SocialImageInput, titleSize: number, clampLines?: number): Promise<{ svg: string; titleHeight: number }> {
  let titleHeight = 0;
  const svg = await satori(card(input, titleSize, clampLines), {
    width: WIDTH,
    height: HEIGHT,
    fonts: await loadFonts(),
    onNodeDetected: (node) => {
      if (node.key === 'title') titleHeight = node.height;
    },
  });
  return { svg, titleHeight };
}

/** The SVG of the card with the largest title size that fits; the smallest size is clamped with an ellipsis. */
export async function socialImageSvg(input: SocialImageInput): Promise<string> {
  if (input.title.trim() === '') throw new Error('Social images: the title is empty.');
  const budget = titleBudget(input.kicker !== undefined);
  for (const size of TITLE_SIZES) {
    const { svg, titleHeight } = await layout(input, size);
    if (titleHeight <= budget) return svg;
  }
  const smallest = TITLE_SIZES[TITLE_SIZES.length - 1] ?? 40;
  return (await layout(input, smallest, Math.floor(budget / (smallest * TITLE_LINE_HEIGHT)))).svg;
}

export async function renderSocialImage(input: SocialImageInput): Promise<Buffer> {
  const svg = await socialImageSvg(input);
  return new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
}

/**
 * What decides every image's pixels besides its text: this module's source
 * (layout, colours), the fonts and the versions of satori and resvg. Part of
 * each cache key, so a change to the look redraws every image.
 */
let rendererPromise: Promise<string> | undefined;
function rendererFingerprint(): Promise<string> {
  rendererPromise ??= (async () => {
    const hash = createHash('sha256');
    hash.update(await readFile(fileURLToPath(import.meta.url)));
    for (const weight of [400, 700]) hash.update(await readFile(path.join(process.cwd(), FONT_DIR, `atkinson-hyperlegible-latin-${weight}-normal.woff`)));
    for (const pkg of ['satori', '@resvg/resvg-js']) hash.update(await readFile(path.join(process.cwd(), 'node_modules', pkg, 'package.json')));
    return hash.digest('hex');
  })();
  return rendererPromise;
}

const cacheKey = async (input: SocialImageInput) =>
  createHash('sha256')
    .update(await rendererFingerprint())
    .update(JSON.stringify([input.title, input.kicker ?? null, input.siteName]))
    .digest('hex');

/** Draws one image into the cache, written aside and renamed so an interrupted build never leaves half an image there. */
export async function drawIntoCache(input: SocialImageInput, file: string): Promise<void> {
  const png = await renderSocialImage(input);
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, png);
  await rename(partial, file);
}

/**
 * Draws the missing images, spread over one process per core: drawing is
 * CPU-bound and synchronous, so a single process would use one core.
 */
async function drawMissing(missing: readonly { input: SocialImageInput; file: string }[]): Promise<void> {
  await spreadOverCores(missing, {
    worker: fileURLToPath(new URL('./socialImageWorker.ts', import.meta.url)),
    name: 'Social images',
    // About 30 ms an image against about a second to start a process.
    minItemsPerProcess: 40,
    job: ({ input, file }) => drawIntoCache(input, file),
  });
}

/**
 * Writes each page's image to `outDir + socialImagePath(page.path)`. With
 * `cacheDir`, images drawn by an earlier build are reused (see
 * cachedImageFile) and `fromCache` says how many.
 */
export async function writeSocialImages(
  outDir: string,
  pages: readonly { readonly path: string; readonly title: string; readonly kicker?: string }[],
  siteName: string,
  options: { readonly cacheDir?: string } = {},
): Promise<{ count: number; bytes: number; fromCache?: number }> {
  const targets = new Map<string, string>();
  for (const page of pages) {
    const target = socialImagePath(page.path);
    const other = targets.get(target);
    if (other !== undefined) throw new Error(`Social images: ${other} and ${page.path} would both be written to ${target}.`);
    targets.set(target, page.path);
  }
  const inputs = pages.map((page): SocialImageInput => ({ title: page.title, siteName, ...(page.kicker ? { kicker: page.kicker } : {}) }));
  // With a cache: key every image by its content, draw only those not drawn before, then copy.
  const cached = new Map<number, string>();
  let fromCache = 0;
  if (options.cacheDir) {
    await mkdir(options.cacheDir, { recursive: true });
    const missing = new Map<string, { input: SocialImageInput; file: string }>();
    for (const [i, input] of inputs.entries()) {
      const file = path.join(options.cacheDir, `${await cacheKey(input)}.png`);
      cached.set(i, file);
      if (missing.has(file)) continue;
      if ((await stat(file).catch(() => undefined))?.size) fromCache++;
      else missing.set(file, { input, file });
    }
    await drawMissing([...missing.values()]);
  }
  let bytes = 0;
  const folders = new Set<string>();
  for (const [i, page] of pages.entries()) {
    const file = path.join(outDir, socialImagePath(page.path));
    if (!folders.has(path.dirname(file))) {
      await mkdir(path.dirname(file), { recursive: true });
      folders.add(path.dirname(file));
    }
    const source = cached.get(i);
    if (source) await copyFile(source, file);
    else await writeFile(file, await renderSocialImage(inputs[i]!));
    bytes += (await stat(file)).size;
  }
  return { count: pages.length, bytes, ...(options.cacheDir ? { fromCache } : {}) };
}
