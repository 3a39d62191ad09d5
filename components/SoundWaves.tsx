import { MARK_SHAPES } from '@/lib/brand/mark';

/** The mark's waves, continued outward: arc `i` of radius r, ±40° about the note (the mark's own two are the first). */
const CENTRE = { x: 26.4, y: 30 } as const;
function wave(r: number): string {
  const x = CENTRE.x + 0.766 * r;
  const dy = 0.643 * r;
  return `M${x.toFixed(2)} ${(CENTRE.y + dy).toFixed(2)}A${r} ${r} 0 0 0 ${x.toFixed(2)} ${(CENTRE.y - dy).toFixed(2)}`;
}
const RADII = [6.4, 11.4, 16.6, 22, 27.6, 33.4] as const;

/**
 * The site's own picture, drawn from the mark (lib/brand/mark.ts): its note,
 * with the sound waves carrying on past the disc, fading as they go. Pure
 * decoration in the page's colours, so light and dark schemes both suit it;
 * hidden from assistive technology.
 */
export function SoundWaves({ className }: { className?: string }) {
  const { head, stem, flag } = MARK_SHAPES;
  return (
    <svg viewBox="0 0 64 60" className={className} aria-hidden="true" focusable="false">
      <circle cx={CENTRE.x - 2.4} cy={CENTRE.y - 6} r="16" className="sound-waves-disc" />
      <g className="sound-waves-note">
        <ellipse cx={head.cx} cy={head.cy} rx={head.rx} ry={head.ry} transform={`rotate(${head.rotate} ${head.cx} ${head.cy})`} />
        <path d={stem} />
        <path d={flag} />
      </g>
      <g className="sound-waves-lines" fill="none" strokeWidth="2.2" strokeLinecap="round">
        {RADII.map((r, i) => (
          <path key={r} d={wave(r)} opacity={Math.max(0.2, 1 - i * 0.16)} />
        ))}
      </g>
    </svg>
  );
}
