/**
 * The works the site cites, keyed for `<Cite id="…" />` and
 * `<Quote source="…">` in MDX. One typed list, checked with zod when the
 * site builds; an unknown key in content stops the build.
 */
import { z } from 'zod';

const WorkSchema = z.strictObject({
  /** Family name as it appears in an in-text citation. */
  author: z.string().min(1),
  /** The reference-list form of the author, e.g. "Bruscia, K. E." */
  authorFull: z.string().min(1),
  year: z.number().int().min(1800).max(2100),
  title: z.string().min(1),
  /** Words after the author in the reference list, e.g. "(Ed.)". */
  role: z.string().optional(),
  publisher: z.string().min(1),
});

export type Work = z.infer<typeof WorkSchema>;

export const bibliography: Readonly<Record<string, Work>> = z.record(z.string().regex(/^[a-z]+\d{4}[a-z]?$/), WorkSchema).parse({
  bruscia1998a: {
    author: 'Bruscia',
    authorFull: 'Bruscia, K. E.',
    year: 1998,
    title: 'Defining Music Therapy',
    publisher: 'Barcelona Publishers',
  },
  bruscia1998b: {
    author: 'Bruscia',
    authorFull: 'Bruscia, K. E.',
    role: '(Ed.)',
    year: 1998,
    title: 'The Dynamics of Music Psychotherapy',
    publisher: 'Barcelona Publishers',
  },
});

export const bibliographyKeys = Object.keys(bibliography);

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

const CITATION = /<(?:Cite\b[^>]*\bid|Quote\b[^>]*\bsource)="([^"]*)"/g;

/** The bibliography keys an MDX body cites, in order of first use, with their 1-based line in the body. */
export function citedKeys(body: string): { key: string; line: number }[] {
  const found: { key: string; line: number }[] = [];
  body.split('\n').forEach((text, i) => {
    for (const match of text.matchAll(CITATION)) found.push({ key: match[1]!, line: i + 1 });
  });
  return found;
}
