/**
 * `npm run check:site`: checks the built site in out/ (or --dir) in a
 * browser with its real headers, prints each finding and a summary, and
 * exits non-zero when there is any. Run it after `npm run build`.
 *   tsx scripts/check-site.ts [--dir out] [--page /a/ --page /b/]
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkSite } from '../lib/siteCheck/checkSite';
import { summary } from '../lib/siteCheck/findings';
import { findBrowser } from './lib/browser';

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'out' }, page: { type: 'string', multiple: true } } });
if (!existsSync(path.join(values.dir, 'index.html'))) {
  console.error(`There is no built site in ${values.dir}/. Run \`npm run build\` first.`);
  process.exit(1);
}

/** A search for a word the site surely holds (the longest in its home page's title), so the search runs under the policy too. */
function searchVisit(dir: string): string[] {
  if (!existsSync(path.join(dir, 'search', 'index.html'))) return [];
  const title = /<title>([^<]*)<\/title>/.exec(readFileSync(path.join(dir, 'index.html'), 'utf8'))?.[1] ?? '';
  const word = title.split(/\W+/).sort((a, b) => b.length - a.length)[0];
  return word ? [`/search/?q=${encodeURIComponent(word.toLowerCase())}`] : [];
}

const only = values.page;
const result = await checkSite(values.dir, { only, extraVisits: only ? [] : searchVisit(values.dir), browserPath: findBrowser() });
console.log(summary(result.pages, result.views, result.findings, result.seconds));
process.exit(result.findings.length > 0 ? 1 : 0);
