/** Runs one of the project's scripts as a person would, and returns its exit code and everything it printed. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const exec = promisify(execFile);

export interface ScriptRun {
  readonly code: number;
  readonly output: string;
}

/** `env` is added to this process's environment (CONTENT_DIR, OUT_DIR, SITE_URL…). */
export async function runScript(script: string, { args = [], env = {} }: { args?: readonly string[]; env?: Record<string, string> } = {}): Promise<ScriptRun> {
  try {
    const { stdout, stderr } = await exec(process.execPath, ['--import', 'tsx', script, ...args], {
      env: { ...process.env, ...env },
      // A whole build prints a few megabytes at most.
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

/** A content script run on a given content folder, as a writer would. */
export function runWithContent(script: string, dir: string, args: readonly string[] = []): Promise<ScriptRun> {
  return runScript(script, { args, env: { CONTENT_DIR: dir } });
}
