/**
 * The corpus of broken content: each folder in tests/fixtures/content/ holds
 * one mistake, and <folder>.expected holds the exact lines `check:content`
 * must print for it. Adding a fault is adding a folder and its .expected file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runWithContent } from '../helpers/runScript';

const FIXTURES = 'tests/fixtures/content';

const faults = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.expected'))
  .map((f) => f.replace(/\.expected$/, ''))
  .sort();

describe.concurrent('check:content on the corpus of broken content', () => {
  it('has at least fifteen distinct faults', () => {
    expect(faults.length).toBeGreaterThanOrEqual(15);
  });

  it.each(faults)(
    '%s',
    async (fault) => {
      const expected = readFileSync(`${FIXTURES}/${fault}.expected`, 'utf8').trim().split('\n');
      const { code, output } = await runWithContent('scripts/check-content.ts', `${FIXTURES}/${fault}`);
      expect(code).toBe(1);
      expect(output.split('\n').filter((line) => line.startsWith(`${FIXTURES}/`))).toEqual(expected);
      expect(output).toContain('Nothing was published');
    },
    30_000,
  );

  it('passes a folder with no mistakes', async () => {
    const { code, output } = await runWithContent('scripts/check-content.ts', `${FIXTURES}/valid`);
    expect(output).toContain('Content is ready');
    expect(code).toBe(0);
  }, 30_000);
});
