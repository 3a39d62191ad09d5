/**
 * The checks that need a browser, on each page as served with the site's
 * real headers: axe at 375 and 1280 px in the light and dark schemes,
 * requests to any other origin, cookies and storage written, and every
 * Content-Security-Policy violation the browser reports (in the page, its
 * workers, or the console).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { Finding } from './findings';

const WIDTHS = [375, 1280] as const;
const SCHEMES = ['light', 'dark'] as const;
/** axe's WCAG 2.2 AA rules and its best practices (landmarks named uniquely, one main, and so on). */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/**
 * The schemes differ only in colour, so after the full run in the first
 * scheme, the second runs axe's colour rules alone: the same findings for
 * about half the time on two shared cores.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

interface Watch {
  readonly reports: string[];
  readonly foreign: string[];
}

async function preparePage(context: BrowserContext, origin: string): Promise<{ page: Page; watch: Watch }> {
  const watch: Watch = { reports: [], foreign: [] };
  const page = await context.newPage();
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) watch.reports.push(message.text());
  });
  page.on('worker', (worker) =>
    worker.on('console', (message) => {
      if (/Content[- ]Security[- ]Policy/i.test(message.text())) watch.reports.push(`worker: ${message.text()}`);
    }),
  );
  await page.exposeFunction('__reportPolicyViolation', (text: string) => watch.reports.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __reportPolicyViolation: (t: string) => void }).__reportPolicyViolation(
        `${event.effectiveDirective} refused ${event.blockedURI || 'inline code'}${event.sourceFile ? ` (${event.sourceFile}:${event.lineNumber})` : ''}`,
      );
    });
  });
  // Nothing leaves the machine: a request to another origin is noted and never sent.
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (/^(data|blob):/.test(url) || new URL(url).origin === origin) return route.continue();
    watch.foreign.push(url);
    return route.abort('blockedbyclient');
  });
  return { page, watch };
}

async function storageWritten(page: Page, context: BrowserContext): Promise<string[]> {
  const written = await page.evaluate(async () => {
    const found: string[] = [];
    if (localStorage.length > 0) found.push(`localStorage: ${Object.keys(localStorage).join(', ')}`);
    if (sessionStorage.length > 0) found.push(`sessionStorage: ${Object.keys(sessionStorage).join(', ')}`);
    const databases = (await indexedDB.databases?.()) ?? [];
    if (databases.length > 0) found.push(`IndexedDB: ${databases.map((d) => d.name).join(', ')}`);
    if ('caches' in window) {
      const names = await caches.keys();
      if (names.length > 0) found.push(`Cache Storage: ${names.join(', ')}`);
    }
    if (navigator.serviceWorker) {
      const workers = await navigator.serviceWorker.getRegistrations();
      if (workers.length > 0) found.push(`service worker: ${workers.map((w) => w.scope).join(', ')}`);
    }
    localStorage.clear();
    sessionStorage.clear();
    return found;
  });
  const cookies = await context.cookies();
  await context.clearCookies();
  return [...written, ...cookies.map((c) => `cookie ${c.name} (${c.domain})`)];
}

/** Checks one page in every view; `path` may carry a query, such as a search. */
async function checkPage(context: BrowserContext, origin: string, path: string): Promise<Finding[]> {
  const { page, watch } = await preparePage(context, origin);
  const findings: Finding[] = [];
  const axe = new Map<string, Set<string>>();
  try {
    await page.setViewportSize({ width: WIDTHS[0], height: 800 });
    await page.emulateMedia({ colorScheme: SCHEMES[0] });
    await page.goto(origin + path, { waitUntil: 'load' });
    // Let scripts finish what the page starts (the search page loads its index).
    await page.waitForLoadState('networkidle');
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      const schemes = width === WIDTHS[0] ? SCHEMES : [...SCHEMES].reverse();
      for (const colorScheme of schemes) {
        await page.emulateMedia({ colorScheme });
        const builder = new AxeBuilder({ page });
        const { violations } = await (colorScheme === schemes[0] ? builder.withTags(AXE_TAGS) : builder.withRules(COLOUR_RULES)).analyze();
        for (const v of violations) {
          const key = `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`;
          if (!axe.has(key)) axe.set(key, new Set());
          axe.get(key)!.add(`${width} px ${colorScheme}`);
        }
      }
    }
    for (const [key, views] of axe) findings.push({ page: path, kind: 'accessibility', message: `${key} (${[...views].join('; ')})` });
    for (const text of await storageWritten(page, context)) findings.push({ page: path, kind: 'storage', message: `wrote ${text}` });
  } finally {
    await page.close();
  }
  for (const url of new Set(watch.foreign)) findings.push({ page: path, kind: 'third-party', message: `requested ${url}` });
  for (const text of new Set(watch.reports)) findings.push({ page: path, kind: 'csp', message: text });
  return findings;
}

/** Checks the pages two at a time, one browser, one context per lane so storage never crosses. */
export async function browserFindings(browser: Browser, origin: string, paths: readonly string[], lanes = 2): Promise<Finding[]> {
  const queue = [...paths];
  const findings: Finding[] = [];
  await Promise.all(
    Array.from({ length: Math.min(lanes, queue.length) }, async () => {
      const context = await browser.newContext();
      try {
        for (let path = queue.shift(); path !== undefined; path = queue.shift()) findings.push(...(await checkPage(context, origin, path)));
      } finally {
        await context.close();
      }
    }),
  );
  return findings;
}

export const VIEWS_PER_PAGE = WIDTHS.length * SCHEMES.length;
