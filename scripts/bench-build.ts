/**
 * `npm run bench:build [-- --sizes 100,1000,5000]`: how the build scales.
 *
 * For each size, writes a deterministic synthetic corpus (the real content
 * plus generated articles with headings, lists, quotations, citations,
 * cross-links and figures) into a temporary content folder, builds it from
 * clean into its own out folder, and prints the time of each build step, the
 * milliseconds per page, the peak memory of the whole process tree and the
 * size of the output; then rebuilds after editing one article, and once more
 * after another edit as the workflows do: no .next/ or out/, only the caches
 * they restore (.github/actions/build-caches). Figures only;
 * no thresholds. Results are also written to .bench-site/results.json.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { DEFAULT_CACHE as IMAGE_CACHE } from './lib/images/variants';
import { syntheticCorpus } from './lib/syntheticCorpus';

const ROOT = '.bench-site';
const DEFAULT_SIZES = [100, 1000, 5000];

function parseSizes(args: readonly string[]): number[] {
  const index = args.findIndex((a) => a === '--sizes' || a.startsWith('--sizes='));
  if (index === -1) return DEFAULT_SIZES;
  const value = args[index]!.includes('=') ? args[index]!.split('=')[1] : args[index + 1];
  const sizes = (value ?? '').split(',').map((s) => Number(s.trim()));
  if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 2)) {
    console.error('Usage: npm run bench:build -- --sizes 100,1000   (each size a whole number of articles, at least 2)');
    process.exit(1);
  }
  return sizes;
}

interface BuildRun {
  readonly ms: number;
  /** CPU time (user + system) of the build and every process it waited for: steadier than wall time on a shared machine. */
  readonly cpuMs: number;
  readonly peakBytes: number;
  readonly pages: number;
  readonly steps: readonly { step: string; ms: number }[];
}

/** Resident memory of a process and all its descendants, from /proc (Linux). */
function treeRss(rootPid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces) start after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      const pages = Number(fields[21]);
      const pid = Number(name);
      rss.set(pid, pages * 4096);
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const queue = [rootPid];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    total += rss.get(pid) ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

function build(contentDir: string, outDir: string, log: string): Promise<BuildRun> {
  const timingsFile = path.join(ROOT, 'timings.json');
  const timeFile = path.join(ROOT, 'time.txt');
  rmSync(timingsFile, { force: true });
  rmSync(timeFile, { force: true });
  return new Promise((resolve, reject) => {
    const started = performance.now();
    // GNU time reports the CPU time of the whole tree once it has been waited for.
    const child = spawn('/usr/bin/time', ['-f', '%U %S', '-o', timeFile, process.execPath, '--import', 'tsx', 'scripts/build.ts'], {
      env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir, BUILD_TIMINGS_FILE: timingsFile, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => appendFileSync(log, chunk));
    child.stderr.on('data', (chunk: Buffer) => appendFileSync(log, chunk));
    let peakBytes = 0;
    const sampler = setInterval(() => (peakBytes = Math.max(peakBytes, treeRss(child.pid!))), 250);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(sampler);
      const ms = performance.now() - started;
      if (code !== 0) return reject(new Error(`the build of ${contentDir} failed (exit code ${code}); see ${log}`));
      const { pages, steps } = JSON.parse(readFileSync(timingsFile, 'utf8')) as { pages: number; steps: { step: string; ms: number }[] };
      const [user, system] = readFileSync(timeFile, 'utf8').trim().split(/\s+/).slice(-2).map(Number) as [number, number];
      resolve({ ms, cpuMs: 1000 * (user + system), peakBytes, pages, steps });
    });
  });
}

function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(path.join(e.parentPath, e.name)).size, 0);
}

/** The folders the workflows restore between runs (.github/actions/build-caches): contentlayer's, social images and compressed copies, image variants. */
const KEPT_CACHES = ['.contentlayer', 'node_modules/.cache', IMAGE_CACHE];

/** What a fresh CI runner lacks even with the caches restored: Next's build folder and the last output. */
function removeBuildOutput(outDir: string): void {
  for (const dir of ['.next', outDir, path.join(path.dirname(outDir), `.${path.basename(outDir)}-staging`)]) rmSync(dir, { recursive: true, force: true });
}

/** Everything a clean build starts without: generated content, Next's build folder and caches, the last output. */
function clean(outDir: string): void {
  for (const dir of KEPT_CACHES) rmSync(dir, { recursive: true, force: true });
  removeBuildOutput(outDir);
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')).join('\n');
}

const sizes = parseSizes(process.argv.slice(2));
mkdirSync(ROOT, { recursive: true });
const results: Record<string, unknown>[] = [];

for (const size of sizes) {
  const site = path.join(ROOT, String(size));
  const contentDir = path.join(site, 'content');
  const outDir = path.join(site, 'out');
  const log = path.join(site, 'build.log');
  rmSync(site, { recursive: true, force: true });
  cpSync('content', contentDir, { recursive: true });
  const corpus = syntheticCorpus(size, readdirSync(path.join(contentDir, 'posts')).length);
  for (const article of corpus) writeFileSync(path.join(contentDir, 'posts', `${article.slug}.mdx`), article.text);
  console.log(`\n${size} articles (${corpus.length} generated): building from clean… (log: ${log})`);

  clean(outDir);
  const cold = await build(contentDir, outDir, log);
  const outBytes = folderBytes(outDir);

  // One article edited: a sentence added to its body, as a writer would.
  const edited = path.join(contentDir, 'posts', `${corpus[Math.floor(corpus.length / 2)]!.slug}.mdx`);
  writeFileSync(edited, `${readFileSync(edited, 'utf8')}\nOne more sentence, added to measure a rebuild after an edit.\n`);
  console.log('Rebuilding after editing one article…');
  const warm = await build(contentDir, outDir, log);

  // As the workflows run after one edit: a fresh runner (no .next/, no out/) with the caches of the last build restored.
  writeFileSync(edited, `${readFileSync(edited, 'utf8')}\nAnd one more, for the rebuild with restored caches.\n`);
  removeBuildOutput(outDir);
  console.log('Rebuilding after one more edit, with only the restored caches (as in CI)…');
  const ci = await build(contentDir, outDir, log);

  const rows: string[][] = [['step', 'clean', 'after one edit', 'one edit, CI caches']];
  const stepMs = (run: BuildRun, step: string) => seconds(run.steps.find((s) => s.step === step)?.ms ?? 0);
  for (const { step, ms } of cold.steps) rows.push([step, seconds(ms), stepMs(warm, step), stepMs(ci, step)]);
  const all = [cold, warm, ci];
  rows.push(
    ['total (wall clock)', ...all.map((r) => seconds(r.ms))],
    ['CPU time (user + system)', ...all.map((r) => seconds(r.cpuMs))],
    ['pages', ...all.map((r) => String(r.pages))],
    ['ms per page (wall clock)', ...all.map((r) => (r.ms / r.pages).toFixed(1))],
    ['CPU ms per page', ...all.map((r) => (r.cpuMs / r.pages).toFixed(1))],
    ['peak memory (process tree)', ...all.map((r) => mib(r.peakBytes))],
    ['size of out/', mib(outBytes), '', mib(folderBytes(outDir))],
  );
  console.log(
    `\n${size} articles\n${table(rows)}\nOne-article rebuild: ${((100 * warm.ms) / cold.ms).toFixed(0)}% of the clean build (${((100 * warm.cpuMs) / cold.cpuMs).toFixed(0)}% of its CPU time); with only the CI caches: ${((100 * ci.ms) / cold.ms).toFixed(0)}% (${((100 * ci.cpuMs) / cold.cpuMs).toFixed(0)}% of its CPU time). Load average now: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(', ')} on ${availableParallelism()} cores.`,
  );
  results.push({
    size,
    pages: cold.pages,
    cleanMs: Math.round(cold.ms),
    cleanCpuMs: Math.round(cold.cpuMs),
    rebuildMs: Math.round(warm.ms),
    rebuildCpuMs: Math.round(warm.cpuMs),
    ciRebuildMs: Math.round(ci.ms),
    ciRebuildCpuMs: Math.round(ci.cpuMs),
    peakBytes: cold.peakBytes,
    outBytes,
    steps: cold.steps,
    rebuildSteps: warm.steps,
  });
  writeFileSync(path.join(ROOT, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  // The corpus and its output are large; keep only the figures.
  if (!process.argv.includes('--keep')) rmSync(site, { recursive: true, force: true });
}
if (existsSync('.contentlayer'))
  console.log('\n.contentlayer/ now holds the last synthetic corpus: run `npm run content` (or a build) before using the real site.');
