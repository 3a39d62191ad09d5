/**
 * `npm run bench:pages [-- --dir out --runs 3]`: what a reader on a phone
 * gets. Serves the built site with compression (a precompressed copy, served
 * by sirv) and runs Lighthouse in its mobile mode, `runs` times on one page
 * of each kind, then prints the medians of the four category scores, FCP,
 * LCP, Speed Index, CLS, TBT and the bytes transferred by type. Figures only; no
 * thresholds.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import sirv from 'sirv';
import { findBrowser } from './lib/browser';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'out' },
    runs: { type: 'string', default: '3' },
  },
});
const SITE = path.resolve(values.dir);
const RUNS = Number(values.runs);
const CHROME = findBrowser();
if (!CHROME) {
  console.error('No Chromium found: set CHROME_PATH or install Debian’s chromium.');
  process.exit(1);
}
if (!existsSync(path.join(SITE, 'index.html'))) {
  console.error(`There is no built site in ${values.dir}/. Run \`npm run build\` first.`);
  process.exit(1);
}

/** One page of each kind, the first found in the export of each section. */
function pagesToMeasure(): { kind: string; url: string }[] {
  const first = (dir: string, skip: readonly string[] = []) =>
    existsSync(path.join(SITE, dir))
      ? readdirSync(path.join(SITE, dir), { withFileTypes: true })
          .filter((e) => e.isDirectory() && !skip.includes(e.name) && existsSync(path.join(SITE, dir, e.name, 'index.html')))
          .map((e) => e.name)
          .sort()[0]
      : undefined;
  const article = first('blog', ['page', 'tags']);
  const tag = first('blog/tags');
  const candidates: [string, string | undefined][] = [
    ['home', '/'],
    ['articles list', '/blog/'],
    ['article', article && `/blog/${article}/`],
    ['tag listing', tag && `/blog/tags/${tag}/`],
    ['experience', first('experiences') && `/experiences/${first('experiences')}/`],
    ['area of well-being', first('well-being') && `/well-being/${first('well-being')}/`],
    ['team member', first('team') && `/team/${first('team')}/`],
    ['levels', '/levels/'],
    ['questions', '/faq/'],
    ['glossary', '/glossary/'],
    ['content page', '/approach/'],
    ['search', '/search/'],
  ];
  return candidates
    .filter((c): c is [string, string] => c[1] !== undefined && existsSync(path.join(SITE, c[1], 'index.html')))
    .map(([kind, url]) => ({ kind, url }));
}

/** A copy of the site with a .br and .gz beside each text file, which sirv serves to browsers that accept them. */
function precompressedCopy(): string {
  const copy = mkdtempSync(path.join(tmpdir(), 'bench-pages-'));
  cpSync(SITE, copy, { recursive: true });
  for (const entry of readdirSync(copy, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(html|css|js|json|xml|svg|txt|webmanifest)$/.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    const body = readFileSync(file);
    writeFileSync(`${file}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
  }
  return copy;
}

function serve(dir: string): Promise<Server> {
  const handler = sirv(dir, { gzip: true, brotli: true, dev: false, etag: true, extensions: ['html'] });
  const server = createServer((req, res) =>
    handler(req, res, () => {
      res.writeHead(404).end('Not found');
    }),
  );
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

interface Run {
  scores: Record<string, number>;
  fcp: number;
  lcp: number;
  si: number;
  cls: number;
  tbt: number;
  bytes: Record<string, number>;
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const BYTE_TYPES = ['document', 'stylesheet', 'script', 'font', 'image', 'other', 'total'] as const;

async function measure(url: string, port: number): Promise<Run> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.message}`);
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const items = (lhr.audits['resource-summary']?.details as { items?: { resourceType: string; transferSize: number }[] } | undefined)?.items ?? [];
  return {
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? Number.NaN) * 100)])),
    fcp: numeric('first-contentful-paint'),
    lcp: numeric('largest-contentful-paint'),
    si: numeric('speed-index'),
    cls: numeric('cumulative-layout-shift'),
    tbt: numeric('total-blocking-time'),
    bytes: Object.fromEntries(BYTE_TYPES.map((t) => [t, items.find((i) => i.resourceType === t)?.transferSize ?? 0])),
  };
}

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')).join('\n');
}

const copy = precompressedCopy();
const server = await serve(copy);
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
/**
 * Headless Chromium sometimes holds a loaded page's first frame back by one or two whole seconds (viz stops
 * sending it BeginFrames: Lighthouse issue #17148), and Lighthouse's Speed Index is built from those frames: here
 * 16 loads of 16 were held back, moving Speed Index from about 1.4 s to 3.7 s. Running every compositor stage
 * before each draw gives frames as soon as the page can paint (0 loads of 16 held back); it cannot make a page
 * paint sooner than it can.
 */
const HEADLESS_FRAME_FIX = '--run-all-compositor-stages-before-draw';
const chrome = await chromeLauncher.launch({
  chromePath: CHROME,
  chromeFlags: ['--headless', '--no-sandbox', '--disable-background-networking', '--disable-gpu', HEADLESS_FRAME_FIX],
});

const kib = (n: number) => (n / 1024).toFixed(1);
const rows: string[][] = [
  [
    'page',
    'perf',
    'a11y',
    'best',
    'seo',
    'FCP ms',
    'LCP ms',
    'SI ms',
    'CLS',
    'TBT ms',
    'HTML KiB',
    'CSS KiB',
    'JS KiB',
    'font KiB',
    'img KiB',
    'other KiB',
    'total KiB',
  ],
];
try {
  // A new Chromium's first page load pays for its start-up (style system, font and cache set-up) in its main-thread
  // tasks, which Lighthouse counts as blocking time: one load is thrown away, so the page measured first is not
  // penalised for coming first. Its result is not used, so a warm-up that fails (once in four runs, a new headless
  // Chromium painted nothing: NO_FCP) is said and another is made; a measured load that fails still stops the run.
  await measure(`${base}/`, chrome.port).catch(async (error: unknown) => {
    console.log(`warm-up load failed (${error instanceof Error ? error.message : String(error)}); warming up again`);
    await measure(`${base}/`, chrome.port);
  });
  for (const { kind, url } of pagesToMeasure()) {
    const runs: Run[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await measure(`${base}${url}`, chrome.port));
    const m = (pick: (r: Run) => number) => median(runs.map(pick));
    rows.push([
      `${kind} ${url}`,
      ...CATEGORIES.map((c) => String(m((r) => r.scores[c]!))),
      m((r) => r.fcp).toFixed(0),
      m((r) => r.lcp).toFixed(0),
      m((r) => r.si).toFixed(0),
      m((r) => r.cls).toFixed(3),
      m((r) => r.tbt).toFixed(0),
      ...BYTE_TYPES.map((t) => kib(m((r) => r.bytes[t]!))),
    ]);
    console.log(`measured ${url} (${RUNS} runs)`);
  }
} finally {
  await chrome.kill();
  server.close();
  rmSync(copy, { recursive: true, force: true });
}
const { version } = JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')) as { version: string };
console.log(
  `\nLighthouse ${version}, mobile, median of ${RUNS} runs per page, Chromium with ${HEADLESS_FRAME_FIX}; bytes are transferred (compressed) bytes.\n`,
);
console.log(table(rows));
