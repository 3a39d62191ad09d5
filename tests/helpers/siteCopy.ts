/**
 * A copy of the site's content for a build test: the real content/ (or
 * another folder) copied fresh into a folder of the test's own, fixtures
 * added, and the project's scripts run on it as a writer would
 * (CONTENT_DIR and OUT_DIR pointing at the copy). The copies stay inside
 * the project, where Next finds its configuration; lint and git ignore them.
 */
import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import { runScript, type ScriptRun } from './runScript';

export interface SiteCopy {
  /** The copied content folder. */
  readonly content: string;
  /** Where a build of the copy writes the site. */
  readonly out: string;
  /** Runs one of the project's scripts on the copy; `env` is added (SITE_URL…). */
  run(script: string, options?: { args?: readonly string[]; env?: Record<string, string> }): Promise<ScriptRun>;
}

export interface SiteCopyOptions {
  readonly content: string;
  readonly out: string;
  /** The content to copy; the project's content/ when unset. */
  readonly from?: string;
  /** Files or folders to copy in, by where they go inside the content folder: `{ 'tests/fixtures/unpublished': 'posts' }`. */
  readonly add?: Readonly<Record<string, string>>;
  /** Added to every run's environment. */
  readonly env?: Record<string, string>;
}

export function copySite({ content, out, from = 'content', add = {}, env: siteEnv = {} }: SiteCopyOptions): SiteCopy {
  rmSync(content, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
  cpSync(from, content, { recursive: true });
  for (const [source, target] of Object.entries(add)) cpSync(source, path.join(content, target), { recursive: true });
  return {
    content,
    out,
    run: (script, { args = [], env = {} } = {}) => runScript(script, { args, env: { CONTENT_DIR: content, OUT_DIR: out, ...siteEnv, ...env } }),
  };
}
