/**
 * The preview (`npm run dev`) as a writer uses it, on a copy of the content
 * with a draft and a future post: unpublished posts show, marked; a saved
 * edit reaches the page without a restart; a broken file shows its problem
 * in the terminal and the page while the server keeps running.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { copySite } from '../helpers/siteCopy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CONTENT = '.test-site/preview-content';
const PORT = Number(process.env.PREVIEW_PORT ?? 3217);
const ARTICLE = `${CONTENT}/posts/what-is-music-psychotherapy.mdx`;
let server: ChildProcess;
let terminal = '';

async function page(path: string): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${PORT}${path}`);
  return response.text();
}

/** Asks again until the page satisfies `test`; the limit only stops a hung run. */
async function eventually(path: string, test: (html: string) => boolean, limitSeconds = 90): Promise<string> {
  const until = Date.now() + limitSeconds * 1000;
  let html = '';
  while (Date.now() < until) {
    html = await page(path).catch(() => '');
    if (test(html)) return html;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return html;
}

beforeAll(async () => {
  // The preview runs scripts/dev.ts as a server, not a script that ends, so only the copy is the helper's.
  copySite({ content: CONTENT, out: '.test-site/preview-out', add: { 'tests/fixtures/unpublished': 'posts' } });
  server = spawn(process.execPath, ['--import', 'tsx', 'scripts/dev.ts', '--port', String(PORT), '--hostname', '127.0.0.1'], {
    env: { ...process.env, CONTENT_DIR: CONTENT },
    detached: true,
  });
  server.stdout?.on('data', (chunk: Buffer) => (terminal += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (terminal += chunk.toString()));
  await eventually('/blog/', (html) => html.includes('Articles'), 180);
});

afterAll(async () => {
  // The whole process group: the preview script, contentlayer and next dev.
  const group = -(server.pid ?? 0);
  const exited = new Promise((resolve) => server.once('exit', resolve));
  process.kill(group, 'SIGTERM');
  const forced = setTimeout(() => process.kill(group, 'SIGKILL'), 10_000);
  await exited;
  clearTimeout(forced);
  rmSync(CONTENT, { recursive: true, force: true });
});

describe('the preview', () => {
  it('shows drafts and future posts, marked as such', async () => {
    const blog = await page('/blog/');
    expect(blog).toContain('/blog/a-draft-article/');
    expect(blog).toContain('/blog/a-future-article/');
    expect(blog).toMatch(/status-badge">draft/);
    expect(blog).toMatch(/status-badge">scheduled/);
    expect(await page('/blog/a-draft-article/')).toContain('Preview: this article is');
  });

  it('updates the page when a file is saved, without a restart', async () => {
    const original = readFileSync(ARTICLE, 'utf8');
    writeFileSync(ARTICLE, original.replace('title: What is Music Psychotherapy?', 'title: What is Music Psychotherapy? (edited)'));
    const html = await eventually('/blog/what-is-music-psychotherapy/', (h) => h.includes('What is Music Psychotherapy? (edited)'));
    expect(html).toContain('What is Music Psychotherapy? (edited)');
    writeFileSync(ARTICLE, original);
  });

  it('shows a broken file’s problem in the terminal and the page, and keeps serving', async () => {
    const original = readFileSync(ARTICLE, 'utf8');
    // Saved the way many editors save: a new file replaces the old one.
    rmSync(ARTICLE);
    writeFileSync(ARTICLE, original.replace('date: 2026-11-25', 'date: 2026-02-30'));
    const dateLine = original.split('\n').findIndex((line) => line === 'date: 2026-11-25') + 1;
    expect(dateLine).toBeGreaterThan(1);
    const problem = `${ARTICLE}:${dateLine}: date: “2026-02-30” is not a real date`;
    const broken = await eventually('/blog/', (h) => h.includes('Preview only'));
    expect(broken).toContain('Preview only');
    expect(broken).toContain(problem);
    expect(terminal).toContain(problem);

    writeFileSync(ARTICLE, original);
    const fixed = await eventually('/blog/', (h) => h.includes('Articles') && !h.includes('Preview only'));
    expect(fixed).not.toContain('Preview only');
    expect(server.exitCode).toBeNull();
  });
});
