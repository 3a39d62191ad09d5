import { BAND, bandNotes, WAVE_RADII, waveArc, waveOpacity } from '@/lib/brand/waves';
import { MarkNote } from './Logo';

/**
 * A quiet band at the top of a page that is only text: the mark's note and
 * its first waves, repeated along a strip (lib/brand/waves.ts). Pure
 * decoration in the page's colours, so it suits both colour schemes; hidden
 * from assistive technology; its box is sized in CSS, so nothing moves as
 * the page loads, and nothing in it moves at all.
 */
export function WaveBand() {
  const waves = WAVE_RADII.slice(0, BAND.waves).map((r) => waveArc(r));
  return (
    <div className="wave-band" aria-hidden="true">
      <svg viewBox={`0 0 ${BAND.width} ${BAND.height}`} preserveAspectRatio="xMinYMid slice" focusable="false">
        {bandNotes().map(({ x, y, opacity }) => (
          <g key={x} transform={`translate(${x} ${y})`} opacity={opacity}>
            <MarkNote className="wave-band-note" />
            <g className="wave-band-lines" fill="none" strokeWidth="2.2" strokeLinecap="round">
              {waves.map((d, i) => (
                <path key={d} d={d} opacity={waveOpacity(i)} />
              ))}
            </g>
          </g>
        ))}
      </svg>
    </div>
  );
}
