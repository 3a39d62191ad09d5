/**
 * What an advertising rule is (rules.ts lists them), and the pieces the rule
 * tables share: the standards they cite, and a sentence-bounded gap.
 */

type AdvertisingCategory = 'outcome' | 'endorsement' | 'ranking' | 'uniqueness' | 'fear' | 'title';

export interface AdvertisingRule {
  /** Stable: problems carry it as `advertising.<id>`, and the corpus labels breaches with it. */
  readonly id: string;
  readonly category: AdvertisingCategory;
  /** The standard, by body and number. */
  readonly standard: string;
  /** What the standard asks, in plain words. */
  readonly rule: string;
  readonly fix: string;
  readonly patterns: readonly RegExp[];
  /** A negation earlier in the sentence ("we cannot guarantee …") means the words say what the practice does not do. */
  readonly negatable: boolean;
}

export const CRPO_ADVERTISING = 'CRPO standard 6.2 (advertising)';
export const CRPO_TITLES = 'CRPO standard 1.2 (titles)';
export const CAMT_MARK = 'CAMT (the MTA certification mark)';

/** Within one sentence: any words but a full stop, question or exclamation mark. */
export const SAME_SENTENCE = String.raw`[^.!?]{0,120}?`;
export const re = (source: string, flags = 'i') => new RegExp(source, flags);

