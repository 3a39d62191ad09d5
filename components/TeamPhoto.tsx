import { loadPractice } from '@/lib/practice/load';
import { Picture } from './Picture';

/** The width the photo shows at: a small round portrait in lists, else up to 20rem (sm:max-w-xs). */
const SIZES = { 'team-photo-small': '4rem', default: '(min-width: 40rem) 20rem, calc(100vw - 2rem)' } as const;

/**
 * A team member's photo from the practice profile, through the image
 * pipeline (AVIF and WebP at a few widths), or nothing while there is none.
 */
export function TeamPhoto({ slug, className = 'team-photo mt-6' }: { slug: string; className?: string }) {
  const photo = loadPractice().team?.[slug]?.photo;
  if (!photo) return null;
  const sizes = className.includes('team-photo-small') ? SIZES['team-photo-small'] : SIZES.default;
  return <Picture src={photo.src} alt={photo.alt} sizes={sizes} className={className} />;
}
