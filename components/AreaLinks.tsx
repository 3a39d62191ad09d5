import Link from 'next/link';
import type { Area } from '@/lib/content';

/** A list of areas of well-being as links. */
export function AreaLinks({ areas }: { areas: readonly Area[] }) {
  return (
    <ul className="chip-list" data-pagefind-ignore="all">
      {areas.map((area) => (
        <li key={area.slug}>
          <Link href={area.url}>{area.title}</Link>
        </li>
      ))}
    </ul>
  );
}
