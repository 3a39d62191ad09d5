/**
 * `npm run bench`: builds the site and prints what it costs: build time, the
 * size of out/, and the bytes (raw and gzip) of HTML, CSS and JavaScript that
 * key pages make a reader download. Figures only; no thresholds.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const OUT = 'out';
const PAGES = ['/', '/blog/what-is-music-psychotherapy/', '/levels/', '/search/'];

const started = performance.now();
execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { stdio: 'inherit' });
const buildSeconds = (performance.now() - started) / 1000;

function folderBytes(dir: string): { files: number; bytes: number } {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return { files: files.length, bytes: files.reduce((sum, e) => sum + statSync(path.join(e.parentPath, e.name)).size, 0) };
}

function weight(files: readonly string[]) {
  const bodies = files.map((f) => readFileSync(path.join(OUT, f)));
  return { raw: bodies.reduce((s, b) => s + b.length, 0), gzip: bodies.reduce((s, b) => s + gzipSync(b, { level: 9 }).length, 0) };
}

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const rows: string[][] = [['page', 'HTML raw/gzip', 'CSS raw/gzip', 'JS raw/gzip']];
for (const page of PAGES) {
  const htmlFile = `${page.slice(1)}index.html`;
  const html = readFileSync(path.join(OUT, htmlFile), 'utf8');
  const css = [...html.matchAll(/<link rel="stylesheet" href="\/([^"]+)"/g)].map((m) => m[1]!);
  const js = [...html.matchAll(/<script[^>]*\bsrc="\/([^"]+)"/g)].map((m) => m[1]!);
  const [h, c, j] = [weight([htmlFile]), weight(css), weight(js)];
  rows.push([page, `${kib(h.raw)} / ${kib(h.gzip)}`, `${kib(c.raw)} / ${kib(c.gzip)}`, `${kib(j.raw)} / ${kib(j.gzip)}`]);
}

const site = folderBytes(OUT);
const search = folderBytes(path.join(OUT, 'pagefind'));
const images = folderBytes(path.join(OUT, 'og'));
console.log(`\nBuild: ${buildSeconds.toFixed(1)} s`);
console.log(
  `out/: ${site.files} files, ${kib(site.bytes)} (search index ${search.files} files, ${kib(search.bytes)}; social images ${images.files}, ${kib(images.bytes)})`,
);
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  '));
