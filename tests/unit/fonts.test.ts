import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SUBSET_LIST, usedCharacters, visibleCharacters } from '@/lib/fonts/subset';

describe('the site font subset', () => {
  it('holds every character the content and pages use', async () => {
    const subset = new Set(readFileSync(SUBSET_LIST, 'utf8').replace(/\n$/, ''));
    const missing = [...(await usedCharacters(process.cwd()))].filter((c) => !subset.has(c));
    expect(missing, `characters missing from public/fonts/ (run npm run fonts): ${missing.join(' ')}`).toEqual([]);
  });

  it('counts letters and punctuation, not line breaks', () => {
    expect([...visibleCharacters('a b\nc\t“d”')].sort()).toEqual([' ', 'a', 'b', 'c', 'd', '“', '”']);
  });
});
