import { WAVE_CENTRE as CENTRE, WAVE_RADII as RADII, waveArc, waveOpacity } from '@/lib/brand/waves';
import { MarkNote } from './Logo';

/**
 * The site's own picture, drawn from the mark (lib/brand/mark.ts, waves.ts): its note,
 * with the sound waves carrying on past the disc, fading as they go. Pure
 * decoration in the page's colours, so light and dark schemes both suit it;
 * hidden from assistive technology.
 */
export function SoundWaves({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 64 60" className={className} aria-hidden="true" focusable="false">
      <circle cx={CENTRE.x - 2.4} cy={CENTRE.y - 6} r="16" className="sound-waves-disc" />
      <MarkNote className="sound-waves-note" />
      <g className="sound-waves-lines" fill="none" strokeWidth="2.2" strokeLinecap="round">
        {RADII.map((r, i) => (
          <path key={r} d={waveArc(r)} opacity={waveOpacity(i)} />
        ))}
      </g>
    </svg>
  );
}
