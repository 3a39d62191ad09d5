/**
 * Writes the advertising rules table (lib/content/advertising, examples from
 * its corpus) into docs/publishing.md, between its advertising-rules markers,
 * so the guide shows exactly the rules the content check applies. A unit test
 * fails when the two differ. Run with `npm run docs:advertising`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { advertisingRulesMarkdown, readAdvertisingCorpus } from '../lib/content/advertising';

const GUIDE = 'docs/publishing.md';
const BLOCK = /(<!-- advertising-rules:start -->)[\s\S]*?(<!-- advertising-rules:end -->)/;

const guide = readFileSync(GUIDE, 'utf8');
if (!BLOCK.test(guide)) throw new Error(`${GUIDE} has no <!-- advertising-rules:start --> … <!-- advertising-rules:end --> block`);
const table = advertisingRulesMarkdown(readAdvertisingCorpus());
writeFileSync(
  GUIDE,
  guide.replace(BLOCK, (_, start: string, end: string) => `${start}\n${table}\n${end}`),
);
console.log(`Updated the advertising rules in ${GUIDE}.`);
