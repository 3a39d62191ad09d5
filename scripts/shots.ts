/**
 * `npm run shots`: a full-page screenshot of every built page at 375 and
 * 1280 px wide, light and dark, and the phone menu open, for a designer to
 * review by eye, with both practice profiles: the real one (out/, as
 * built) into shots/real/, and the full test profile
 * (tests/fixtures/practice/full.yaml, built here into shots/.full-site/)
 * into shots/full/. Every page must read well in both. It asserts nothing.
 *   tsx scripts/shots.ts [--port 3100] [--only /help-now/] [--profile real|full|both]
 * With --guide it writes only the editor's screens, small, into docs/images/
 * for the staff guide's chapter "Publish from your browser" (guideShots.ts).
 *   tsx scripts/shots.ts --guide
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { isAdminPath } from '../lib/security/headers';
import { findBrowser } from './lib/browser';
import { run } from './lib/run';
import { editorShots } from './lib/editorShots';
import { guideShots } from './lib/guideShots';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PREVIEW_PORT ?? '3100' },
    only: { type: 'string', multiple: true },
    profile: { type: 'string', default: 'both' },
    /** Reuse shots/.full-site/out from an earlier run instead of building it again (a build takes minutes). */
    'reuse-full-site': { type: 'boolean', default: false },
    guide: { type: 'boolean', default: false },
  },
});
const SHOTS = 'shots';
const FULL_SITE = path.join(SHOTS, '.full-site');

/** The real content with the full test profile, built beside out/ (like tests/build/profile.test.ts does). */
async function buildFullSite(): Promise<string> {
  cpSync('content', path.join(FULL_SITE, 'content'), { recursive: true });
  cpSync('tests/fixtures/practice/full.yaml', path.join(FULL_SITE, 'content', 'practice.yaml'));
  await run(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], {
    CONTENT_DIR: path.join(FULL_SITE, 'content'),
    OUT_DIR: path.join(FULL_SITE, 'out'),
    SITE_URL: '',
  });
  return path.join(FULL_SITE, 'out');
}
const WIDTHS = [375, 1280] as const;
const SCHEMES = ['light', 'dark'] as const;

async function builtPages(dir: string): Promise<string[]> {
  const files = await readdir(dir, { recursive: true });
  const pages = files
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => f.endsWith('index.html'))
    .map((f) => `/${f.replace(/index\.html$/, '')}`)
    // The editor has screens of its own, below.
    .filter((p) => !isAdminPath(p));
  return [...pages, '/404.html'].sort();
}

/** '/' -> 'home', '/blog/x/' -> 'blog-x'. */
const fileName = (page: string) =>
  page
    .replace(/^\/|\/$/g, '')
    .replace(/\.html$/, '')
    .replace(/\//g, '-') || 'home';

if (values.guide) {
  if (!existsSync('out')) throw new Error('There is no built site in out/. Run `npm run build` first.');
  const browser = await chromium.launch({ executablePath: findBrowser(), args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] });
  const server = await serve('out');
  try {
    const written = await guideShots((into, widths) => editorShots(browser, server.base, into, widths));
    console.log(`${written.length} screenshots in docs/images/: ${written.join(', ')}`);
  } finally {
    server.stop();
    await browser.close();
  }
  process.exit(0);
}

const profiles = { real: 'out', full: FULL_SITE } as const;
const chosen = (values.profile === 'both' ? ['real', 'full'] : [values.profile]) as (keyof typeof profiles)[];
for (const name of chosen) if (!(name in profiles)) throw new Error(`--profile must be real, full or both, not “${name}”.`);
if (chosen.includes('real') && !existsSync('out')) throw new Error('There is no built site in out/. Run `npm run build` first.');
for (const name of chosen) await rm(path.join(SHOTS, name), { recursive: true, force: true });
await mkdir(SHOTS, { recursive: true });
const browser = await chromium.launch({ executablePath: findBrowser(), args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] });
let count = 0;
try {
  for (const name of chosen) {
    const reuse = values['reuse-full-site'] && existsSync(path.join(FULL_SITE, 'out'));
    const dir = name === 'full' ? (reuse ? path.join(FULL_SITE, 'out') : await buildFullSite()) : profiles.real;
    count += await shoot(dir, path.join(SHOTS, name), name === 'real');
  }
} finally {
  await browser.close();
}
console.log(`${count} screenshots in ${SHOTS}/${chosen.length > 1 ? `{${chosen.join(',')}}` : chosen[0]}/`);

/** Every page of the site in `dir`, at each width and scheme, into `into`. */
async function shoot(dir: string, into: string, withEditor: boolean): Promise<number> {
  await mkdir(into, { recursive: true });
  const { base, stop } = await serve(dir);
  try {
    const pages = values.only?.length ? values.only : await builtPages(dir);
    for (const width of WIDTHS) {
      for (const colorScheme of SCHEMES) {
        const context = await browser.newContext({ viewport: { width, height: width < 600 ? 812 : 800 }, colorScheme });
        const page = await context.newPage();
        for (const url of pages) {
          await page.goto(base + url, { waitUntil: 'networkidle' });
          await page.evaluate(() => document.fonts.ready);
          await page.screenshot({ path: path.join(into, `${fileName(url)}-${width}-${colorScheme}.png`), fullPage: true });
        }
        // The phone menu, open: it is part of the design too.
        if (width < 1024) {
          await page.goto(`${base}/`, { waitUntil: 'networkidle' });
          await page.locator('.nav-summary').click();
          await page.screenshot({ path: path.join(into, `menu-open-${width}-${colorScheme}.png`) });
        }
        await context.close();
      }
    }
    // The editor's screens once, from the real site: its forms do not depend on the profile.
    const editor = withEditor && !values.only?.length ? await editorShots(browser, base, into, WIDTHS) : 0;
    return pages.length * WIDTHS.length * SCHEMES.length + editor;
  } finally {
    stop();
  }
}

/** The static server on `dir`, started and answering. */
async function serve(dir: string): Promise<{ base: string; stop: () => void }> {
  const base = `http://127.0.0.1:${values.port}`;
  const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', '--port', values.port, '--host', '127.0.0.1', '--dir', dir], {
    stdio: 'ignore',
  });
  await waitFor(base);
  return { base, stop: () => server.kill() };
}

async function waitFor(url: string): Promise<void> {
  // Up to 30 s: on a busy machine tsx takes a while to start the server.
  for (let i = 0; i < 150; i++) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The preview server did not start at ${url}.`);
}
