import { RASTER_IMAGE, fallbackVariant, srcSet } from '@/lib/images/plan';
import { readImagePlan } from '@/lib/images/read';

interface Props {
  /** Path of the image under public/, e.g. `/images/team/kaitlyn.jpg`. */
  src: string;
  /** What the image shows; "" only for an image that is purely decorative. */
  alt: string;
  /** How wide the image shows, for the browser to choose a file: the default suits the content column. */
  sizes?: string;
  /** True for an image in the first screen (a profile photo at the top): loaded at once, not lazily. */
  eager?: boolean;
  className?: string;
}

/** The content column is at most 44rem wide; on phones the image spans the screen less the gutters. */
const COLUMN_SIZES = '(min-width: 48rem) 44rem, calc(100vw - 2rem)';

/**
 * Any image on the site: `<Picture src="/images/x.jpg" alt="…" />`. At
 * build time the image becomes AVIF and WebP at a few widths
 * (scripts/lib/images.ts); this names them in a <picture> with srcset,
 * sizes, width and height, so the page does not move as it loads and a
 * phone downloads no more than it shows. The original is never linked.
 * In `npm run dev` the variants are not made, so the original is shown.
 */
export function Picture({ src, alt, sizes = COLUMN_SIZES, eager = false, className }: Props) {
  const loading = eager ? 'eager' : 'lazy';
  const plan = readImagePlan(src);
  if (!RASTER_IMAGE.test(src) || process.env.NODE_ENV === 'development') {
    // eslint-disable-next-line @next/next/no-img-element -- a static export: next/image would add script and nothing else
    return <img src={src} alt={alt} width={plan.width} height={plan.height} loading={loading} decoding="async" className={className} />;
  }
  const fallback = fallbackVariant(plan);
  return (
    <picture>
      <source type="image/avif" srcSet={srcSet(plan, 'avif')} sizes={sizes} />
      <source type="image/webp" srcSet={srcSet(plan, 'webp')} sizes={sizes} />
      <img
        src={fallback.url}
        alt={alt}
        width={plan.width}
        height={plan.height}
        loading={loading}
        decoding="async"
        fetchPriority={eager ? 'high' : undefined}
        className={className}
      />
    </picture>
  );
}
