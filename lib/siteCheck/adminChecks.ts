/**
 * The editor's surface, /admin/, checked against its own policy rather than
 * the public pages' (which allow no framework script and no other origin):
 * its page carries the editor's policy and `noindex`, loads only its own
 * files, is named by no sitemap, feed, search index or social image, and in
 * the browser asks the network for nothing beyond the Git host's API. What
 * the CMS tries on its own and the policy refuses (a version check, a status
 * page) is expected there and not a finding; a refusal of one of the site's
 * own files would break it, and is.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { ADMIN_FOLDER, contentSecurityPolicy, GIT_HOST_API, isAdminPath, NO_INLINE_SCRIPTS } from '../security/headers';
import type { ExportedPage } from '../build/links';
import type { Finding } from './findings';

const PAGE = ADMIN_FOLDER;

function metaPolicy(html: string): string | undefined {
  return /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
}

/** Files of the export that list pages for others: sitemap, feeds, the search index's page list. */
function listingFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => /^(sitemap[^/]*\.xml|[^/]*feed[^/]*\.(xml|json)|rss\.xml|atom\.xml|pagefind\/pagefind-entry\.json)$/.test(f) && !isAdminPath(`/${f}`));
}

export function adminStaticFindings(dir: string, admin: ExportedPage | undefined, files: ReadonlySet<string>): Finding[] {
  if (!admin) return [{ page: PAGE, kind: 'html', message: 'the export has no editor page (admin/index.html)' }];
  const findings: Finding[] = [];
  if (metaPolicy(admin.html) !== contentSecurityPolicy(NO_INLINE_SCRIPTS, 'meta', 'admin'))
    findings.push({ page: PAGE, kind: 'csp', message: 'the editor page does not carry the editor’s policy (lib/security/headers.ts)' });
  if (!/<meta name="robots" content="noindex/.test(admin.html)) findings.push({ page: PAGE, kind: 'html', message: 'the editor page is not marked noindex' });
  if (/property="og:image"/.test(admin.html)) findings.push({ page: PAGE, kind: 'html', message: 'the editor page names a social image' });
  for (const [, src] of admin.html.matchAll(/<(?:script|link)\b[^>]*(?:src|href)="([^"]+)"/g)) {
    if (!src!.startsWith(ADMIN_FOLDER)) findings.push({ page: PAGE, kind: 'third-party', message: `loads ${src} from outside ${ADMIN_FOLDER}` });
    else if (!files.has(src!.slice(1))) findings.push({ page: PAGE, kind: 'link', message: `loads ${src}, which the export does not have` });
  }
  for (const file of listingFiles(dir)) {
    if (readFileSync(path.join(dir, file), 'utf8').includes(ADMIN_FOLDER)) findings.push({ page: PAGE, kind: 'link', message: `${file} lists the editor` });
  }
  return findings;
}

export async function adminBrowserFindings(browser: Browser, origin: string): Promise<Finding[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const findings: Finding[] = [];
  const refusedOwn: string[] = [];
  page.on('console', (message) => {
    const refused = /Refused to load the \w+ '([^']+)'|Loading the \w+ '([^']+)' violates/.exec(message.text());
    const url = refused?.[1] ?? refused?.[2];
    if (url && new URL(url, origin).origin === origin) refusedOwn.push(url);
  });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (/^(data|blob):/.test(url) || new URL(url).origin === origin) return route.continue();
    // Offline, nothing is sent; the Git host's API is the only origin the editor may ask.
    if (new URL(url).origin !== GIT_HOST_API) findings.push({ page: PAGE, kind: 'third-party', message: `requested ${url}` });
    return route.abort('blockedbyclient');
  });
  try {
    const response = await page.goto(origin + PAGE, { waitUntil: 'load' });
    if (response?.headers()['content-security-policy'] !== contentSecurityPolicy(NO_INLINE_SCRIPTS, 'header', 'admin'))
      findings.push({ page: PAGE, kind: 'csp', message: 'the editor is not served with the editor’s policy header' });
    // The sign-in screen is the editor running: its script, fonts and configuration all loaded.
    await page
      .getByRole('button', { name: /sign in/i })
      .first()
      .waitFor({ timeout: 30_000 });
  } catch (error) {
    findings.push({
      page: PAGE,
      kind: 'runtime',
      message: `the editor did not start: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    });
  } finally {
    await context.close();
  }
  for (const url of new Set(refusedOwn)) findings.push({ page: PAGE, kind: 'csp', message: `the editor's policy refuses its own file ${url}` });
  return findings;
}
