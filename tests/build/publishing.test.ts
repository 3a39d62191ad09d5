/**
 * Publishing end to end, on a copy of the real content plus a draft and a
 * future-dated article: `new:post` makes a file that passes the check and
 * builds; drafts and future posts never reach the production site, its
 * sitemap or its feeds; and a build that fails leaves the last good site
 * exactly as it was.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScriptRun } from '../helpers/runScript';
import { copySite, type SiteCopy } from '../helpers/siteCopy';

const SITE = '.test-site';
const CONTENT = `${SITE}/content`;
const OUT = `${SITE}/out`;

let site: SiteCopy;
const run = (script: string, args: string[] = [], env: Record<string, string> = {}) => site.run(script, { args, env });

function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

function fingerprint(dir: string): string {
  const hash = createHash('sha256');
  for (const file of filesOf(dir)) hash.update(file).update(readFileSync(path.join(dir, file)));
  return hash.digest('hex');
}

function textOfSite(): string {
  return filesOf(OUT)
    .filter((f) => /\.(html|xml|json|txt)$/.test(f))
    .map((f) => readFileSync(path.join(OUT, f), 'utf8'))
    .join('\n');
}

let newPost: { code: number; output: string };
let check: { code: number; output: string };
let build: ScriptRun;

beforeAll(async () => {
  site = copySite({ content: CONTENT, out: OUT, add: { 'tests/fixtures/unpublished': 'posts' } });
  newPost = await run('scripts/new-post.ts', ['A brand new article', '--author', 'kaitlyn-kasha']);
  check = await run('scripts/check-content.ts');
  build = await run('scripts/build.ts');
});

describe('publishing', () => {
  it('new:post makes a draft that passes the check and builds', () => {
    expect(newPost.code).toBe(0);
    expect(existsSync(`${CONTENT}/posts/a-brand-new-article.mdx`)).toBe(true);
    expect(readFileSync(`${CONTENT}/posts/a-brand-new-article.mdx`, 'utf8')).toMatch(/^draft: true$/m);
    expect(check.output).toContain('Content is ready');
    expect(check.code).toBe(0);
    expect(build.output).toContain(`Built the site into ${OUT}/`);
    expect(build.code).toBe(0);
  });

  it('new:post refuses a title whose slug exists', async () => {
    const again = await run('scripts/new-post.ts', ['A Brand New Article!', '--author', 'kaitlyn-kasha']);
    expect(again.code).toBe(1);
    expect(again.output).toContain('a-brand-new-article.mdx');
  });

  it('publishes the public articles', () => {
    expect(existsSync(`${OUT}/blog/what-is-music-psychotherapy/index.html`)).toBe(true);
  });

  it('leaves drafts and future posts out of every page, the sitemap and the feeds', () => {
    for (const file of ['sitemap.xml', 'feed.xml', 'feed.json']) {
      expect(readFileSync(`${OUT}/${file}`, 'utf8'), file).toContain('/blog/what-is-music-psychotherapy/');
    }
    for (const slug of ['a-draft-article', 'a-future-article', 'a-brand-new-article']) {
      expect(existsSync(`${OUT}/blog/${slug}`)).toBe(false);
    }
    const site = textOfSite();
    for (const marker of ['a-draft-article', 'a-future-article', 'a-brand-new-article', 'must not be published', 'zebra-marker']) {
      expect(site).not.toContain(marker);
    }
  });

  it('keeps the last good site when a build fails', async () => {
    const before = fingerprint(OUT);
    const failed = await run('scripts/build.ts', [], { SITE_URL: 'not a url' });
    expect(failed.code).toBe(1);
    expect(failed.output).toContain('SITE_URL must be an absolute http(s) URL');
    expect(failed.output).toContain(`${OUT}/ still holds the last good site`);
    expect(fingerprint(OUT)).toBe(before);
    expect(existsSync(`${SITE}/.out-staging`)).toBe(false);
  });
});
