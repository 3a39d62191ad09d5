/**
 * The corpus of broken content: each folder in tests/fixtures/content/ holds
 * one mistake, and <folder>.expected holds where `check:content` reports it
 * and which rule: `path:line: field: rule` (the wording of each rule is
 * asserted once, in messages.test.ts). Adding a fault is adding a folder and
 * its .expected file. The script itself is run as a writer runs it on a few
 * folders: the lines it prints, its exit code, and the GitHub format.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content/check';
import { readContentFolder, readSiteContext } from '@/lib/content/readFolder';
import { formatGithub, formatProblem } from '@/lib/diagnostics/format';
import { runWithContent } from '../helpers/runScript';
import { located } from './helpers/problems';

const FIXTURES = 'tests/fixtures/content';

const faults = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.expected'))
  .map((f) => f.replace(/\.expected$/, ''))
  .sort();

async function checked(fault: string) {
  return checkContent(await readContentFolder(`${FIXTURES}/${fault}`), await readSiteContext());
}

describe('check:content on the corpus of broken content', () => {
  it('has at least fifteen distinct faults', () => {
    expect(faults.length).toBeGreaterThanOrEqual(15);
  });

  it.each(faults)('%s', async (fault) => {
    const expected = readFileSync(`${FIXTURES}/${fault}.expected`, 'utf8').trim().split('\n');
    expect((await checked(fault)).problems.map(located)).toEqual(expected);
  });

  it('prints each problem as path:line: field: problem (fix), and exits 1', async () => {
    const fault = 'misspelt-field';
    const { code, output } = await runWithContent('scripts/check-content.ts', `${FIXTURES}/${fault}`);
    expect(code).toBe(1);
    const printed = output.split('\n').filter((line) => line.startsWith(`${FIXTURES}/`));
    expect(printed).toEqual((await checked(fault)).problems.map(formatProblem));
    expect(output).toContain('Nothing was published');
  }, 60_000);

  it('prints GitHub annotations with --format github, warnings as warnings', async () => {
    for (const fault of ['misspelt-field', 'credentials-wrong-order']) {
      const { output } = await runWithContent('scripts/check-content.ts', `${FIXTURES}/${fault}`, ['--format', 'github']);
      const result = await checked(fault);
      const expected = [...result.warnings.map((w) => formatGithub(w, 'warning')), ...result.problems.map((p) => formatGithub(p, 'error'))];
      expect(expected.length).toBeGreaterThan(0);
      expect(output.split('\n').filter((line) => line.startsWith('::'))).toEqual(expected);
    }
  }, 60_000);

  it('passes a folder with no mistakes', async () => {
    const { code, output } = await runWithContent('scripts/check-content.ts', `${FIXTURES}/valid`);
    expect(output).toContain('Content is ready');
    expect(code).toBe(0);
  }, 60_000);
});
