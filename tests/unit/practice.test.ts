/**
 * The practice profile: the full fixture passes; each kind of bad value is
 * refused at its own line with a fix; the launch check names every missing
 * launch value on an empty profile and none on the full one.
 */
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content/check';
import { documentTypes } from '@/lib/content/schema';
import { formatProblem } from '@/lib/diagnostics/format';
import { checkPractice } from '@/lib/practice/check';
import { answeredQuestions, practiceAnswer, telHref } from '@/lib/practice/describe';
import { practiceTopics } from '@/lib/practice/topics';
import { buildDay } from '@/lib/practice/availability';
import { launchGaps } from '@/lib/practice/launch';
import { withAvailabilityUpdated } from '../helpers/profile';

const FILE = 'content/practice.yaml';
// The availability date set to today, so the launch check finds it fresh on any day.
const full = withAvailabilityUpdated(readFileSync('tests/fixtures/practice/full.yaml', 'utf8'), buildDay());
const context = { publicFiles: new Set(['/icon.svg']), teamSlugs: ['kaitlyn-kasha'] };
const lineOfText = (text: string, needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;

function problemsFor(text: string) {
  return checkPractice(text, FILE, context).problems.map(formatProblem);
}

/** The full fixture with one line replaced, and the problems it gives. */
function withFault(find: string, replace: string) {
  expect(full).toContain(find);
  const text = full.replace(find, replace);
  return { text, problems: problemsFor(text), line: lineOfText(text, replace.trim().split('\n').at(-1)!) };
}

describe('the practice profile check', () => {
  it('accepts the full fixture and the real, nearly empty profile', () => {
    expect(problemsFor(full)).toEqual([]);
    expect(checkPractice(full, FILE, context).practice?.contact?.email).toBe('hello@example.org');
    expect(checkPractice(readFileSync('content/practice.yaml', 'utf8'), FILE, context).problems).toEqual([]);
  });

  it.each([
    [
      'an http booking link',
      'bookingUrl: https://booking.example.org/tiffany',
      'bookingUrl: http://booking.example.org/tiffany',
      'contact.bookingUrl',
      'https://',
    ],
    ['a malformed phone number', 'phone: 416-555-0123', 'phone: 555-01', 'contact.phone', 'is not a phone number'],
    ['a malformed email', 'email: hello@example.org', 'email: hello-at-example.org', 'contact.email', 'is not an email address'],
    ['a price that is not a number', 'price: 155', 'price: 155 dollars', 'fees.schedule.0.price', 'should be a price in Canadian dollars'],
  ])('refuses %s at its line', (_name, find, replace, field, words) => {
    const { problems, line } = withFault(find, replace);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${FILE}:${line}: ${field.replace(/\./g, '\\.')}: `));
    expect(problems[0]).toContain(words);
    expect(problems[0]).toMatch(/\(write it like `.+`\)$/);
  });

  it('refuses any discount field, naming CRPO standard 6.1', () => {
    for (const key of ['earlyPaymentDiscount', 'discount', 'cashDiscount']) {
      const { problems, line } = withFault('  slidingScale: true', `  slidingScale: true\n  ${key}: 10`);
      expect(problems, key).toEqual([expect.stringMatching(new RegExp(`^${FILE}:${line}: fees\\.${key}: is a discount.*CRPO standard 6\\.1`))]);
    }
  });

  it('refuses an unknown field with a "did you mean"', () => {
    const { problems, line } = withFault('  replyTime: within two working days', '  replyTme: within two working days');
    expect(problems).toEqual([`${FILE}:${line}: contact.replyTme: is not a field of the practice profile here (did you mean \`replyTime\`? Rename it)`]);
  });

  it('refuses a photo without alt text', () => {
    const { problems } = withFault('      alt: A placeholder for the photo of Kaitlyn Kasha\n', '');
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^${FILE}:${lineOfText(full, 'photo:')}: team\\.kaitlyn-kasha\\.photo\\.alt: is missing`))]);
  });

  it('refuses a photo that is not in public/', () => {
    const { problems, line } = withFault('src: /icon.svg', 'src: /images/team/nobody.jpg');
    expect(problems).toEqual([
      `${FILE}:${line}: team.kaitlyn-kasha.photo.src: “/images/team/nobody.jpg” is not a file in public/ (put the photo at public/images/team/nobody.jpg, or correct the address)`,
    ]);
  });

  it('refuses a photo too small to look sharp, as it refuses one in an article', async () => {
    const publicDir = mkdtempSync(path.join(tmpdir(), 'practice-photo-'));
    mkdirSync(path.join(publicDir, 'images', 'team'), { recursive: true });
    await sharp({ create: { width: 120, height: 160, channels: 3, background: '#888888' } })
      .jpeg()
      .toFile(path.join(publicDir, 'images', 'team', 'tiny.jpg'));
    const text = full.replace('src: /icon.svg', 'src: /images/team/tiny.jpg');
    const problems = checkPractice(text, FILE, { ...context, publicFiles: new Set(['/images/team/tiny.jpg']), publicDir }).problems.map(formatProblem);
    expect(problems).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${FILE}:${lineOfText(text, 'tiny.jpg')}: team\\.kaitlyn-kasha\\.photo\\.src: .*120 × 160|^${FILE}:${lineOfText(text, 'tiny.jpg')}: team\\.kaitlyn-kasha\\.photo\\.src: .*too small`,
        ),
      ),
    ]);
  });

  it('refuses a team member who is not in content/team/', () => {
    const { problems, line } = withFault('  kaitlyn-kasha:', '  kaitlin-kasha:');
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^${FILE}:${line}: team\\.kaitlin-kasha: .*did you mean \`kaitlyn-kasha\``))]);
  });

  it('is part of check:content', async () => {
    const bad = full.replace('phone: 416-555-0123', 'phone: 12');
    const { problems } = await checkContent([{ path: FILE, relativePath: 'practice.yaml', text: bad }], {
      appPageFiles: [],
      publicFiles: new Set(['/icon.svg']),
    });
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(new RegExp(`^${FILE}:${lineOfText(bad, 'phone: 12')}: contact\\.phone: `))]);
  });
});

describe('the launch check', () => {
  const empty =
    'site:\n  name: Example Practice\n  description: "A description of the example practice that is long enough for the schema."\n  region: Ontario, Canada\n';

  function gaps(text: string, siteUrlEnv?: string) {
    const { practice, lineOf } = checkPractice(text, FILE, context);
    return launchGaps({ practice: practice!, file: FILE, lineOf, siteUrlEnv, teamSlugs: ['kaitlyn-kasha'] }).map((p) => p.field);
  }

  it('names each missing launch value of an empty profile', () => {
    expect(gaps(empty)).toEqual(['site.url', 'contact', 'privacy.name', 'privacy', 'fees.schedule', 'team.kaitlyn-kasha.registrations', 'fees.receiptShows']);
  });

  it('lists each question left off the questions page because only an unset value answers it', () => {
    const { practice, lineOf } = checkPractice(empty, FILE, context);
    const questions = [
      { file: 'content/faq/cost.mdx', question: 'How much?', answerText: '', answerFrom: 'cost' },
      { file: 'content/faq/start.mdx', question: 'How do I start?', answerText: 'Write to us.', answerFrom: 'first-conversation' },
    ];
    const left = launchGaps({ practice: practice!, file: FILE, lineOf, teamSlugs: [], questions }).filter((p) => p.field === 'answerFrom');
    expect(left.map((p) => p.file)).toEqual(['content/faq/cost.mdx']);
    const { practice: fullPractice, lineOf: fullLines } = checkPractice(full, FILE, context);
    expect(launchGaps({ practice: fullPractice!, file: FILE, lineOf: fullLines, teamSlugs: [], questions }).filter((p) => p.field === 'answerFrom')).toEqual(
      [],
    );
  });

  it('passes the full fixture, and refuses an http SITE_URL', () => {
    expect(gaps(full)).toEqual([]);
    expect(gaps(full, 'http://www.example.org')).toEqual(['site.url']);
  });
});

describe('the practical topics', () => {
  it('are the ones the staff guide lists, and the schema names in its help', () => {
    const guide = readFileSync('docs/publishing.md', 'utf8');
    const section = guide.slice(guide.indexOf('## Practical questions'), guide.indexOf('## Fixing common errors'));
    const listed = [...section.matchAll(/`([a-z-]+)`/g)].map((m) => m[1]);
    expect(listed).toEqual([...practiceTopics]);
    for (const topic of practiceTopics) expect(documentTypes.Faq.fields.answerFrom!.description).toContain(topic);
  });
});

describe('answers from the profile', () => {
  const practice = checkPractice(full, FILE, context).practice!;

  it('answers every practical topic from the full profile and none from an empty one', () => {
    const empty = { site: practice.site };
    for (const topic of practiceTopics) {
      expect(practiceAnswer(topic, practice).answer, topic).toBeTruthy();
      expect(practiceAnswer(topic, empty).answer, topic).toBeUndefined();
      expect(practiceAnswer(topic, empty).instead, topic).toMatch(/not published/);
    }
    expect(practiceAnswer('cost', practice).answer).toContain('$155.00');
  });

  it('marks up a profile-only question only when the profile answers it', () => {
    const entries = [{ question: 'How much does it cost?', answerText: '', answerFrom: 'cost' }];
    expect(answeredQuestions(entries, { site: practice.site })).toEqual([]);
    expect(answeredQuestions(entries, practice)[0]?.answerText).toBe(practiceAnswer('cost', practice).answer);
  });

  it('writes tel: links in full international form', () => {
    expect(telHref('416-555-0123')).toBe('tel:+14165550123');
    expect(telHref('+1 (416) 555-0123')).toBe('tel:+14165550123');
  });
});
