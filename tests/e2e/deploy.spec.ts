/**
 * The deploy targets as a browser meets them: the local server (`npm start`,
 * the other browser tests) and real nginx running deploy/'s configuration
 * over out/. Both must send the headers of lib/security/headers.ts, and the
 * pages must work under them. nginx runs as a child on a loopback port.
 */
import { readFileSync, readdirSync } from 'node:fs';
import net from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { headersFor, type PolicyInputs } from '../../lib/security/headers';
import { deployFiles, NGINX_SITE_CONF } from '../../lib/security/deployFiles';
import { startNginx, type RunningNginx } from '../../scripts/lib/nginx';
import { sitePolicyInputs } from '../../scripts/lib/securityStep';

let nginx: RunningNginx;
let inputs: PolicyInputs;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  inputs = await sitePolicyInputs('out');
  nginx = await startNginx({ port: await freePort(), root: 'out', siteConf: NGINX_SITE_CONF });
});

test.afterAll(async () => {
  await nginx?.stop();
});

test('the committed deploy/ files are what lib/security/headers.ts and this build generate (`npm run deploy:config`)', () => {
  for (const [file, text] of Object.entries(deployFiles(inputs))) {
    expect(readFileSync(file, 'utf8'), `${file} is stale: run npm run deploy:config`).toBe(text);
  }
});

const stylesheet = `/_next/static/chunks/${readdirSync('out/_next/static/chunks').find((f) => f.endsWith('.css'))}`;

/** Collects what the browser reports about the Content-Security-Policy while a page is open. */
async function watchPolicy(page: Page): Promise<string[]> {
  const reports: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) reports.push(message.text());
  });
  await page.exposeFunction('reportViolation', (text: string) => reports.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation: (t: string) => void }).reportViolation(`${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  return reports;
}

for (const target of ['local server', 'nginx'] as const) {
  test.describe(`served by the ${target}`, () => {
    const base = (baseURL: string | undefined) => (target === 'nginx' ? nginx.url : baseURL!);

    test('pages, assets and errors carry the headers from lib/security/headers.ts', async ({ request, baseURL }) => {
      for (const [path, status] of [
        ['/', 200],
        ['/blog/', 200],
        [stylesheet, 200],
        ['/pagefind/pagefind.js', 200],
        ['/no-such-page/', 404],
      ] as const) {
        const response = await request.get(`${base(baseURL)}${path}`, { maxRedirects: 0 });
        expect(response.status(), path).toBe(status);
        const headers = response.headers();
        for (const [name, value] of Object.entries(headersFor(path, inputs))) expect(headers[name.toLowerCase()], `${path}: ${name}`).toBe(value);
      }
      expect((await request.get(`${base(baseURL)}${stylesheet}`)).headers()['cache-control']).toContain('immutable');
      expect((await request.get(`${base(baseURL)}/`)).headers()['cache-control']).toBe('no-cache');
    });

    test('sends the 404 page for a missing page, and redirects a folder to its slash', async ({ request, baseURL }) => {
      const missing = await request.get(`${base(baseURL)}/no-such-page/`);
      expect(missing.status()).toBe(404);
      expect(await missing.text()).toContain('<h1');
      const folder = await request.get(`${base(baseURL)}/blog?x=1`, { maxRedirects: 0 });
      expect([301, 308]).toContain(folder.status());
      expect(folder.headers().location).toMatch(/^\/blog\/(\?x=1)?$/);
      expect((await request.get(`${base(baseURL)}/_headers`)).status()).toBe(404);
    });

    test('answers only GET and HEAD', async ({ request, baseURL }) => {
      for (const method of ['POST', 'PUT', 'DELETE']) {
        const response = await request.fetch(`${base(baseURL)}/`, { method });
        expect(response.status(), method).toBe(405);
        expect(response.headers()['content-security-policy']).toBe(headersFor('/', inputs)['Content-Security-Policy']);
      }
      expect((await request.head(`${base(baseURL)}/`)).status()).toBe(200);
    });

    test('sends the precompressed copy to a browser that accepts it', async ({ request, baseURL }) => {
      const response = await request.get(`${base(baseURL)}/`, { headers: { 'Accept-Encoding': 'gzip' } });
      expect(response.headers()['content-encoding']).toBe('gzip');
      expect(await response.text()).toContain('<html');
    });

    test('pages load styled and the search finds results, with no policy violation', async ({ page, baseURL }) => {
      const reports = await watchPolicy(page);
      await page.goto(`${base(baseURL)}/`);
      // The stylesheet applied: the body has the site's background, not the browser's white.
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
      await page.goto(`${base(baseURL)}/search/?q=music`);
      await expect(page.locator('#search-results li').first()).toBeVisible();
      await expect(page.getByRole('status')).toContainText('music');
      expect(reports).toEqual([]);
    });
  });
}
