/**
 * The one place the wording of the checks' messages is asserted: one example
 * of each rule (the corpus of broken content in tests/fixtures/content/, and
 * the examples below for rules the corpus does not show), printed as
 * `check:content` prints them, compared with tests/unit/golden/messages.txt.
 * A changed message fails here; after reading the new wording, update the
 * file with `npx vitest run tests/unit/messages.test.ts -u` (and the staff
 * guide if it quotes the message). Every other test asserts file, line,
 * field and rule.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBibliography } from '@/lib/content/bibliographyFile';
import { checkContent } from '@/lib/content/check';
import { checkBody } from '@/lib/content/checks/body';
import type { BodyContext } from '@/lib/content/checks/types';
import { readContentFolder, readSiteContext } from '@/lib/content/readFolder';
import { formatProblem } from '@/lib/diagnostics/format';
import type { Problem } from '@/lib/diagnostics/problem';
import { checkPractice } from '@/lib/practice/check';
import { mdxFile, sourceFile } from './helpers/problems';

const FIXTURES = 'tests/fixtures/content';
const GOLDEN = './golden/messages.txt';

const bodyContext: BodyContext = {
  targets: new Map<string, ReadonlySet<string>>([
    ['/', new Set()],
    ['/experiences/receptive/', new Set(['examples'])],
  ]),
  publicFiles: new Set(['/images/drums.jpg', '/audio/drum-circle.mp3']),
  bibliographyKeys: ['bruscia1998a'],
  abbreviations: ['MTA'],
};

const DENSE =
  'Psychotherapeutic relationships characteristically necessitate considerable interpersonal collaboration, ' +
  'continuous collaborative negotiation of therapeutic objectives, and sophisticated multidimensional evaluation of developmental considerations.';

/** Bodies showing the rules the corpus does not, one each. */
const bodies: readonly string[] = [
  'import x from "y"',
  '<h1>Title</h1>',
  '## A\n\n#### Deep',
  '[drums](/experiences/receptiv/)',
  '[examples](/experiences/receptive/#exampels)',
  '[notes](/files/notes.pdf)',
  '[here](#nowhere)',
  '[nothing]()',
  '[docs](www.example.org/docs)',
  '![Drums](images/drums.jpg)',
  '![Drums]()',
  '<img src="/images/drums.jpg" />',
  '<Audio src="https://example.org/a.mp3" title="A drum circle" transcript="We play." />',
  '<Audio src="/audio/drum-circl.mp3" title="A drum circle" transcript="We play." />',
  'Text <Callout type="note">inline</Callout> here.',
  '<Figure {...props} src="/images/drums.jpg" alt="Drums" />',
  '<Figure src="/images/drums.jpg" alt="Drums" caption="Drums" colour="red" />',
  '<Figure alt="Drums" />',
  '<Figure src={true} alt="Drums" />',
  '<Quote source="bruscia1998a"></Quote>',
  '<CrisisNotice>Words</CrisisNotice>',
  '<Abbr>MTX</Abbr>',
  '<Audio src="/audio/drum-circle.mp3" title="">We play.</Audio>',
  '<Audio title="A drum circle">We play.</Audio>',
  '### A first heading too deep',
];

async function exampleProblems(): Promise<Problem[]> {
  const person = mdxFile('team/ann.mdx', ['name: Ann Example', 'role: Music therapist', 'credentials: [RP, RP-Q]']);
  const doctor = mdxFile('team/bo.mdx', ['name: Bo Example', 'role: Music therapist', 'credentials: [Dr., MTA]']);
  const folder = await checkContent([
    person,
    doctor,
    mdxFile('glossary/mta.mdx', ['term: Music Therapist Accredited', 'abbreviation: M.T.A.', 'definition: The certification for music therapists in Canada.']),
    mdxFile('home/welcome.mdx', ['title: Welcome', 'description: A second home page file, which the site would not read.']),
    mdxFile('sections/blogg.mdx', ['title: Blog', 'description: The introduction of a section the site does not have.']),
    mdxFile('faq/fees.mdx', ['question: What does it cost?', 'order: 1', 'answerFrom: fess']),
    mdxFile(
      'posts/a.mdx',
      ['title: Hello there', 'description: A fixture article that exists only to test the content checks.', 'date: 2026-01-15', 'author: ann', 'areas: [""]'],
      'TODO write this.',
    ),
    mdxFile(
      'posts/dense.mdx',
      [
        'title: Dense words',
        'description: A fixture article that exists only to test the reading level warning.',
        'date: 2026-01-15',
        'author: ann',
        'lastReviewed: 2020-01-15',
      ],
      DENSE,
    ),
    mdxFile('posts/reviewer.mdx', [
      'title: Reviewed by whom',
      'description: A fixture article that exists only to test a reviewer named without a review date.',
      'date: 2026-01-15',
      'reviewedBy: ann',
    ]),
    mdxFile('levels/one.mdx', ['title: Words first', 'description: A fixture level that exists only to test the content checks of numbers.', 'order: 7']),
    mdxFile('levels/two.mdx', ['title: Words first again', 'description: A fixture level that exists only to test the content checks of numbers.', 'order: 7']),
    sourceFile('notes.mdx', ''),
  ]);
  const body = (await Promise.all(bodies.map((text) => checkBody({ file: 'content/posts/b.mdx', body: text, bodyStartLine: 8 }, bodyContext)))).flat();
  const profile = checkPractice('contact:\n  phone: 555-01\n  emial: hello@example.org\nfees:\n  earlyPaymentDiscount: 10\n', 'content/practice.yaml', {
    publicFiles: new Set(),
    teamSlugs: [],
  }).problems;
  const team = checkPractice(
    'site:\n  name: Example Practice\n  description: A fixture profile that exists only to test the checks across the team.\n  region: Ontario, Canada\nteam:\n  ann:\n    availability:\n      status: accepting\n      updated: 2026-11-20\n      wait: about six weeks\n    supervisor:\n      name: Sam Example\n',
    'content/practice.yaml',
    { publicFiles: new Set(), teamSlugs: ['ann'], supervisedSlugs: [] },
  ).problems;
  const bibliography = [
    ...parseBibliography(
      'bruscia1998a:\n  author: Bruscia\n  authorFull: "Bruscia, K. E."\n  year: 3000\n  title: Defining\n  publisher: Barcelona\nBruscia:\n  author: x\n',
      'content/bibliography.yaml',
    ).problems,
    ...parseBibliography('bruscia1998a: [unclosed\n', 'content/bibliography.yaml').problems,
  ];
  return [...folder.problems, ...folder.warnings, ...body, ...profile, ...team, ...bibliography];
}

async function corpusProblems(): Promise<Problem[]> {
  const site = await readSiteContext();
  const folders = readdirSync(FIXTURES, { withFileTypes: true }).filter((e) => e.isDirectory() && e.name !== 'valid');
  const results = await Promise.all(folders.map(async (e) => checkContent(await readContentFolder(`${FIXTURES}/${e.name}`), site)));
  return results.flatMap((r) => [...r.problems, ...r.warnings]);
}

/** The first example of each rule (of each component, for a component's rules), as `check:content` prints it, under its rule. */
function oneOfEach(problems: readonly Problem[]): string[] {
  const seen = new Map<string, string>();
  for (const p of problems) {
    const key = `${p.rule} ${p.field === 'component' ? (/^<(\w+)/.exec(p.message)?.[1] ?? '') : ''}`;
    if (!seen.has(key)) seen.set(key, `${p.rule}\n  ${formatProblem(p)}`);
  }
  return [...seen.keys()].sort().map((key) => seen.get(key)!);
}

describe('the wording of every rule', () => {
  it('is the wording in the golden file', async () => {
    const lines = oneOfEach([...(await corpusProblems()), ...(await exampleProblems())]);
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot(GOLDEN);
  }, 60_000);

  it('has an example of every rule the checks name', () => {
    // The rules written out in full in lib/; rules built from a zod issue's kind are shown by their examples above.
    const sources = readdirSync('lib', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const named = new Set(sources.flatMap((f) => [...readFileSync(`lib/${f}`, 'utf8').matchAll(/rule: '([a-z]+\.[a-z-]+)'/g)].map((m) => m[1]!)));
    const golden = readFileSync(`tests/unit/golden/messages.txt`, 'utf8');
    // The launch check's gaps are worded in tests/unit/practice.test.ts, against the empty and full profiles;
    // frontmatter.invalid is the fallback for an issue about a field the table does not have, which zod's strict objects never raise.
    const unshown = new Set(['launch.gap', 'launch.unanswered-question', 'frontmatter.invalid']);
    const missing = [...named].filter((rule) => !unshown.has(rule) && !golden.includes(`\n${rule}\n`) && !golden.startsWith(`${rule}\n`));
    expect(missing).toEqual([]);
  });
});
