/**
 * The regulators' advertising and title rules as a content check. Each rule
 * in the table below names the standard it comes from, says in plain words
 * what the standard asks, and how to fix the sentence; its patterns find the
 * words that break it. docs/publishing.md shows this table (a test keeps the
 * two the same), so writers read the very rules the check applies.
 *
 * False positives matter as much as misses: a writer who is told "the best
 * way to find out is to ask" breaks a rule stops trusting the check. So each
 * pattern carries its context ("best" only before a word for a therapist,
 * practice or service), and a rule marked `negatable` lets a sentence say what
 * the practice does not do ("we cannot guarantee results"). Words inside an
 * attributed <Quote> of a published source are someone else's and pass; a
 * <Quote> attributed to a client is a testimonial and does not.
 *
 * Pure: it takes text with line numbers, link addresses, or a markdown tree,
 * and returns findings.
 */
import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import type { TreeNode } from './headings';
import type { Problem } from '../diagnostics/problem';

export type AdvertisingKind = 'testimonial' | 'rating' | 'review site' | 'award' | 'superlative' | 'comparison' | 'uniqueness' | 'promise' | 'fear' | 'title';

export interface AdvertisingRule {
  readonly id: string;
  readonly kind: AdvertisingKind;
  /** The standard, by body and number. */
  readonly standard: string;
  /** What the standard asks, in plain words. */
  readonly rule: string;
  readonly fix: string;
  readonly patterns: readonly RegExp[];
  /** A negation earlier in the sentence ("we cannot guarantee …") means the words say what the practice does not do. */
  readonly negatable: boolean;
  /** A sentence the rule refuses, shown in the guide. */
  readonly example: string;
}

const CRPO_ADVERTISING = 'CRPO standard 6.2 (advertising)';
const CRPO_TITLES = 'CRPO standard 1.2 (titles)';
const CAMT_MARK = 'CAMT (the MTA certification mark)';

/** Words for the practice, its people and its services, after which "best", "leading" or "top" is a claim about them. */
const PROVIDER = String.raw`(?:music\s+)?(?:therapists?|psychotherapists?|counsell?ors?|clinics?|providers?|experts?|specialists?|team|centres?|centers?)`;
const SERVICE = String.raw`(?:(?:music\s+)?(?:therapy|psychotherapy)|care|services?|treatment|support)`;
const PLACE = String.raw`(?:the\s+)?(?:city|town|province|country|region|area|gta|neighbou?rhood|ontario|canada)`;
/** "the best therapist for you is one you feel safe with" is advice about fit, not a claim. */
const NOT_FOR_YOU = String.raw`(?!\s+for\s+(?:you|your|each|every|them|him|her|a|an)\b)`;
const CLIENT = String.raw`(?:client|patient|parent|mother|father|mom|mum|dad|participant|customer)s?`;

export const advertisingRules: readonly AdvertisingRule[] = [
  {
    id: 'testimonial',
    kind: 'testimonial',
    standard: CRPO_ADVERTISING,
    rule: 'no testimonials: clients’ words may not be used to recommend the practice',
    fix: 'remove the testimonial; describe what the service is, not what clients say about it',
    patterns: [
      /\btestimonials?\b/i,
      /\bsuccess stor(?:y|ies)\b/i,
      /\bwhat (?:our|my) clients (?:say|are saying|said|think)\b/i,
      /\bhear from (?:our|my) clients\b/i,
      new RegExp(String.raw`\b(?:client|customer|patient) (?:reviews?|stories|feedback|praise)\b`, 'i'),
      /\b(?:happy|satisfied|delighted|thrilled|grateful) (?:clients|customers|patients)\b/i,
      new RegExp(String.raw`\b(?:one|a|another|our|my)\s+(?:former\s+|past\s+|happy\s+|satisfied\s+)?${CLIENT}\s+(?:said|wrote|told us|shared|says|writes)\s*[:,]?\s*["“]`, 'i'),
      new RegExp(String.raw`["”]\s*[—–-]{1,2}\s*(?:a\s+|an\s+|our\s+|one\s+)?(?:former\s+|past\s+|happy\s+|satisfied\s+)?${CLIENT}\b`, 'i'),
    ],
    negatable: true,
    example: '“She changed my life!” — a former client',
  },
  {
    id: 'rating',
    kind: 'rating',
    standard: CRPO_ADVERTISING,
    rule: 'no star ratings or review scores',
    fix: 'remove the rating',
    patterns: [
      /[★☆⭐✩✪✫✬✭✮✯]/u,
      /\b(?:[1-5](?:\.\d)?|one|two|three|four|five)[- ]stars?\b/i,
      /\brated\s+(?:[1-5](?:\.\d)?|one|two|three|four|five)\b/i,
      /\b\d\.\d\s*(?:\/|out of)\s*5\b/i,
      /\b(?:top|highest|best|highly)[- ]rated\b/i,
      /\b\d+\+?\s+(?:five[- ]star\s+|5[- ]star\s+|positive\s+|glowing\s+)?reviews\b/i,
    ],
    negatable: true,
    example: 'Rated 4.9 out of 5 by our clients.',
  },
  {
    id: 'review-site',
    kind: 'review site',
    standard: CRPO_ADVERTISING,
    rule: 'no links or invitations to review sites',
    fix: 'remove the link or the invitation to leave a review',
    patterns: [
      /\bgoogle reviews?\b/i,
      /\byelp\b/i,
      /\bratemds\b/i,
      /\btrustpilot\b/i,
      /\bhealthgrades\b/i,
      /\bpsychology today reviews?\b/i,
      /\b(?:leave|write|post|give)\s+(?:us\s+|me\s+)?a\s+(?:\w+\s+)?review\b/i,
      /\breview us\b/i,
    ],
    negatable: true,
    example: 'Please leave us a review on Google.',
  },
  {
    id: 'award',
    kind: 'award',
    standard: CRPO_ADVERTISING,
    rule: 'no awards decided by community or reader votes',
    fix: 'remove the award',
    patterns: [
      /\bvoted\s+(?:the\s+|as\s+)?(?:best|#\s?1|number[- ]one|top|favou?rite|most)\b/i,
      /\bvote for (?:us|me)\b/i,
      /\b(?:readers?['’]?|people['’]?s|consumers?['’]?|community|viewers?['’]?)\s+choice\b/i,
      /\baward[- ]winning\b/i,
      /\bbest of (?:the )?\w+ (?:award|winner|\d{4})\b/i,
    ],
    negatable: true,
    example: 'Voted best music therapist in Ontario (Readers’ Choice 2025).',
  },
  {
    id: 'superlative',
    kind: 'superlative',
    standard: CRPO_ADVERTISING,
    rule: 'no superlatives about the practice, its therapists or its services: they cannot be verified',
    fix: 'say what the therapist is trained in and what the service is, without “best”, “leading”, “top” or “#1”',
    patterns: [
      // "best" before a word for a therapist or a service; not "the best way", "at best", "do your best", "how to best support".
      new RegExp(String.raw`(?<!\bto\s)\bbest\s+(?:(?:qualified|trained|possible|local|online|private|mental\s+health)\s+)?(?:${PROVIDER}|${SERVICE})\b${NOT_FOR_YOU}`, 'i'),
      /\b(?:we(?:['’]re| are)|I(?:['’]m| am))\s+the\s+(?:very\s+)?best\b/i,
      new RegExp(String.raw`\bbest\s+in\s+${PLACE}\b`, 'i'),
      /\bbest\s+in\s+(?:the\s+)?[A-Z][a-z]+/,
      /\bbest[- ]in[- ]class\b/i,
      /\bthe best practice in\b/i,
      // "leading" as an adjective before a provider; not "leading up to", "leading questions".
      new RegExp(String.raw`\b(?:leading|premier|foremost|finest|greatest|top)\s+(?:(?:mental\s+health|psychotherapy|music\s+therapy)\s+)?(?:${PROVIDER}|practices?)\b`, 'i'),
      /\b(?:industry|field|market) leaders?\b/i,
      /\ba leader in\b/i,
      // "#1" as a rank; not "step #1", "question #1".
      /(?<!\b(?:step|part|question|level|page|item|tip|rule|session|week|day)\s?)(?:^|[\s(])#\s?1\b/i,
      /\bnumber[- ]one\s+(?:choice|in|rated|music|therap|psychotherap|practice|clinic|provider)/i,
      /\bno\.\s?1\b/i,
      /\bmost\s+(?:experienced|qualified|skilled|respected|knowledgeable|accomplished)\b/i,
      // "one of the most popular experiences" is a fact about music therapy, not a claim about the practice.
      new RegExp(String.raw`\bmost\s+(?:trusted|popular|sought[- ]after|recommended)\s+(?:${PROVIDER}|${SERVICE}|practices?)\b`, 'i'),
      new RegExp(String.raw`\bmost\s+(?:effective|successful|advanced)\s+(?:${SERVICE}|approach|method|program|programme)\b`, 'i'),
      /\b(?:second to none|unmatched|unrivall?ed|unparall?eled|world[- ]class)\b/i,
    ],
    negatable: true,
    example: 'The best music therapist in Ontario.',
  },
  {
    id: 'comparison',
    kind: 'comparison',
    standard: CRPO_ADVERTISING,
    rule: 'no comparisons with other therapists or practices',
    fix: 'describe this practice on its own terms',
    patterns: [
      new RegExp(String.raw`\bunlike\s+(?:other|most|many|some|typical|ordinary|other\s+local)\s+(?:\w+\s+)?${PROVIDER}\b`, 'i'),
      /\bunlike (?:other|most|many) (?:practices|clinics|services)\b/i,
      new RegExp(String.raw`\b(?:better|more\s+(?:experienced|qualified|skilled|effective|caring|trusted))\s+than\s+(?:(?:other|most|any|all|many)\s+(?:\w+\s+)?(?:${PROVIDER}|practices|services)|the\s+rest|anyone\s+else|anywhere\s+else)\b`, 'i'),
      /\boutperform(?:s|ed)?\b/i,
    ],
    negatable: true,
    example: 'Unlike other therapists, we really listen.',
  },
  {
    id: 'uniqueness',
    kind: 'uniqueness',
    standard: CRPO_ADVERTISING,
    rule: 'no claims that the practice or its method is unique',
    fix: 'describe the approach plainly, without claiming no one else offers it',
    patterns: [
      new RegExp(String.raw`\bthe only\s+(?:(?:registered|certified|qualified|trained)\s+)?(?:${PROVIDER}|practices?|services?|program|programme)\s+(?:in|that|who|to|offering|providing|with)\b`, 'i'),
      /\bunique\s+(?:\w+\s+)?(?:approach|method|program|programme|technique|model|style|system|formula|therapy|service|treatment|blend|combination|practice)\b/i,
      /\bone[- ]of[- ]a[- ]kind\b/i,
      /\blike no other\b/i,
      /\bnowhere else\b/i,
      /\bno one else (?:offers|does|can|provides|has)\b/i,
      /\b(?:exclusive|proprietary|patented|signature)\s+(?:\w+\s+)?(?:approach|method|program|programme|technique|model|system|formula|therapy)\b/i,
    ],
    negatable: true,
    example: 'Our unique approach is the only one of its kind in Canada.',
  },
  {
    id: 'promise',
    kind: 'promise',
    standard: CRPO_ADVERTISING,
    rule: 'no promised or guaranteed results: what therapy brings differs from person to person',
    fix: 'say what therapy can offer or aims at (“can help you explore…”), not what it will achieve',
    patterns: [
      /\bguarantee(?:s|d)?\b/i,
      // "cure" as a verb or "a cure for"; not "securing a cure is not the aim".
      /\b(?:will|can|could|may|might|to|shall)\s+(?:help\s+)?cure\b/i,
      /\bcures?\s+(?:for|your|you|it|them|all|anxiety|depression|trauma|grief|stress)\b/i,
      /\bwill\s+(?:fix|heal|solve|eliminate|erase|get rid of|transform your life)\b/i,
      /\bfix(?:es)?\s+(?:your|you|anxiety|depression|trauma|grief|stress)\b/i,
      /\bquick fix\b/i,
      /\byou(?:['’]ll| will)\s+(?:feel better|be cured|be healed|be happy|recover|overcome|be free of)\b/i,
      /\b(?:proven|guaranteed|lasting|permanent|instant|immediate|fast|quick|real|amazing)\s+(?:results|relief|recovery)\b/i,
      /\bproven to\s+(?:cure|heal|fix|work|reduce|eliminate|treat|help|relieve)\b/i,
      /\bsuccess rate\b/i,
      /\b100\s?%\s+(?:success|effective|satisfaction|results|guaranteed)\b/i,
      /\bin (?:just|only) \d+ sessions\b/i,
      /\bmoney[- ]back\b/i,
    ],
    negatable: true,
    example: 'Music therapy will fix your anxiety, guaranteed.',
  },
  {
    id: 'fear',
    kind: 'fear',
    standard: CRPO_ADVERTISING,
    rule: 'no appeals to fear to bring clients in',
    fix: 'invite, without warning of what happens if someone waits',
    patterns: [/\bbefore it['’]?s too late\b/i, /\b(?:will|can|could) only get worse\b/i, /\bdon['’]?t let (?:your )?\w+ (?:ruin|destroy|take over|control)\b/i],
    negatable: false,
    example: 'Call now, before it’s too late.',
  },
  {
    id: 'doctor',
    kind: 'title',
    standard: CRPO_TITLES,
    rule: 'no “Dr.” or “doctor” before the name of anyone providing psychotherapy',
    fix: 'write the name without “Dr.”; list a doctorate as a degree after the name, such as PhD',
    // Built for the team's own names: see doctorPatterns().
    patterns: [],
    negatable: false,
    example: 'Book a session with Dr. Kasha.',
  },
  {
    id: 'rp-qualifying',
    kind: 'title',
    standard: CRPO_TITLES,
    rule: 'the College title is written in the CRPO’s form: “Registered Psychotherapist (Qualifying)” or “RP (Qualifying)”, no other short form',
    fix: 'write RP (Qualifying)',
    patterns: [/\bRP-Q\b/, /\bRP\s?\(Q\)/],
    negatable: false,
    example: 'Kaitlyn Kasha, RP-Q',
  },
  {
    id: 'mta-form',
    kind: 'title',
    standard: CAMT_MARK,
    rule: 'the MTA is written in one of the CAMT’s forms: “Certified Music Therapist (MTA)”, “Certified MTA (Music Therapist Accredited)” or “Certified MTA”',
    fix: 'write Certified Music Therapist (MTA)',
    patterns: [/(?<!\bCertified MTAs? \()\bMusic Therapists? Accredited\b/i],
    negatable: false,
    example: 'She is a Music Therapist Accredited.',
  },
];

/** Honorifics and initials are not names. */
const NOT_A_NAME = /^(?:dr\.?|doctor|mr\.?|mrs\.?|ms\.?|mx\.?|[A-Z]\.?)$/i;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "Dr." or "Doctor" before any part of a psychotherapist's name: "Dr. Kasha", "Doctor Kaitlyn". "a doctor's referral" passes. */
function doctorPatterns(names: readonly string[]): RegExp[] {
  const parts = [...new Set(names.flatMap((name) => name.split(/\s+/)).filter((part) => part.length > 1 && !NOT_A_NAME.test(part)))];
  if (parts.length === 0) return [];
  return [new RegExp(String.raw`\b(?:Dr\.?|[Dd]octor)\s+(?:[A-Z]\.\s*)*(?:${parts.map(escapeRegExp).join('|')})\b`)];
}

/** Words that make what follows in the sentence something the practice does not do or claim. */
const NEGATION = /\b(?:no|not|never|nor|without|cannot|neither|nobody|none)\b|n['’]t\b/i;

function negatedBefore(text: string, index: number): boolean {
  const before = text.slice(0, index);
  // The sentence so far: from the last full stop, question or exclamation mark; a "but" turns it round.
  const sentence = before.slice(Math.max(before.search(/[^.!?]*$/), 0));
  const clause = sentence.split(/\bbut\b|\bhowever\b/i).pop() ?? sentence;
  return NEGATION.test(clause);
}

export interface TextSpan {
  /** The words, as a reader sees them; a newline moves to the next line. */
  readonly text: string;
  /** 1-based line of the first character. */
  readonly line: number;
}

export interface AdvertisingFinding {
  readonly line: number;
  readonly rule: AdvertisingRule;
  /** The words that break the rule, as written. */
  readonly words: string;
}

export interface AdvertisingOptions {
  /** Names of the practice's psychotherapists (the team), for the "Dr." rule. */
  readonly psychotherapistNames?: readonly string[];
}

const asGlobal = (pattern: RegExp) => new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
/** Each rule's patterns, compiled once for matchAll. */
const globalPatterns = new Map(advertisingRules.map((rule) => [rule, rule.patterns.map(asGlobal)]));
const doctorCache = new Map<string, RegExp[]>();

function rulePatterns(rule: AdvertisingRule, options: AdvertisingOptions): readonly RegExp[] {
  if (rule.id !== 'doctor') return globalPatterns.get(rule) ?? [];
  const names = options.psychotherapistNames ?? [];
  const key = names.join('\n');
  if (!doctorCache.has(key)) doctorCache.set(key, doctorPatterns(names).map(asGlobal));
  return doctorCache.get(key)!;
}

/** Every place in `spans` where a rule is broken, one finding per rule and line. */
export function checkAdvertisingText(spans: readonly TextSpan[], options: AdvertisingOptions = {}): AdvertisingFinding[] {
  const findings: AdvertisingFinding[] = [];
  for (const span of spans) {
    for (const rule of advertisingRules) {
      const seenLines = new Set<number>();
      for (const pattern of rulePatterns(rule, options)) {
        for (const match of span.text.matchAll(pattern)) {
          if (rule.negatable && negatedBefore(span.text, match.index)) continue;
          const line = span.line + (span.text.slice(0, match.index).match(/\n/g)?.length ?? 0);
          if (seenLines.has(line)) continue;
          seenLines.add(line);
          findings.push({ line, rule, words: match[0].trim() });
        }
      }
    }
  }
  return findings.sort((a, b) => a.line - b.line);
}

const REVIEW_HOSTS = /(?:^|\.)(?:yelp\.[a-z.]+|ratemds\.com|trustpilot\.[a-z.]+|healthgrades\.com|g\.page|maps\.app\.goo\.gl)$/i;

/** A link to a review site or to a page of reviews. */
export function isReviewLink(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (REVIEW_HOSTS.test(parsed.hostname)) return true;
  if (/(?:^|\.)google\.[a-z.]+$/i.test(parsed.hostname) && /^\/(?:maps|search)\b|writereview/i.test(parsed.pathname + parsed.search)) return true;
  return /\/reviews?\b|writereview/i.test(parsed.pathname);
}

const reviewSiteRule = advertisingRules.find((r) => r.id === 'review-site')!;
const testimonialRule = advertisingRules.find((r) => r.id === 'testimonial')!;

/** An attribution that names a client rather than a published source: "a client", "Sarah M.", "J. S.". */
export function isClientAttribution(attribution: string): boolean {
  const text = attribution.trim();
  if (new RegExp(String.raw`\b${CLIENT}\b`, 'i').test(text)) return true;
  if (/\b(?:anonymous|former|happy|satisfied)\b/i.test(text)) return true;
  // A first name with an initial, or initials alone: how testimonials are signed.
  return /^[A-Z][a-z]+\s+[A-Z]\.?$/.test(text) || /^(?:[A-Z]\.\s?){1,3}$/.test(text) || /^[A-Z][a-z]+,\s*\d{1,2}$/.test(text);
}

/** Parts of the tree whose words are not prose a reader reads: code, expressions, raw HTML. */
const SKIP = new Set(['code', 'inlineCode', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'html', 'yaml']);
/** Component attributes a reader sees as text. */
const TEXT_ATTRIBUTES = new Set(['title', 'caption', 'alt', 'attribution', 'label']);

interface Collected {
  spans: TextSpan[];
  findings: AdvertisingFinding[];
}

/**
 * The findings in a markdown (mdast) tree of an MDX body: its prose, the text
 * attributes of its components and its link addresses. Lines are the tree's,
 * counted from the start of the body.
 */
export function checkAdvertisingTree(tree: TreeNode, options: AdvertisingOptions = {}): AdvertisingFinding[] {
  const collected: Collected = { spans: [], findings: [] };
  collect(tree, collected);
  return [...collected.findings, ...checkAdvertisingText(collected.spans, options)].sort((a, b) => a.line - b.line);
}

const lineOf = (node: TreeNode) => node.position?.start.line ?? 1;

/**
 * Links and components, wherever they are: a review-site link is a finding,
 * a component's text attributes are prose. Returns false when the node's
 * words are not to be read: a <Quote>, which is someone else's words.
 */
function visitSpecial(node: TreeNode, out: Collected): boolean {
  if ((node.type === 'link' || node.type === 'definition') && node.url && isReviewLink(node.url)) {
    out.findings.push({ line: lineOf(node), rule: reviewSiteRule, words: node.url });
  }
  if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return true;
  const attributes = new Map((node.attributes ?? []).filter((a) => a.type === 'mdxJsxAttribute' && a.name).map((a) => [a.name!, a.value]));
  if (node.name === 'Quote') {
    const attribution = attributes.get('attribution');
    if (typeof attribution === 'string' && !attributes.has('source') && isClientAttribution(attribution)) {
      out.findings.push({ line: lineOf(node), rule: testimonialRule, words: `<Quote attribution="${attribution}">` });
    }
    // A quotation from a published source is someone else's words, not the practice's claim.
    return false;
  }
  for (const [name, value] of attributes) {
    if (TEXT_ATTRIBUTES.has(name) && typeof value === 'string') out.spans.push({ text: value, line: lineOf(node) });
  }
  return true;
}

function collect(node: TreeNode, out: Collected): void {
  if (SKIP.has(node.type) || !visitSpecial(node, out)) return;
  if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
    out.spans.push(phrasingSpan(node, out));
    return;
  }
  for (const child of node.children ?? []) collect(child, out);
}

/**
 * The words of a paragraph or heading as one text, so that "the **best**
 * therapist" reads as written; a newline wherever the source moves to the next
 * line, so findings keep their line.
 */
function phrasingSpan(block: TreeNode, out: Collected): TextSpan {
  const start = lineOf(block);
  let text = '';
  let line = start;
  const walk = (node: TreeNode) => {
    if (SKIP.has(node.type) || !visitSpecial(node, out)) return;
    if (node.type === 'text') {
      const nodeLine = lineOf(node);
      if (nodeLine > line) {
        text += '\n'.repeat(nodeLine - line);
        line = nodeLine;
      }
      text += node.value ?? '';
      line += (node.value ?? '').match(/\n/g)?.length ?? 0;
      return;
    }
    if (node.type === 'break') text += '\n';
    for (const child of node.children ?? []) walk(child);
  };
  for (const child of block.children ?? []) walk(child);
  return { text, line: start };
}

// ── Content files ────────────────────────────────────────────────────────────

/** What the check needs of a content file: plain data, as the content checker reads it. */
export interface AdvertisingSource {
  readonly file: string;
  readonly type: string;
  readonly data: Readonly<Record<string, unknown>>;
  readonly keyLines: ReadonlyMap<string, number>;
  readonly body: string;
  readonly bodyStartLine: number;
  /** The body's markdown tree when the caller has parsed it already. */
  readonly tree?: TreeNode;
}

/** Parses an MDX body into its markdown tree, or undefined when it does not parse (the body checks report that). */
export function parseBody(body: string): TreeNode | undefined {
  try {
    return createProcessor({ remarkPlugins: [remarkGfm] }).parse(body) as unknown as TreeNode;
  } catch {
    return undefined;
  }
}

/** Fields that name other things rather than say something: references, dates, and credentials (checked against lib/credentials.ts, aliases and all). */
const NOT_PROSE = new Set(['author', 'related', 'experiences', 'areas', 'credentials', 'date', 'updated']);

/** The text of front matter fields a reader sees: every string, and every string in a list. */
function frontMatterSpans(source: AdvertisingSource): { field: string; span: TextSpan }[] {
  return Object.entries(source.data).flatMap(([field, value]) => {
    if (NOT_PROSE.has(field)) return [];
    const line = source.keyLines.get(field) ?? 1;
    const texts = typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
    return texts.map((text) => ({ field, span: { text, line } }));
  });
}

export function toProblem(file: string, field: string, finding: AdvertisingFinding): Problem {
  const { rule, words } = finding;
  return { file, line: finding.line, field, rule: `advertising.${rule.id}`, message: `“${words}”: ${rule.standard}: ${rule.rule}`, fix: rule.fix };
}

/** Every advertising and title problem in a set of content files, front matter and body. */
export function advertisingProblems(sources: readonly AdvertisingSource[]): Problem[] {
  const psychotherapistNames = sources.filter((s) => s.type === 'TeamMember' && typeof s.data.name === 'string').map((s) => String(s.data.name));
  const options = { psychotherapistNames };
  const doctorRule = advertisingRules.find((r) => r.id === 'doctor')!;
  const problems: Problem[] = [];
  for (const source of sources) {
    for (const { field, span } of frontMatterSpans(source)) {
      const findings = checkAdvertisingText([span], options);
      // A team member's own name and role may not carry the title at all, whatever follows it.
      const titled = source.type === 'TeamMember' && (field === 'name' || field === 'role') && /\b(?:Dr\b\.?|doctor\b)/i.test(span.text);
      if (titled && !findings.some((f) => f.rule === doctorRule)) findings.push({ line: span.line, rule: doctorRule, words: span.text.trim() });
      for (const finding of findings) problems.push(toProblem(source.file, field, finding));
    }
    const tree = source.tree ?? parseBody(source.body);
    if (!tree) continue;
    for (const finding of checkAdvertisingTree(tree, options)) problems.push(toProblem(source.file, 'body', { ...finding, line: source.bodyStartLine + finding.line - 1 }));
  }
  return problems;
}

/** The rules as a Markdown table for docs/publishing.md, generated so the guide cannot drift from the check. */
export function advertisingRulesMarkdown(): string {
  const rows = advertisingRules.map((r) => `| ${r.kind} | ${r.standard} | ${r.rule} | ${r.example} | ${r.fix} |`);
  return ['| Kind | Standard | The rule | Refused, for example | The fix |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}
