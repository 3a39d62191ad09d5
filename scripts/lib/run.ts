/** Runs a command from node_modules/.bin (or PATH), streaming its output; rejects when it fails. */
import { spawn } from 'node:child_process';
import path from 'node:path';

export function run(command: string, args: readonly string[], env: Record<string, string> = {}): Promise<void> {
  const bin = path.resolve('node_modules', '.bin');
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: 'inherit',
      env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`, ...env },
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit code ${code}`})`))));
  });
}
