import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
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
