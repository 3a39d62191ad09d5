/**
 * `npm run check:site` can fail: one fault of each kind is planted in a copy
 * of the built site, each on its own page, and the check must report each
 * one, on its page, as its kind. Needs a built out/ (`npm run build`).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileForPath } from '@/lib/build/links';
import { checkSite, type SiteCheckResult } from '@/lib/siteCheck/checkSite';
import type { FindingKind } from '@/lib/siteCheck/findings';
import { findBrowser } from '@/scripts/lib/browser';

let copy: string;
let result: SiteCheckResult;

/** Each fault, the page it goes on (a page the site has), what is inserted at the start of <main>, and how check:site must report it. */
const FAULTS: { name: string; page: string; insert: string; kind: FindingKind; message: RegExp }[] = [
  { name: 'an image without alt text', page: '/faq/', insert: '<img src="/icon.svg" width="10" height="10">', kind: 'accessibility', message: /^image-alt:/ },
  { name: 'an invalid nesting', page: '/glossary/', insert: '<ul><p>Not a list item</p></ul>', kind: 'html', message: /element-permitted-content/ },
  {
    name: 'a broken fragment link',
    page: '/team/',
    insert: '<p><a href="/faq/#no-such-question">A question</a></p>',
    kind: 'link',
    message: /\/faq\/#no-such-question/,
  },
  {
    name: 'a third-party script',
    page: '/approach/',
    insert: '<script src="https://example.org/tracker.js"></script>',
    kind: 'third-party',
    message: /example\.org\/tracker\.js/,
  },
  {
    name: 'an inline script whose hash is not in the policy',
    page: '/contact/',
    insert: '<script>document.body.dataset.planted = "yes";</script>',
    kind: 'csp',
    message: /script-src/,
  },
];

const STALE_COPIES = '/team/';

beforeAll(async () => {
  if (!existsSync('out/index.html')) throw new Error('There is no built site in out/: run `npm run build` first.');
  copy = mkdtempSync(path.join(tmpdir(), 'check-site-'));
  cpSync('out', copy, { recursive: true });
  for (const fault of FAULTS) {
    const file = path.join(copy, fileForPath(fault.page));
    const html = readFileSync(file, 'utf8');
    const planted = html.replace(/<main\b[^>]*>/, (main) => main + fault.insert);
    if (planted === html) throw new Error(`${fault.page} has no <main> to plant ${fault.name} in`);
    writeFileSync(file, planted);
  }
  // Servers prefer the precompressed copies, so they are removed for the browser to get the planted HTML; except on the
  // page of the broken link (a check of the files alone), where the stale copies are a fault of their own.
  for (const fault of FAULTS.filter((f) => f.page !== STALE_COPIES)) {
    for (const extension of ['.br', '.gz']) rmSync(path.join(copy, fileForPath(fault.page)) + extension);
  }
  // Only the planted pages and one clean page, to keep the run short.
  result = await checkSite(copy, { only: [...FAULTS.map((f) => f.page), '/'], browserPath: findBrowser() });
});

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe('check:site on a copy of the built site with planted faults', () => {
  it.each(FAULTS)('reports $name on its page as a $kind finding', ({ page, kind, message }) => {
    const reported = result.findings.filter((f) => f.page === page && f.kind === kind);
    expect(reported.map((f) => f.message)).toContainEqual(expect.stringMatching(message));
  });

  it('reports the stale precompressed copies of a page edited after the build', () => {
    const reported = result.findings.filter((f) => f.page === STALE_COPIES && f.kind === 'compressed-copy');
    expect(reported.map((f) => f.message)).toEqual([expect.stringMatching(/\.br differs/), expect.stringMatching(/\.gz differs/)]);
  });

  it('reports nothing on the page left as built', () => {
    expect(result.findings.filter((f) => f.page === '/')).toEqual([]);
  });

  it('exits non-zero from the command line and prints the summary by kind', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-site.ts', '--dir', copy, '--page', '/team/'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/check:site: 1 pages/);
    expect(run.stdout).toMatch(/link 1\b/);
  });
});
