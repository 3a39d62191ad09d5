/** Where a path in a body points: another site, a relative path, or a file that is (or is not) in public/. */
import { closest, typoDistance } from '../../diagnostics/suggest';
import { decode } from './mdxText';

export const EXTERNAL = /^(?:https?:|mailto:|tel:|sms:|\/\/)/i;
export const ANY_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** A file whose path differs from `path` by what could be a typo in its name, not a different file in the same folder. */
export function closestFile(path: string, files: ReadonlySet<string>): string | undefined {
  const guess = closest(path, [...files]);
  const name = path.split('/').pop() ?? path;
  return guess !== undefined && typoDistance(path, guess) <= Math.max(1, Math.floor(name.length / 3)) ? guess : undefined;
}

type LocalFileProblem = 'missing' | 'external' | 'relative' | 'not-found';

/** What is wrong with `src` as the path of a file under public/, if anything, and the file it may have meant. */
export function localFileProblem(src: string, publicFiles: ReadonlySet<string>): { problem: LocalFileProblem; guess?: string } | undefined {
  if (src === '') return { problem: 'missing' };
  if (EXTERNAL.test(src) || ANY_SCHEME.test(src)) return { problem: 'external' };
  if (!src.startsWith('/')) return { problem: 'relative' };
  if (publicFiles.has(src) || publicFiles.has(decode(src))) return undefined;
  return { problem: 'not-found', guess: closestFile(src, publicFiles) };
}
