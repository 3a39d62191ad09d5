/**
 * `npm run shots`: a full-page screenshot of every built page (read from
 * out/) at 375 and 1280 px wide, light and dark, into shots/ (ignored by
 * git), and the phone menu open, for a designer to review by eye. It
 * asserts nothing.
 *   tsx scripts/shots.ts [--port 3100] [--only /help-now/]
 */
import { spawn } from 'node:child_process';
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { isAdminPath } from '../lib/security/headers';
import { findBrowser } from './lib/browser';
import { editorShots } from './lib/editorShots';

const { values } = parseArgs({ options: { port: { type: 'string', default: process.env.PREVIEW_PORT ?? '3100' }, only: { type: 'string', multiple: true } } });
const OUT = 'out';
const SHOTS = 'shots';
const WIDTHS = [375, 1280] as const;
const SCHEMES = ['light', 'dark'] as const;

async function builtPages(): Promise<string[]> {
  const files = await readdir(OUT, { recursive: true });
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

const base = `http://127.0.0.1:${values.port}`;
const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', '--port', values.port, '--host', '127.0.0.1'], { stdio: 'ignore' });
try {
  await waitFor(base);
  await rm(SHOTS, { recursive: true, force: true });
  await mkdir(SHOTS, { recursive: true });
  const browser = await chromium.launch({ executablePath: findBrowser(), args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] });
  const pages = values.only?.length ? values.only : await builtPages();
  for (const width of WIDTHS) {
    for (const colorScheme of SCHEMES) {
      const context = await browser.newContext({ viewport: { width, height: width < 600 ? 812 : 800 }, colorScheme });
      const page = await context.newPage();
      for (const url of pages) {
        await page.goto(base + url, { waitUntil: 'networkidle' });
        await page.evaluate(() => document.fonts.ready);
        await page.screenshot({ path: path.join(SHOTS, `${fileName(url)}-${width}-${colorScheme}.png`), fullPage: true });
      }
      // The phone menu, open: it is part of the design too.
      if (width < 1024) {
        await page.goto(`${base}/`, { waitUntil: 'networkidle' });
        await page.locator('.nav-summary').click();
        await page.screenshot({ path: path.join(SHOTS, `menu-open-${width}-${colorScheme}.png`) });
      }
      await context.close();
    }
  }
  const editor = values.only?.length ? 0 : await editorShots(browser, base, SHOTS, WIDTHS);
  await browser.close();
  console.log(`${pages.length * WIDTHS.length * SCHEMES.length + editor} screenshots in ${SHOTS}/`);
} finally {
  server.kill();
}

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 50; i++) {
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
