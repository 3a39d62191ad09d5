import { loadPractice } from '@/lib/practice/load';

/**
 * Who or what "Tiffany" is, in the practice's own words (`site.aboutName`),
 * as one line. An optional fact, so without it nothing is shown and nothing
 * is said to be missing.
 */
export function AboutTheName({ className }: { className?: string }) {
  const aboutName = loadPractice().site.aboutName;
  if (!aboutName) return null;
  return (
    <p className={className} data-about-name="">
      {aboutName}
    </p>
  );
}
