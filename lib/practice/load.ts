/**
 * Loads the practice profile of the content folder for the pages and the
 * site configuration. A profile with any problem stops the build with the
 * same `path:line` lines that `check:content` prints.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { contentDir } from '../content/location';
import { formatProblem } from '../diagnostics/format';
import { checkPractice, type PracticeCheck } from './check';
import { PRACTICE_FILE, type Practice } from './schema';

const loaded = new Map<string, Practice>();

function practiceFilePath(dir = contentDir()): string {
  return path.join(dir, PRACTICE_FILE).split(path.sep).join('/');
}

/** Files in public/, as paths on the site, for checking photos. */
function publicFileSet(root = process.cwd()): Set<string> {
  const dir = path.join(root, 'public');
  if (!existsSync(dir)) return new Set();
  return new Set(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => `/${path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/')}`),
  );
}

/** Reads and checks the profile; throws with every problem when there is any. */
export function readPractice(dir = contentDir()): PracticeCheck & { file: string } {
  const file = practiceFilePath(dir);
  if (!existsSync(file)) {
    throw new Error(`${file}:1: file: is missing (the practice profile is required; copy the example in docs/publishing.md)`);
  }
  return { file, ...checkPractice(readFileSync(file, 'utf8'), file, { publicFiles: publicFileSet() }) };
}

export function loadPractice(dir = contentDir()): Practice {
  const cached = loaded.get(dir);
  if (cached) return cached;
  const { practice, problems } = readPractice(dir);
  if (!practice)
    throw new Error(`The practice profile has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map(formatProblem).join('\n')}`);
  loaded.set(dir, practice);
  return practice;
}
