/**
 * The works the site cites, from content/bibliography.yaml, keyed for
 * `<Cite id="…" />` and `<Quote source="…">` in MDX. The content check
 * reports a mistake in the file at its line; here it stops the build.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { BIBLIOGRAPHY_FILE, parseBibliography, type Work } from './content/bibliographyFile';
import { contentDir } from './content/location';
import { formatProblem } from './diagnostics/format';

export type { Work };

function loadBibliography(): Readonly<Record<string, Work>> {
  const file = path.join(contentDir(), BIBLIOGRAPHY_FILE);
  if (!existsSync(file)) return {};
  const { works, problems } = parseBibliography(readFileSync(file, 'utf8'), file);
  if (problems.length > 0) throw new Error(problems.map(formatProblem).join('\n'));
  return works;
}

export const bibliography: Readonly<Record<string, Work>> = loadBibliography();

/** The work for a key; the content check has made sure it exists. */
export function workFor(key: string, where: string): Work {
  const work = bibliography[key];
  if (!work) throw new Error(`${where} “${key}” is not in ${contentDir()}/${BIBLIOGRAPHY_FILE}`);
  return work;
}

/**
 * The in-text form, e.g. "(Bruscia, 1998, p. 214)"; without parentheses when
 * `bare`. `year` is the year as the page's reference list labels it ("1998a").
 */
export function inTextCitation(work: Work, page?: string, bare = false, year: string = String(work.year)): string {
  const text = `${work.author}, ${year}${page ? `, ${/[-–]/.test(page) ? 'pp.' : 'p.'} ${page}` : ''}`;
  return bare ? text : `(${text})`;
}

/**
 * APA's labels for a page's reference list: works by the same author in the
 * same year become 1998a, 1998b (in reference-list order); any other work
 * keeps its plain year.
 */
export function yearLabels(keys: readonly string[]): Map<string, string> {
  const works = sortedWorks(keys);
  const labels = new Map<string, string>();
  for (const { key, work } of works) {
    const twins = works.filter((w) => w.work.authorFull === work.authorFull && w.work.year === work.year);
    const index = twins.findIndex((w) => w.key === key);
    labels.set(key, twins.length > 1 ? `${work.year}${String.fromCharCode(97 + index)}` : String(work.year));
  }
  return labels;
}

/** Reference-list entries in APA order: by author, then year, then title. */
export function sortedWorks(keys: readonly string[]): { key: string; work: Work }[] {
  return [...new Set(keys)]
    .map((key) => ({ key, work: bibliography[key]! }))
    .filter(({ work }) => work !== undefined)
    .sort((a, b) => a.work.authorFull.localeCompare(b.work.authorFull) || a.work.year - b.work.year || a.work.title.localeCompare(b.work.title));
}
