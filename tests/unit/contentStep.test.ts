/**
 * The content step, run as a writer would run it, on fixture folders that
 * each hold one mistake. Each must stop the step with a line naming the file,
 * the line, the field and the fix.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const exec = promisify(execFile);
const FIXTURES = 'tests/fixtures/content';

async function runScript(script: string, fixture: string) {
  try {
    const { stdout, stderr } = await exec(process.execPath, ['--import', 'tsx', script], {
      env: { ...process.env, CONTENT_DIR: `${FIXTURES}/${fixture}` },
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

describe('the content step', () => {
  it.each([
    ['unknown-author', 'posts/hello.mdx:5: author: “anne-example” is not a known team member (did you mean `ann-example`?)'],
    ['duplicate-slug', 'posts/hello.mdx:1: slug: “hello” is already the address of the article in tests/fixtures/content/duplicate-slug/posts/archive/Hello.mdx'],
    ['missing-title', 'posts/hello.mdx:1: title: is missing: the article title, shown as its heading (add a line such as `title: '],
    ['impossible-date', 'posts/hello.mdx:4: date: “2026-02-30” is not a real date (write the date as YYYY-MM-DD'],
  ])('stops on %s, naming the file and the field', async (fixture, message) => {
    const { code, output } = await runScript('scripts/content.ts', fixture);
    expect(code).toBe(1);
    expect(output).toContain(`${FIXTURES}/${fixture}/${message}`);
    expect(output).toContain('1 problem in');
    expect(output).not.toContain('Generated');
  }, 30_000);

  it('passes the same folder without the mistake', async () => {
    const { code, output } = await runScript('scripts/check-content.ts', 'valid');
    expect(output).toContain('Content is ready: 2 files checked');
    expect(code).toBe(0);
  }, 30_000);
});
