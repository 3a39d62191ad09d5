/**
 * The mark's sound waves, continued outward: arcs about one centre near the
 * note, ±40° either side, as the mark draws its own two. The home page's
 * picture (components/SoundWaves.tsx) and the band at the top of text pages
 * (components/WaveBand.tsx) both draw from here, so they stay one family.
 */

/** The centre of the waves in the mark's 48-unit box. */
export const WAVE_CENTRE = { x: 26.4, y: 30 } as const;

/** The mark's own two waves first, then wider ones, each a little further out. */
export const WAVE_RADII = [6.4, 11.4, 16.6, 22, 27.6, 33.4] as const;

/** The arc of radius `r` about `centre`, from 40° below to 40° above, opening away from the note. */
export function waveArc(r: number, centre: { x: number; y: number } = WAVE_CENTRE): string {
  const x = (centre.x + Math.cos((40 * Math.PI) / 180) * r).toFixed(2);
  const dy = Math.sin((40 * Math.PI) / 180) * r;
  return `M${x} ${(centre.y + dy).toFixed(2)}A${r} ${r} 0 0 0 ${x} ${(centre.y - dy).toFixed(2)}`;
}

/**
 * The band: a strip of notes, each with all its waves, spaced so the waves
 * have room and rising and falling a little, like a tune. Quiet: the whole
 * strip is drawn faint, and fainter towards its end, so it fades rather
 * than stops wherever the screen cuts it.
 */
/** `waves`: how many of the radii fit the strip's height, with the tune's rise and fall. */
export const BAND = { width: 1200, height: 48, period: 150, waves: 5 } as const;
const RISE = [0, -3, 2, -2, 3, -1, 1, -3] as const;

export interface BandNote {
  /** Where the note's box (the mark's 48 units) starts. */
  readonly x: number;
  readonly y: number;
  readonly opacity: number;
}

/** The notes of the band, left to right. */
export function bandNotes(): BandNote[] {
  const count = Math.ceil(BAND.width / BAND.period);
  return Array.from({ length: count }, (_, i) => ({
    x: i * BAND.period + 8,
    y: RISE[i % RISE.length]! - 6,
    opacity: Number(Math.max(0.2, 0.6 - i * 0.05).toFixed(2)),
  }));
}

/** Each wave fainter than the one inside it, as on the home page's picture. */
export const waveOpacity = (i: number) => Number(Math.max(0.2, 1 - i * 0.16).toFixed(2));
