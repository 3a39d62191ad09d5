import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SoundWaves } from '@/components/SoundWaves';
import { WaveBand } from '@/components/WaveBand';
import { BAND, bandNotes, WAVE_CENTRE, WAVE_RADII, waveOpacity } from '@/lib/brand/waves';
import { icoFromPng } from '@/lib/brand/ico';
import { markSvg } from '@/lib/brand/mark';
import { site } from '@/lib/site';

describe('the mark', () => {
  it('public/icon.svg is the current drawing (run npm run brand after changing lib/brand/mark.ts)', () => {
    expect(readFileSync('public/icon.svg', 'utf8').trim()).toBe(markSvg({ title: site.name }));
  });

  it('names itself when it stands alone, and is decorative by default', () => {
    expect(markSvg({ title: 'X' })).toContain('role="img" aria-label="X"');
    expect(markSvg()).not.toContain('role=');
  });

  it('wraps a PNG in an ICO header that points at it', () => {
    const png = Buffer.from('89504e470d0a1a0a', 'hex');
    const ico = icoFromPng(png, 32);
    expect([ico.readUInt16LE(2), ico.readUInt16LE(4), ico[6], ico.readUInt32LE(14), ico.readUInt32LE(18)]).toEqual([1, 1, 32, png.length, 22]);
    expect(ico.subarray(22)).toEqual(png);
  });
});

describe('the pictures drawn from the mark', () => {
  const band = renderToStaticMarkup(createElement(WaveBand));
  const hero = renderToStaticMarkup(createElement(SoundWaves, { className: 'hero-art' }));

  it('are decoration only: hidden from assistive technology, with no text, link, image or motion in them', () => {
    for (const svg of [band, hero]) {
      expect(svg).toMatch(/^<(div|svg)[^>]* aria-hidden="true"/);
      expect(svg).not.toMatch(/<(title|desc|text|a|image|img|animate\w*|set|script|style)\b/);
      expect(svg).not.toMatch(/\b(role|alt|href|style)=/);
    }
  });

  it('draw their waves with the mark’s own: the band’s waves are the home picture’s first ones', () => {
    const arcs = (svg: string) => [...svg.matchAll(/<path d="(M[^"]+A[^"]+)"/g)].map((m) => m[1]);
    const bandArcs = new Set(arcs(band));
    expect(bandArcs.size).toBe(BAND.waves);
    expect([...bandArcs]).toEqual(arcs(hero).slice(0, BAND.waves));
  });

  it('keeps every wave of the band inside its strip, however the tune rises and falls', () => {
    const reach = WAVE_RADII[BAND.waves - 1]! * Math.sin((40 * Math.PI) / 180) + 1.1; // half the stroke
    for (const { y } of bandNotes()) {
      expect(WAVE_CENTRE.y + y - reach).toBeGreaterThanOrEqual(0);
      expect(WAVE_CENTRE.y + y + reach).toBeLessThanOrEqual(BAND.height);
    }
  });

  it('fades the band along its length and each set of waves outward, so wherever a screen cuts it, it fades', () => {
    const faded = (values: number[]) => values.every((v, i) => i === 0 || v <= values[i - 1]!);
    const notes = bandNotes();
    expect(notes.length * BAND.period).toBeGreaterThanOrEqual(BAND.width);
    expect(faded(notes.map((n) => n.opacity))).toBe(true);
    expect(notes.at(-1)!.opacity).toBeLessThan(notes[0]!.opacity);
    expect(faded(WAVE_RADII.map((_, i) => waveOpacity(i)))).toBe(true);
  });
});
