/**
 * The advertising and title rules, tried on the corpus
 * (tests/fixtures/advertising/corpus.yaml): every breach is refused by the
 * rule it is filed under, every ordinary sentence passes. Then the places the
 * rules look: prose, component text (from the declarations' prop roles),
 * links, <Quote>s and the schema's prose fields; and the staff guide's table.
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
  readAdvertisingCorpus,
  type AdvertisingSource,
} from '@/lib/content/advertising';
import { analyseBody, type TreeNode } from '@/lib/content/headings';
import { formatProblem } from '@/lib/diagnostics/format';
import { documentTypes } from '@/lib/content/schema';

/** The team the corpus's "Dr." sentences name. */
const team = { psychotherapistNames: ['Ann Example', 'Kaitlyn Kasha'] };
const findings = (text: string) => checkAdvertisingText([{ text, line: 1 }], team);
const corpus = readAdvertisingCorpus();
const breaches = Object.entries(corpus.breaches).flatMap(([rule, sentences]) => sentences.map((sentence) => [sentence, rule] as const));
const ordinary = Object.entries(corpus.ordinary).flatMap(([group, sentences]) => sentences.map((sentence) => [sentence, group] as const));

function treeOf(body: string): TreeNode {
  const analysed = analyseBody(body);
  if (!analysed.ok) throw new Error(`the test body does not compile: ${body}`);
  return analysed.tree;
}

describe('the advertising corpus', () => {
  it('has enough sentences on both sides to be trusted, and a breach of every rule', () => {
    expect(breaches.length).toBeGreaterThanOrEqual(60);
    expect(ordinary.length).toBeGreaterThanOrEqual(60);
    expect(Object.keys(corpus.breaches).sort()).toEqual(advertisingRules.map((r) => r.id).sort());
  });

  it.each(ordinary)('passes an ordinary sentence: %s (%s)', (sentence) => {
    expect(findings(sentence).map((f) => `${f.rule.id}: ${f.words}`)).toEqual([]);
  });

  it.each(breaches)('refuses “%s” as %s', (sentence, rule) => {
    expect(findings(sentence).map((f) => f.rule.id)).toContain(rule);
  });
});

describe('the advertising rules', () => {
  it('name their category, the standard, the rule in plain words and the fix', () => {
    for (const rule of advertisingRules) {
      expect(rule.standard).toMatch(/^(?:CRPO standard \d+\.\d+|CAMT)/);
      expect(rule.rule.length).toBeGreaterThan(10);
      expect(rule.fix.length).toBeGreaterThan(10);
    }
    expect(new Set(advertisingRules.map((r) => r.id)).size).toBe(advertisingRules.length);
  });

  it('give the line of the words within a text that spans lines', () => {
    expect(checkAdvertisingText([{ text: 'A first line.\nThe best therapists\nare here.', line: 7 }], team).map((f) => f.line)).toEqual([8]);
  });

  it('let a negation turn a promise into what the practice does not promise, but not across a “but”', () => {
    expect(findings('We do not promise results.').map((f) => f.rule.id)).toEqual([]);
    expect(findings('We do not promise results, but we guarantee you will feel better.').map((f) => f.rule.id)).toContain('promise');
  });

  it('refuse “Dr.” only before a name of the team', () => {
    expect(findings('Ask Dr. Example.').map((f) => f.rule.id)).toEqual(['doctor']);
    expect(checkAdvertisingText([{ text: 'Ask Dr. Example.', line: 1 }]).map((f) => f.rule.id)).toEqual([]);
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
  const kinds = (body: string) => checkAdvertisingTree(treeOf(body), team).map((f) => `${f.line}: ${f.rule.id}`);

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

  it('refuses a link to a review site, and reads the props the declarations call text', () => {
    expect(kinds('Intro.\n\nSee [what people think](https://www.yelp.ca/biz/x).\n\n<Callout type="note" title="Rated 5 stars">Hi.</Callout>\n')).toEqual([
      '3: review-site',
      '5: rating',
    ]);
    expect(kinds('<Figure src="/images/a.jpg" alt="Our award-winning team" caption={"Results guaranteed"} />\n').sort()).toEqual(['1: award', '1: promise']);
  });

  it('does not read code, or props that are not text', () => {
    expect(kinds('Intro.\n\n```\nthe best therapist\n```\n\nAnd `#1` here.\n')).toEqual([]);
    expect(kinds('<Figure src="/images/best-therapist-guaranteed.jpg" alt="A drum" />\n')).toEqual([]);
  });
});

describe('advertisingProblems', () => {
  function source(file: string, type: string, data: Record<string, unknown>, body = 'Some text.'): AdvertisingSource {
    return {
      file,
      type,
      data,
      keyLines: new Map(Object.keys(data).map((k, i) => [k, i + 2])),
      tree: treeOf(body),
      bodyStartLine: Object.keys(data).length + 3,
    };
  }

  it('checks front matter text and a team member’s name and role, at the field’s line, naming the rule', () => {
    const problems = advertisingProblems([
      source('content/team/ann.mdx', 'TeamMember', { name: 'Dr. Ann Example', role: 'Doctor of music therapy' }),
      source(
        'content/posts/a.mdx',
        'Post',
        { title: 'Why we are the best music therapists', description: 'Results guaranteed for every client.' },
        'Book with Dr. Example today.',
      ),
    ]);
    expect(problems.map((p) => [p.file, p.line, p.field, p.rule])).toEqual([
      ['content/team/ann.mdx', 2, 'name', 'advertising.doctor'],
      ['content/team/ann.mdx', 3, 'role', 'advertising.doctor'],
      ['content/posts/a.mdx', 2, 'title', 'advertising.superlative'],
      ['content/posts/a.mdx', 3, 'description', 'advertising.promise'],
      ['content/posts/a.mdx', 5, 'body', 'advertising.doctor'],
    ]);
    // The one place this module's message wording is pinned.
    expect(formatProblem(problems[3]!)).toBe(
      'content/posts/a.mdx:3: description: “guaranteed”: CRPO standard 6.2 (advertising): no promised or guaranteed results: what therapy brings differs from person to person (say what therapy can offer or aims at (“can help you explore…”), not what it will achieve)',
    );
  });

  it('reads only the fields the schema calls prose', () => {
    const prose = (type: keyof typeof documentTypes, field: string) =>
      advertisingProblems([source('content/x.mdx', type, { [field]: 'Guaranteed results from the best therapists' })]).length > 0;
    expect(prose('Post', 'title')).toBe(true);
    expect(prose('Post', 'tags')).toBe(true);
    expect(prose('Faq', 'answerFrom')).toBe(false);
    expect(prose('Home', 'featured')).toBe(false);
    expect(prose('Post', 'author')).toBe(false);
    expect(prose('TeamMember', 'credentials')).toBe(false);
  });

  it('leaves a body that does not compile to the body checks', () => {
    expect(advertisingProblems([{ ...source('content/x.mdx', 'Post', {}), tree: undefined }])).toEqual([]);
  });
});

describe('docs/publishing.md', () => {
  it('shows the rules table exactly as the check applies it, with an example from the corpus', () => {
    const guide = readFileSync('docs/publishing.md', 'utf8');
    const block = /<!-- advertising-rules:start -->\n([\s\S]*?)\n<!-- advertising-rules:end -->/.exec(guide)?.[1];
    expect(block, 'run `npm run docs:advertising` to update the guide').toBe(advertisingRulesMarkdown(corpus));
  });
});
