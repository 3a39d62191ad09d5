import { readFileSync } from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import { usage } from './Figure.props';
import { attributesOf } from './usage';

/** EXIF orientations 5 to 8 turn the picture a quarter, so the browser shows it with width and height swapped. */
function displayedSize(file: Buffer): { width: number; height: number } {
  const { width, height, orientation } = imageSize(file);
  return orientation !== undefined && orientation >= 5 ? { width: height, height: width } : { width, height };
}

/**
 * `<Figure src="/images/drums.jpg" alt="Two people playing hand drums" caption="…" />`:
 * an image from public/ with its real width and height read at build time,
 * so the page does not move as it loads.
 */
export function Figure(input: object) {
  const { src, alt, caption } = attributesOf('Figure', usage, input);
  let size: { width: number; height: number };
  try {
    size = displayedSize(readFileSync(path.join(process.cwd(), 'public', decodeURI(src))));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'there is no such file in public/' : `its size cannot be read (${(error as Error).message})`;
    throw new Error(`<Figure src="${src}">: ${reason}`);
  }
  return (
    <figure>
      {/* eslint-disable-next-line @next/next/no-img-element -- a static export with unoptimized images: next/image would add nothing but script */}
      <img src={src} alt={alt} width={size.width} height={size.height} loading="lazy" decoding="async" style={{ height: 'auto' }} className="rounded-md" />
      {caption && <figcaption>{caption}</figcaption>}
    </figure>
  );
}
