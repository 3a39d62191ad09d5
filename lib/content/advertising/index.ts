/**
 * The regulators' advertising and title rules as a content check, one concern
 * per module: words.ts (word classes), rules.ts (the rules as data), match.ts
 * (the matcher), visibleText.ts (the words a reader sees in a file),
 * fileProblems.ts (content files in, problems out), corpus.ts and
 * guideTable.ts (the tried sentences and the staff guide's table).
 */
export { advertisingProblems, checkAdvertisingTree, type AdvertisingProblem, type AdvertisingSource } from './fileProblems';
export { advertisingRulesMarkdown } from './guideTable';
export { ADVERTISING_CORPUS_FILE, readAdvertisingCorpus, type AdvertisingCorpus } from './corpus';
export { checkAdvertisingText, isClientAttribution, isReviewLink, type AdvertisingFinding, type TextSpan } from './match';
export { advertisingRules, type AdvertisingCategory, type AdvertisingRule } from './rules';
