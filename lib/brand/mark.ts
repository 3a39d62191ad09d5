/**
 * The practice's mark, drawn once here: a note with two sound waves in a
 * circle. The header (components/Logo.tsx), the site icon (public/icon.svg,
 * written by `npm run brand`) and the social images all draw it from these
 * shapes, so it cannot drift between them.
 */
export const MARK_VIEWBOX = '0 0 48 48';

export const BRAND_COLOURS = { accent: '#0d5c61', paper: '#fbf8f3', ink: '#1d2327', muted: '#48535c', wash: '#e4efec' } as const;

/** Shapes drawn in the paper colour on the accent disc. */
export const MARK_SHAPES = {
  head: { cx: 17.5, cy: 31, rx: 5.6, ry: 4.3, rotate: -22 },
  stem: 'M21.4 31V12.6a1.4 1.4 0 0 1 2.8 0V31z',
  flag: 'M22.6 12.2c5 1.1 8.6 4.6 8 10.4-1.7-3-4.5-4.5-8-4.8z',
  waves: ['M30.5 34.2a6.4 6.4 0 0 0 0-8.4', 'M34.6 37.6a11.4 11.4 0 0 0 0-15.2'],
} as const;

/** The mark as a standalone SVG document (for files and satori). */
export function markSvg({
  accent = BRAND_COLOURS.accent,
  paper = BRAND_COLOURS.paper,
  title,
}: { accent?: string; paper?: string; title?: string } = {}): string {
  const { head, stem, flag, waves } = MARK_SHAPES;
  const label = title ? ` role="img" aria-label="${title}"` : '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${MARK_VIEWBOX}" width="48" height="48"${label}>`,
    `<circle cx="24" cy="24" r="24" fill="${accent}"/>`,
    `<g fill="${paper}"><ellipse cx="${head.cx}" cy="${head.cy}" rx="${head.rx}" ry="${head.ry}" transform="rotate(${head.rotate} ${head.cx} ${head.cy})"/><path d="${stem}"/><path d="${flag}"/></g>`,
    `<g fill="none" stroke="${paper}" stroke-width="2.6" stroke-linecap="round">${waves.map((d) => `<path d="${d}"/>`).join('')}</g>`,
    '</svg>',
  ].join('');
}
