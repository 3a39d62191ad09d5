/**
 * Reading an image under public/ at build time: its bytes, displayed size
 * (EXIF rotation applied) and plan. Used by <Picture> and check:content.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import { contentHash, planImage, type ImageFacts, type ImagePlan } from './plan';

const PUBLIC_DIR = 'public';

export function publicPath(src: string, publicDir = path.join(process.cwd(), PUBLIC_DIR)): string {
  if (!src.startsWith('/') || src.split('/').includes('..')) throw new Error(`${src} is not a path under public/ starting with /`);
  return path.join(publicDir, decodeURI(src));
}

/** EXIF orientations 5 to 8 turn the picture a quarter, so it shows with width and height swapped. */
export function displayedSize(file: Uint8Array): { width: number; height: number } {
  const { width, height, orientation } = imageSize(file);
  return orientation !== undefined && orientation >= 5 ? { width: height, height: width } : { width, height };
}

/** Width, height and bytes of an image, or undefined when it cannot be read (a missing file is reported elsewhere). */
export function readImageFacts(src: string, publicDir?: string): ImageFacts | undefined {
  try {
    const file = publicPath(src, publicDir);
    const bytes = statSync(file).size;
    return { ...displayedSize(readFileSync(file)), bytes };
  } catch {
    return undefined;
  }
}

export function readImagePlan(src: string, publicDir?: string): ImagePlan {
  const file = readFileSync(publicPath(src, publicDir));
  return planImage(src, displayedSize(file), contentHash(file));
}
