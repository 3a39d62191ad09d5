import Link from 'next/link';
import type { Experience } from '@/lib/content';

/** The kinds of music experience as cards with their one-line descriptions. */
export function ExperienceCards({ experiences, headingLevel = 2 }: { experiences: readonly Experience[]; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <ul className="card-grid">
      {experiences.map((experience) => (
        <li key={experience.slug} className="card">
          <Heading className="text-lg font-semibold">
            <Link href={experience.url}>{experience.title}</Link>
          </Heading>
          <p className="mt-2">{experience.description}</p>
        </li>
      ))}
    </ul>
  );
}
