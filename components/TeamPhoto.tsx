import { loadPractice } from '@/lib/practice/load';

/**
 * A team member's photo from the practice profile, or nothing while there is
 * none. A plain <img> with its size and alt text; the image pipeline can
 * replace the inside of this one component.
 */
export function TeamPhoto({ slug, className = 'team-photo mt-6' }: { slug: string; className?: string }) {
  const photo = loadPractice().team?.[slug]?.photo;
  if (!photo) return null;
  // A plain <img> on purpose: the export has no image optimiser, and the pages ship no runtime.
  // eslint-disable-next-line @next/next/no-img-element
  return <img src={photo.src} alt={photo.alt} width={photo.width} height={photo.height} className={className} loading="lazy" decoding="async" />;
}
