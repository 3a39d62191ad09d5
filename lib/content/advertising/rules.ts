/**
 * The regulators' advertising and title rules, as data: each names its
 * category of claim, the standard it comes from, what the standard asks in
 * plain words and the fix, and the patterns (built from the word classes in
 * words.ts) that find the claim however it is worded. The matcher
 * (match.ts) applies them; docs/publishing.md shows them with an example from
 * the corpus (tests/fixtures/advertising/corpus.yaml) that the tests refuse.
 *
 * False positives matter as much as misses: a writer told that "the best way
 * to find out is to ask" breaks a rule stops trusting the check. So a ranking
 * word counts only before a word for a provider or service, a count of
 * clients only with what they gained, and a rule marked `negatable` lets a
 * sentence say what the practice does not do ("we cannot guarantee results").
 */
import { endorsementRules } from './endorsementRules';
import { outcomeRules } from './outcomeRules';
import { rankingRules } from './rankingRules';
import { CRPO_ADVERTISING, CRPO_TITLES, CAMT_MARK, type AdvertisingRule } from './rule';

export type { AdvertisingRule } from './rule';

/** Appeals to fear, and the College's and the CAMT's titles. */
const fearAndTitleRules: readonly AdvertisingRule[] = [
  {
    id: 'fear',
    category: 'fear',
    standard: CRPO_ADVERTISING,
    rule: 'no appeals to fear to bring clients in',
    fix: 'invite, without warning of what happens if someone waits',
    patterns: [
      /\bbefore\s+it['’]?s\s+too\s+late\b/i,
      /\bbefore\s+(?:it|things)\s+gets?\s+(?:any\s+)?worse\b/i,
      /\b(?:will|can|could|is\s+going\s+to)\s+only\s+get\s+worse\b/i,
      /\b(?:only\s+)?gets?\s+worse\s+(?:if\s+you\s+(?:wait|don['’]?t)|without\s+(?:help|therapy|treatment))\b/i,
      /\b(?:don['’]?t|do\s+not|never)\s+let\s+(?:\w+\s+){1,3}?(?:ruin|destroy|take\s+over|control|steal|wreck|cost\s+you|fall\s+behind|suffer|miss\s+out|slip\s+away)\b/i,
      /\b(?:don['’]?t|do\s+not)\s+wait\s+(?:until|till)\s+[^.!?]{0,40}\b(?:worse|too\s+late|crisis|breaking\s+point|rock\s+bottom)\b/i,
      /\bthe\s+longer\s+you\s+wait\b/i,
      /\b(?:may|might|could|will)\s+be\s+too\s+late\b(?!\s+to\b)/i,
      /\b(?:every\s+(?:day|week|month)|the\s+longer)\s+you\s+(?:wait|delay|put\s+(?:it|this|therapy)\s+off)\b/i,
      /\b(?:act|call|book)\s+(?:now|today)\s+before\b/i,
      /\b(?:don['’]?t|do\s+not)\s+risk\b/i,
      /\b(?:grows?|gets?)\s+(?:stronger|worse)\s+(?:every|each)\s+(?:day|week)\b/i,
      /\bbefore\s+(?:\w+\s+){1,3}?(?:takes\s+over|ruins|destroys|controls|costs\s+you)\b/i,
      /\b(?:can['’]?t|cannot)\s+afford\s+to\s+wait\b/i,
      /\bleft\s+untreated,?\s+(?:\w+\s+){0,3}(?:will|can|could)\b/i,
      /\btime\s+is\s+running\s+out\b/i,
    ],
    negatable: false,
  },
  {
    id: 'doctor',
    category: 'title',
    standard: CRPO_TITLES,
    rule: 'no “Dr.” or “doctor” before the name of anyone providing psychotherapy',
    fix: 'write the name without “Dr.”; list a doctorate as a degree after the name, such as PhD',
    // Built for the team's own names: see doctorPatterns() in match.ts.
    patterns: [],
    negatable: false,
  },
  {
    id: 'rp-qualifying',
    category: 'title',
    standard: CRPO_TITLES,
    rule: 'the College title is written in the CRPO’s form: “Registered Psychotherapist (Qualifying)” or “RP (Qualifying)”, no other short form',
    fix: 'write RP (Qualifying)',
    patterns: [/\bRP-Q\b/, /\bRP\s?\(Q\)/],
    negatable: false,
  },
  {
    id: 'mta-form',
    category: 'title',
    standard: CAMT_MARK,
    rule: 'the MTA is written in one of the CAMT’s forms: “Certified Music Therapist (MTA)”, “Certified MTA (Music Therapist Accredited)” or “Certified MTA”',
    fix: 'write Certified Music Therapist (MTA)',
    patterns: [/(?<!\bCertified MTAs? \()\bMusic Therapists? Accredited\b/i],
    negatable: false,
  },
];

/** Every rule, in the order the guide shows them. */
export const advertisingRules: readonly AdvertisingRule[] = [...outcomeRules, ...endorsementRules, ...rankingRules, ...fearAndTitleRules];

export function advertisingRule(id: string): AdvertisingRule {
  const rule = advertisingRules.find((r) => r.id === id);
  if (!rule) throw new Error(`no advertising rule "${id}"`);
  return rule;
}
