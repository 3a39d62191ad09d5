/**
 * `npm run dev`: the preview. contentlayer2 regenerates content in watch mode
 * beside `next dev`, so a saved MDX file updates the open page. Our content
 * check runs on every save too: a problem prints here and shows at the top
 * of the page, and the server keeps running.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, watch } from 'node:fs';
import path from 'node:path';
import { checkContent } from '../lib/content/check';
import { GENERATED_DIR } from '../lib/content/generated';
import { contentDir } from '../lib/content/location';
import { INCLUDE_UNPUBLISHED_ENV } from '../lib/content/options';
import { type Problem } from '../lib/diagnostics/problem';
import { formatProblem } from '../lib/diagnostics/format';
import { readContentFolder, readSiteContext } from '../lib/content/readFolder';
import { CONTENT_STATUS_FILE, writeContentStatus } from '../lib/content/status';

const dir = contentDir();
let lastReport = '';
let lastProblems: Problem[] = [];

async function recheck() {
  const { problems } = await checkContent(await readContentFolder(dir), await readSiteContext());
  const report = problems.map(formatProblem).join('\n');
  if (report === lastReport) return;
  lastReport = report;
  lastProblems = problems;
  writeContentStatus(problems);
  if (problems.length > 0) console.error(`\nContent problems (the page shows them too):\n${report}\n`);
  else console.log('\nContent check: no problems.\n');
}

/**
 * Watches every folder under the content folder. Folders, not files: editors
 * often save by replacing a file, which a watch on the file itself loses.
 */
function watchFolders(root: string, onChange: () => void) {
  const watched = new Set<string>();
  const attach = () => {
    for (const folder of [
      root,
      ...readdirSync(root, { recursive: true, withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => path.join(e.parentPath, e.name)),
    ]) {
      if (watched.has(folder)) continue;
      watched.add(folder);
      watch(folder, () => {
        attach();
        onChange();
      });
    }
  };
  attach();
}

await recheck();
let timer: NodeJS.Timeout | undefined;
watchFolders(dir, () => {
  clearTimeout(timer);
  timer = setTimeout(() => void recheck().catch((error: unknown) => console.error(error)), 150);
});

// Pages read contentlayer's output at run time (lib/content/generated.ts); when it changes, the status file tells next dev to refresh the page.
mkdirSync(GENERATED_DIR, { recursive: true });
let generatedTimer: NodeJS.Timeout | undefined;
watch(GENERATED_DIR, { recursive: true }, () => {
  clearTimeout(generatedTimer);
  generatedTimer = setTimeout(() => writeContentStatus(lastProblems, CONTENT_STATUS_FILE, Date.now()), 200);
});

const bin = (name: string) => path.resolve('node_modules', '.bin', name);
const children: ChildProcess[] = [
  spawn(bin('contentlayer2'), ['dev'], { stdio: 'inherit' }),
  // The preview shows drafts and future articles, marked (lib/content/options).
  spawn(bin('next'), ['dev', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', [INCLUDE_UNPUBLISHED_ENV]: '1' },
  }),
];

function stopAll(code: number) {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exit(code);
}
for (const child of children) child.on('exit', (code) => stopAll(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stopAll(0));
