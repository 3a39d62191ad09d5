/** Reads every file below a content folder, for the checker. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SourceFile } from './check';

export async function readContentFolder(dir: string): Promise<SourceFile[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && !e.name.startsWith('.'));
  const sources = await Promise.all(
    files.map(async (entry) => {
      const absolute = path.join(entry.parentPath, entry.name);
      return {
        path: path.relative(process.cwd(), absolute).split(path.sep).join('/'),
        relativePath: path.relative(dir, absolute).split(path.sep).join('/'),
        text: await readFile(absolute, 'utf8'),
      };
    }),
  );
  return sources.sort((a, b) => a.path.localeCompare(b.path));
}
