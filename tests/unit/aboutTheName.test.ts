/**
 * Who "Tiffany" is (issue 17): an optional profile line, shown in the
 * practice's words when the profile gives it and left out entirely when it
 * does not (no "not published" sentence for an optional fact); refused when
 * it runs longer than a sentence or two.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { AboutTheName } from '@/components/practice/AboutTheName';
import { formatProblem } from '@/lib/diagnostics/format';
import { checkPractice } from '@/lib/practice/check';
import { NOT_PUBLISHED } from '@/lib/practice/describe';
import { fieldExamples, PracticeSchema } from '@/lib/practice/schema';

const FILE = 'content/practice.yaml';
const full = readFileSync('tests/fixtures/practice/full.yaml', 'utf8');
const empty = readFileSync('tests/fixtures/practice/empty.yaml', 'utf8');
const aboutName = PracticeSchema.parse(parse(full)).site.aboutName!;

/** Renders the line as the build would, with `profile` as the content folder's practice.yaml. */
function render(profile: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'about-name-'));
  writeFileSync(path.join(dir, 'practice.yaml'), profile);
  process.env.CONTENT_DIR = dir;
  return renderToStaticMarkup(createElement(AboutTheName, { className: 'mt-4' }));
}
const previousContentDir = process.env.CONTENT_DIR;
afterEach(() => {
  if (previousContentDir === undefined) delete process.env.CONTENT_DIR;
  else process.env.CONTENT_DIR = previousContentDir;
});

describe('who Tiffany is', () => {
  it('is one line in the practice’s words when the profile gives it', () => {
    expect(aboutName).toBeTruthy();
    const html = render(full);
    expect(html).toMatch(/^<p class="mt-4" data-about-name="">[^<]+<\/p>$/);
    expect(html).toContain(aboutName);
  });

  it('is left out entirely when the profile does not, with no “not published” sentence', () => {
    expect(PracticeSchema.parse(parse(empty)).site.aboutName).toBeUndefined();
    const html = render(empty);
    expect(html).toBe('');
    expect(html).not.toContain(NOT_PUBLISHED);
  });

  it('is refused at its line when it runs past one or two sentences, with an example', () => {
    const long = `  aboutName: "${'A sentence about the name that goes on. '.repeat(10).trim()}"`;
    const text = full.replace(/^ {2}aboutName: .*$/m, long);
    expect(text).not.toBe(full);
    const problems = checkPractice(text, FILE, { publicFiles: new Set(['/icon.svg']), teamSlugs: ['kaitlyn-kasha'] }).problems.map(formatProblem);
    const line = text.split('\n').indexOf(long) + 1;
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^${FILE}:${line}: site\\.aboutName: is \\d+ characters long; it must be at most 300`))]);
    expect(problems[0]).toContain(fieldExamples['site.aboutName']);
  });
});
