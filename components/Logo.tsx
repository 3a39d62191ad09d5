import Link from 'next/link';
import { MARK_SHAPES, MARK_VIEWBOX } from '@/lib/brand/mark';
import { routes } from '@/lib/routes';
import { site } from '@/lib/site';

/** The mark's note (head, stem, flag) as SVG shapes, for every picture drawn from the mark; its colour comes from the class. */
export function MarkNote({ className }: { className: string }) {
  const { head, stem, flag } = MARK_SHAPES;
  return (
    <g className={className}>
      <ellipse cx={head.cx} cy={head.cy} rx={head.rx} ry={head.ry} transform={`rotate(${head.rotate} ${head.cx} ${head.cy})`} />
      <path d={stem} />
      <path d={flag} />
    </g>
  );
}

/** The mark alone, decorative: its colours follow the scheme (accent disc, paper-coloured note). */
export function Mark({ className = 'mark' }: { className?: string }) {
  return (
    <svg viewBox={MARK_VIEWBOX} className={className} aria-hidden="true" focusable="false">
      <circle cx="24" cy="24" r="24" className="mark-disc" />
      <MarkNote className="mark-note" />
      <g className="mark-waves">
        {MARK_SHAPES.waves.map((d) => (
          <path key={d} d={d} />
        ))}
      </g>
    </svg>
  );
}

/**
 * The wordmark: the mark beside the practice's name, set in two lines
 * ("Tiffany" over "Music Therapy") so it fits one header row on a phone.
 * The link's accessible name is the whole name.
 */
export function Logo() {
  const [first, ...rest] = site.name.split(' ');
  return (
    <Link href={routes.home} className="logo" data-nav="">
      <Mark />
      <span className="logo-words">
        <span className="logo-first">{first}</span> <span className="logo-rest">{rest.join(' ')}</span>
      </span>
    </Link>
  );
}
