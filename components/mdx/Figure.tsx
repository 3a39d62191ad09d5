import { existsSync } from 'node:fs';
import { Picture } from '../Picture';
import { publicPath } from '@/lib/images/read';

interface Props {
  /** Path of the image under public/, e.g. `/images/drums.jpg`. */
  src: string;
  /** What the image shows. Required: articles have no decorative images. */
  alt: string;
  caption?: string;
}

/**
 * `<Figure src="/images/drums.jpg" alt="Two people playing hand drums" caption="…" />`:
 * an image from public/, served by <Picture> in modern formats at the sizes
 * a screen needs, with its real width and height so the page does not move.
 */
export function Figure({ src, alt, caption }: Props) {
  if (typeof src !== 'string' || !src.startsWith('/') || src.split('/').includes('..')) {
    throw new Error(`<Figure src="${String(src)}"> must be a path under public/ that starts with /, e.g. /images/drums.jpg`);
  }
  if (typeof alt !== 'string' || alt.trim() === '') {
    throw new Error(`<Figure src="${src}"> needs alt="…" describing what the image shows`);
  }
  if (!existsSync(publicPath(src))) throw new Error(`<Figure src="${src}">: there is no such file in public/`);
  return (
    <figure className="figure">
      <Picture src={src} alt={alt.trim()} />
      {caption?.trim() && <figcaption>{caption.trim()}</figcaption>}
    </figure>
  );
}
