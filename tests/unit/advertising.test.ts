/**
 * The advertising and title rules: a table of ordinary sentences that must
 * pass (a false alarm costs the writer's trust), a table of sentences that
 * break a rule and must be refused with that rule, and the places the rules
 * look: prose, component text, links, <Quote>s and front matter.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  advertisingProblems,
  advertisingRules,
  advertisingRulesMarkdown,
  checkAdvertisingText,
  checkAdvertisingTree,
  isClientAttribution,
  isReviewLink,
  parseBody,
  type AdvertisingSource,
} from '@/lib/content/advertising';
import { formatProblem } from '@/lib/diagnostics/format';

const team = { psychotherapistNames: ['Ann Example', 'Kaitlyn Kasha'] };
const findings = (text: string) => checkAdvertisingText([{ text, line: 1 }], team);

/** Sentences a practice's site may well say. Each must pass. */
const ordinary = [
  'The best way to find out is to ask.',
  'At best, a first session is a chance to meet.',
  'Do your best, and that is enough.',
  'Just do your best; there is no wrong answer.',
  'The weeks leading up to a first session can feel long.',
  'You may want a doctor’s referral for insurance.',
  'A doctor’s referral is not needed.',
  'Securing a cure is not the aim of music therapy.',
  'Music psychotherapy is not a cure for grief.',
  'We cannot guarantee any result, because each person is different.',
  'There is no guarantee that a song will feel right at first.',
  'Music can bring out the best in you.',
  'The best therapist for you is one you feel safe with.',
  'How to best support a friend who is grieving.',
  'It is best known as a way to relax.',
  'Each client is unique, and so is each session.',
  'Music offers a unique way to express feelings without words.',
  'This is not the only way to use music in therapy.',
  'You are the only one who can decide what feels right.',
  'Many people feel stuck in talk-based therapy.',
  'Unlike talking alone, music can reach feelings that are hard to name.',
  'Music therapy can help you explore feelings and memories.',
  'Some people feel better after a few sessions; others need more time.',
  'A client may say they feel nervous about singing.',
  'Sometimes a client says they do not like their voice.',
  'You will never be asked to sing or play if you do not want to.',
  'It takes more time than most people expect.',
  'Songwriting often takes longer than improvisation.',
  'The stars came out as the song ended.',
  'Write down your top three songs.',
  'Our therapists are registered with the CRPO as RP (Qualifying).',
  'She is a Certified Music Therapist (MTA).',
  'Certified MTA (Music Therapist Accredited) is one of the CAMT’s forms.',
  'Kenneth Bruscia is a leading voice for many students, they say.',
  'We follow best practices for keeping records safe.',
  'We do not publish testimonials or reviews.',
  'You can give feedback about this website at any time.',
  'If you are in crisis, the best option is to call or text 9-8-8.',
  'Lyric analysis is one of the most common receptive experiences.',
  'Therapy can feel like a lot of work, and that is normal.',
  'Step #1: take a slow breath.',
  'Songwriting is one of the most popular experiences.',
  'Bring your top songs to the first session.',
];

/** Sentences that break a rule, with the rule each must be refused under. */
const violations: [sentence: string, rule: string][] = [
  ['“She changed my life!” — a former client', 'testimonial'],
  ['Read our testimonials.', 'testimonial'],
  ['Here is what our clients say about us.', 'testimonial'],
  ['One client said: “I finally feel heard.”', 'testimonial'],
  ['Our happy clients keep coming back.', 'testimonial'],
  ['Client success stories', 'testimonial'],
  ['★★★★★ on every platform', 'rating'],
  ['Rated 4.9 by our clients.', 'rating'],
  ['A five-star music therapy practice.', 'rating'],
  ['We have 120+ five-star reviews.', 'rating'],
  ['Top-rated music therapy in Toronto.', 'rating'],
  ['Read our Google reviews.', 'review site'],
  ['Find us on Yelp.', 'review site'],
  ['Please leave us a review after your session.', 'review site'],
  ['See her profile on RateMDs.', 'review site'],
  ['Voted best therapist in Ontario.', 'award'],
  ['Winner of the Readers’ Choice award.', 'award'],
  ['An award-winning practice.', 'award'],
  ['The best music therapist in Ontario.', 'superlative'],
  ['We offer the best care.', 'superlative'],
  ['We are the best at what we do.', 'superlative'],
  ['A leading music therapy practice.', 'superlative'],
  ['Ontario’s #1 music therapy clinic.', 'superlative'],
  ['Our team is the most experienced in the city.', 'superlative'],
  ['The most trusted music therapist in the region.', 'superlative'],
  ['A world-class team.', 'superlative'],
  ['Unlike other therapists, we really listen.', 'comparison'],
  ['We are better than other clinics.', 'comparison'],
  ['The only music therapist in town who offers songwriting.', 'uniqueness'],
  ['Our unique approach blends music and words.', 'uniqueness'],
  ['A method you will find nowhere else.', 'uniqueness'],
  ['Music therapy will fix your anxiety.', 'promise'],
  ['Results guaranteed.', 'promise'],
  ['Music can cure depression.', 'promise'],
  ['You will feel better after one session.', 'promise'],
  ['Proven to reduce stress in just 3 sessions.', 'promise'],
  ['Call now, before it’s too late.', 'fear'],
  ['Book a session with Dr. Kasha.', 'title'],
  ['Ask Doctor Ann about songwriting.', 'title'],
  ['Our doctor Kaitlyn will see you.', 'title'],
  ['Kaitlyn Kasha, RP-Q', 'title'],
  ['She is a Music Therapist Accredited.', 'title'],
];

describe('the advertising rules', () => {
  it('have enough examples on both sides to be trusted', () => {
    expect(ordinary.length).toBeGreaterThanOrEqual(30);
    expect(violations.length).toBeGreaterThanOrEqual(30);
  });

  it.each(ordinary)('pass an ordinary sentence: %s', (sentence) => {
    expect(findings(sentence).map((f) => `${f.rule.id}: ${f.words}`)).toEqual([]);
  });

  it.each(violations)('refuse “%s” as %s', (sentence, kind) => {
    expect(findings(sentence).map((f) => f.rule.kind)).toContain(kind);
  });

  it('refuse each rule’s own example, so the guide shows what the check does', () => {
    for (const rule of advertisingRules)
      expect(
        findings(rule.example).map((f) => f.rule.id),
        rule.example,
      ).toContain(rule.id);
  });

  it('name the standard, the rule in plain words and the fix', () => {
    for (const rule of advertisingRules) {
      expect(rule.standard).toMatch(/^(?:CRPO standard \d+\.\d+|CAMT)/);
      expect(rule.rule.length).toBeGreaterThan(10);
      expect(rule.fix.length).toBeGreaterThan(10);
    }
  });

  it('give the line of the words within a text that spans lines', () => {
    expect(checkAdvertisingText([{ text: 'A first line.\nThe best therapists\nare here.', line: 7 }], team).map((f) => f.line)).toEqual([8]);
  });

  it('let a negation turn a promise into what the practice does not promise, but not across a “but”', () => {
    expect(findings('We do not promise results, but we guarantee you will feel better.').map((f) => f.rule.id)).toContain('promise');
  });
});

describe('review links and attributions', () => {
  it.each([
    'https://www.yelp.ca/biz/a-practice',
    'https://www.ratemds.com/doctor-ratings/1',
    'https://g.page/r/abc/review',
    'https://www.google.com/maps/place/x',
    'https://example.org/reviews/',
  ])('treats %s as a review link', (url) => expect(isReviewLink(url)).toBe(true));
  it.each(['https://www.crpo.ca/find-a-registered-psychotherapist/', 'https://www.musictherapy.ca/', '/blog/', 'https://example.org/preview/'])(
    'does not treat %s as one',
    (url) => expect(isReviewLink(url)).toBe(false),
  );
  it.each(['a former client', 'Sarah M.', 'J. S.', 'Anonymous', 'A parent'])('reads “%s” as a client', (a) => expect(isClientAttribution(a)).toBe(true));
  it.each(['Canadian Association of Music Therapists (CAMT)', 'College of Registered Psychotherapists of Ontario', 'Kenneth Bruscia'])(
    'reads “%s” as a published source',
    (a) => expect(isClientAttribution(a)).toBe(false),
  );
});

describe('in an MDX body', () => {
  const kinds = (body: string) => checkAdvertisingTree(parseBody(body)!, team).map((f) => `${f.line}: ${f.rule.id}`);

  it('passes words inside a <Quote> of a published source', () => {
    expect(kinds('Intro.\n\n<Quote source="bruscia1998a" page="214">music used for its unique nonverbal advantages</Quote>\n')).toEqual([]);
    expect(kinds('<Quote attribution="Canadian Association of Music Therapists (CAMT)">the best music therapists, guaranteed</Quote>\n')).toEqual([]);
  });

  it('refuses a <Quote> attributed to a client, as a block or inside a paragraph', () => {
    expect(kinds('Intro.\n\n<Quote attribution="a former client">\nShe helped me so much.\n</Quote>\n')).toEqual(['3: testimonial']);
    expect(kinds('Intro.\n\nAs <Quote attribution="Sarah M.">she changed my life</Quote> shows.\n')).toEqual(['3: testimonial']);
  });

  it('reads words across emphasis and links, on their own line', () => {
    expect(kinds('Intro.\n\nWe are the **best** [music therapists](/team/)\nin Ontario.\n')).toEqual(['3: superlative']);
  });

  it('refuses a link to a review site, and reads component text such as a callout’s title', () => {
    expect(kinds('Intro.\n\nSee [what people think](https://www.yelp.ca/biz/x).\n\n<Callout type="note" title="Rated 5 stars">Hi.</Callout>\n')).toEqual([
      '3: review-site',
      '5: rating',
    ]);
  });

  it('does not read code', () => {
    expect(kinds('Intro.\n\n```\nthe best therapist\n```\n\nAnd `#1` here.\n')).toEqual([]);
  });
});

describe('advertisingProblems', () => {
  function source(file: string, type: string, data: Record<string, unknown>, body = 'Some text.'): AdvertisingSource {
    return { file, type, data, keyLines: new Map(Object.keys(data).map((k, i) => [k, i + 2])), body, bodyStartLine: Object.keys(data).length + 3 };
  }

  it('checks front matter text and a team member’s name and role, at the field’s line', () => {
    const problems = advertisingProblems([
      source('content/team/ann.mdx', 'TeamMember', { name: 'Dr. Ann Example', role: 'Doctor of music therapy' }),
      source(
        'content/posts/a.mdx',
        'Post',
        { title: 'Why we are the best music therapists', description: 'Results guaranteed for every client.' },
        'Book with Dr. Example today.',
      ),
    ]).map(formatProblem);
    expect(problems).toEqual([
      expect.stringMatching(/^content\/team\/ann\.mdx:2: name: “Dr\. Ann”: CRPO standard 1\.2 \(titles\)/),
      expect.stringMatching(/^content\/team\/ann\.mdx:3: role: “Doctor of music therapy”: CRPO standard 1\.2 \(titles\)/),
      expect.stringMatching(/^content\/posts\/a\.mdx:2: title: “best music therapists”: CRPO standard 6\.2 \(advertising\)/),
      expect.stringMatching(/^content\/posts\/a\.mdx:3: description: “guaranteed”: CRPO standard 6\.2/),
      expect.stringMatching(/^content\/posts\/a\.mdx:5: body: “Dr\. Example”: CRPO standard 1\.2/),
    ]);
  });
});

describe('docs/publishing.md', () => {
  it('shows the rules table exactly as the check applies it', () => {
    const guide = readFileSync('docs/publishing.md', 'utf8');
    const block = /<!-- advertising-rules:start -->\n([\s\S]*?)\n<!-- advertising-rules:end -->/.exec(guide)?.[1];
    expect(block, 'run `npx tsx scripts/write-advertising-rules.ts` to update the guide').toBe(advertisingRulesMarkdown());
  });
});
