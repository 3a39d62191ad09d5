/**
 * The regulators' advertising and title rules as a content check, one concern
 * per module: words.ts (word classes), rules.ts (the rules as data), match.ts
 * (the matcher), visibleText.ts (the words a reader sees in a file),
 * fileProblems.ts (content files in, problems out), corpus.ts and
 * guideTable.ts (the tried sentences and the staff guide's table).
 */
export { advertisingProblems, checkAdvertisingTree, type AdvertisingSource } from './fileProblems';
export { advertisingRulesMarkdown } from './guideTable';
export { readAdvertisingCorpus } from './corpus';
export { checkAdvertisingText, isClientAttribution, isReviewLink } from './match';
export { advertisingRules } from './rules';
