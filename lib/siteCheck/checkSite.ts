/**
 * `npm run check:site`: checks a built site as a visitor gets it. It serves
 * the folder with the site's real headers (the same server as `npm start`),
 * runs the file checks and the browser checks, and returns every finding.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { pathForFile, type ExportedPage } from '../build/links';
import { scriptHashes } from '../security/inlineScripts';
import { siteHandler } from '../serve/siteServer';
import { isAdminPath } from '../security/headers';
import { adminBrowserFindings, adminStaticFindings } from './adminChecks';
import { browserFindings, VIEWS_PER_PAGE } from './browserChecks';
import type { Finding } from './findings';
import { compressedCopyFindings, htmlFindings, inlineScriptFindings, linkFindings, runtimeFindings, thirdPartyFindings } from './staticChecks';

export interface SiteCheckResult {
  readonly pages: number;
  readonly views: number;
  readonly findings: Finding[];
  readonly seconds: number;
}

export interface SiteCheckOptions {
  /** Only these URL paths (default: every page). */
  readonly only?: readonly string[];
  /** Extra addresses to open in the browser, such as a search with a query. */
  readonly extraVisits?: readonly string[];
  /** Chromium to run (scripts/lib/browser.ts finds it); the caller passes it, so lib/ holds no test tooling. */
  readonly browserPath: string | undefined;
}

function readSite(dir: string): { files: Set<string>; pages: ExportedPage[] } {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
  const pages = files
    .filter((f) => f.endsWith('.html'))
    .map((f) => ({ url: pathForFile(f), html: readFileSync(path.join(dir, f), 'utf8') }))
    .sort((a, b) => a.url.localeCompare(b.url));
  return { files: new Set(files), pages };
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('the check server has no address');
  return `http://127.0.0.1:${address.port}`;
}

export async function checkSite(dir: string, options: SiteCheckOptions): Promise<SiteCheckResult> {
  const started = performance.now();
  const read = readSite(dir);
  // The editor is a surface of its own, checked against its own policy (adminChecks.ts).
  const admin = read.pages.find((p) => isAdminPath(p.url));
  const site = { ...read, pages: read.pages.filter((p) => !isAdminPath(p.url)) };
  const pages = options.only ? site.pages.filter((p) => options.only!.includes(p.url)) : site.pages;
  const checkAdmin = !options.only || options.only.some(isAdminPath);
  const findings: Finding[] = [
    ...(await htmlFindings(pages)),
    // Links are resolved against every page, so a fragment on a page not checked still counts.
    ...linkFindings(site.pages, site.files).filter((f) => pages.some((p) => p.url === f.page)),
    ...thirdPartyFindings(pages),
    ...runtimeFindings(pages),
    ...inlineScriptFindings(pages),
    ...compressedCopyFindings(dir, pages),
    ...(checkAdmin ? adminStaticFindings(dir, admin, site.files) : []),
  ];

  // The headers' policy, like the local server's, allows what the built pages hold, read from the files.
  const server = createServer(siteHandler(path.resolve(dir), { scriptHashes: scriptHashes(site.pages.map((p) => p.html)) }));
  const origin = await listen(server);
  const executablePath = options.browserPath;
  if (!executablePath) throw new Error('check:site needs Chromium: run `tsx scripts/ensure-browser.ts` or set CHROME_PATH.');
  const browser = await chromium.launch({
    executablePath,
    args: process.getuid?.() === 0 ? ['--no-sandbox', '--disable-background-networking'] : ['--disable-background-networking'],
  });
  try {
    // 404.html is served for missing pages; it is checked at its own address.
    const visits = [...pages.map((p) => p.url), ...(options.extraVisits ?? [])];
    findings.push(...(await browserFindings(browser, origin, visits)));
    if (checkAdmin) findings.push(...(await adminBrowserFindings(browser, origin)));
    return { pages: pages.length, views: visits.length * VIEWS_PER_PAGE, findings, seconds: (performance.now() - started) / 1000 };
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
}
