/**
 * Writes the advertising rules table of lib/content/advertising.ts into
 * docs/publishing.md, between its advertising-rules markers, so the guide
 * shows exactly the rules the content check applies. A unit test fails when
 * the two differ.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { advertisingRulesMarkdown } from '../lib/content/advertising';

const GUIDE = 'docs/publishing.md';
const BLOCK = /(<!-- advertising-rules:start -->)[\s\S]*?(<!-- advertising-rules:end -->)/;

const guide = readFileSync(GUIDE, 'utf8');
if (!BLOCK.test(guide)) throw new Error(`${GUIDE} has no <!-- advertising-rules:start --> … <!-- advertising-rules:end --> block`);
writeFileSync(
  GUIDE,
  guide.replace(BLOCK, (_, start: string, end: string) => `${start}\n${advertisingRulesMarkdown()}\n${end}`),
);
console.log(`Updated the advertising rules in ${GUIDE}.`);
