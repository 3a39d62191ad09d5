/**
 * Applies the advertising rules (rules.ts) to text: every place a rule's
 * pattern matches, unless a negation earlier in the sentence turns it into
 * what the practice does not do. Also the two judgements that are not about
 * sentences: whether a link goes to a review site, and whether a quotation's
 * attribution names a client. Pure: text in, findings out.
 */
import { advertisingRule, advertisingRules, type AdvertisingRule } from './rules';
import { CLIENTS } from './words';

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

/** Honorifics and initials are not names. */
const NOT_A_NAME = /^(?:dr\.?|doctor|mr\.?|mrs\.?|ms\.?|mx\.?|[A-Z]\.?)$/i;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "Dr." or "Doctor" before any part of a psychotherapist's name ("Dr. Kasha", "Doctor Kaitlyn"), or "doctor" as their title after it. "a doctor's referral" passes. */
function doctorPatterns(names: readonly string[]): RegExp[] {
  const parts = [...new Set(names.flatMap((name) => name.split(/\s+/)).filter((part) => part.length > 1 && !NOT_A_NAME.test(part)))];
  if (parts.length === 0) return [];
  const name = `(?:${parts.map(escapeRegExp).join('|')})`;
  return [
    new RegExp(String.raw`\b(?:Dr\.?|[Dd]octor)\s+(?:[A-Z]\.\s*)*${name}\b`, 'g'),
    // "Kaitlyn, our in-house doctor of music therapy"; not "Kaitlyn, your doctor's note".
    new RegExp(String.raw`\b${name}(?:\s+\w+)?,?\s+(?:is\s+)?(?:our|the|a|an)\s+(?:[\w-]+\s+){0,2}doctor\b(?!['’]s)`, 'gi'),
  ];
}

/** Words that make what follows in the sentence something the practice does not do or claim. */
const NEGATION = /\b(?:no|not|never|nor|without|cannot|neither|nobody|none)\b|n['’]t\b/i;

function negatedBefore(text: string, index: number): boolean {
  // The sentence so far: from the last full stop, question or exclamation mark; a "but" turns it round.
  const sentenceStart = Math.max(text.lastIndexOf('.', index - 1), text.lastIndexOf('!', index - 1), text.lastIndexOf('?', index - 1)) + 1;
  const sentence = text.slice(sentenceStart, index);
  const clause = sentence.split(/\bbut\b|\bhowever\b/i).pop() ?? sentence;
  return NEGATION.test(clause);
}

const asGlobal = (pattern: RegExp) => new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
/** Each rule's patterns, compiled once for matchAll. */
const globalPatterns = new Map(advertisingRules.map((rule) => [rule, rule.patterns.map(asGlobal)]));
const doctorCache = new Map<string, RegExp[]>();

function rulePatterns(rule: AdvertisingRule, options: AdvertisingOptions): readonly RegExp[] {
  if (rule.id !== 'doctor') return globalPatterns.get(rule) ?? [];
  const names = options.psychotherapistNames ?? [];
  const key = names.join('\n');
  let patterns = doctorCache.get(key);
  if (!patterns) doctorCache.set(key, (patterns = doctorPatterns(names)));
  return patterns;
}

/**
 * Between spans when they are joined into one text: a full stop ends the
 * sentence (so no pattern or negation reaches across), and no pattern matches it.
 */
const SEPARATOR = '.\n\n';

/** The index of the span that holds `offset` in the joined text. */
function spanAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * Every place in `spans` where a rule is broken, one finding per rule and line.
 * The spans are joined into one text first: a pattern run costs the same on a
 * short text as on a long one, so one run per pattern per file, not per span.
 */
export function checkAdvertisingText(spans: readonly TextSpan[], options: AdvertisingOptions = {}): AdvertisingFinding[] {
  const starts: number[] = [];
  let text = '';
  for (const span of spans) {
    if (starts.length > 0) text += SEPARATOR;
    starts.push(text.length);
    text += span.text;
  }
  const findings: AdvertisingFinding[] = [];
  for (const rule of advertisingRules) {
    const seenLines = new Set<number>();
    for (const pattern of rulePatterns(rule, options)) {
      // exec, not matchAll: matchAll copies the expression on every call, which costs more than the search.
      pattern.lastIndex = 0;
      for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
        if (match[0] === '') pattern.lastIndex++;
        if (rule.negatable && negatedBefore(text, match.index)) continue;
        const index = spanAt(starts, match.index);
        const start = starts[index]!;
        const line = spans[index]!.line + (text.slice(start, match.index).match(/\n/g)?.length ?? 0);
        if (seenLines.has(line)) continue;
        seenLines.add(line);
        findings.push({ line, rule, words: match[0].trim() });
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

const CLIENT_WORD = new RegExp(String.raw`\b${CLIENTS}\b`, 'i');

/** An attribution that names a client rather than a published source: "a client", "Sarah M.", "J. S.". */
export function isClientAttribution(attribution: string): boolean {
  const text = attribution.trim();
  if (CLIENT_WORD.test(text)) return true;
  if (/\b(?:anonymous|former|happy|satisfied)\b/i.test(text)) return true;
  // A first name with an initial, or initials alone: how testimonials are signed.
  return /^[A-Z][a-z]+\s+[A-Z]\.?$/.test(text) || /^(?:[A-Z]\.\s?){1,3}$/.test(text) || /^[A-Z][a-z]+,\s*\d{1,2}$/.test(text);
}

/** A finding of `ruleId` for words that are not a sentence (a link, an attribution, a whole field). */
export function findingOf(ruleId: string, line: number, words: string): AdvertisingFinding {
  return { line, rule: advertisingRule(ruleId), words };
}
