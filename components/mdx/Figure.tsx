import { existsSync } from 'node:fs';
import { publicPath } from '@/lib/images/read';
import { Picture } from '../Picture';
import { usage } from '@/lib/components/Figure.props';
import { attributesOf } from '@/lib/components/usage';

/**
 * `<Figure src="/images/drums.jpg" alt="Two people playing hand drums" caption="…" />`:
 * an image from public/, served as AVIF and WebP at a few widths with its real
 * width and height (components/Picture.tsx), so the page does not move as it loads.
 */
export function Figure(input: object) {
  const { src, alt, caption } = attributesOf('Figure', usage, input);
  if (!existsSync(publicPath(src))) throw new Error(`<Figure src="${src}">: there is no such file in public/`);
  return (
    <figure className="figure">
      <Picture src={src} alt={alt.trim()} />
      {caption?.trim() && <figcaption>{caption.trim()}</figcaption>}
    </figure>
  );
}
