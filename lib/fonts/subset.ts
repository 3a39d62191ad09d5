/**
 * Which characters the site's font files hold: every character written in
 * the content and the code that renders pages, plus Latin-1 and common
 * typographic punctuation so that a new name with an accent still renders
 * in the site's face.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export const FONT_FILES = [
  { source: 'atkinson-hyperlegible-latin-400-normal.woff', target: 'atkinson-hyperlegible-400.woff2' },
  { source: 'atkinson-hyperlegible-latin-700-normal.woff', target: 'atkinson-hyperlegible-700.woff2' },
] as const;

/** The characters in public/fonts/, written by `npm run fonts`. */
export const SUBSET_LIST = 'assets/fonts/subset-characters.txt';

/** Folders whose text reaches pages. */
const TEXT_SOURCES = ['content', 'app', 'components', 'lib'] as const;

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)).join('');
/** Printable ASCII, Latin-1, and the punctuation editors type: ‘ ’ “ ” – — … • → ← · € ™. */
const BASE_CHARACTERS = `${range(0x20, 0x7e)}${range(0xa0, 0xff)}‘’“”–—…•→←·€™`;

async function textFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile() && /\.(mdx|md|tsx?|ya?ml|json)$/.test(e.name)).map((e) => path.join(e.parentPath, e.name));
}

/** The characters of `text` that are not whitespace or control characters. */
export function visibleCharacters(text: string): Set<string> {
  return new Set([...text].filter((c) => !/[\p{Cc}\p{Cf}\s]/u.test(c) || c === ' '));
}

export async function usedCharacters(root: string): Promise<Set<string>> {
  const used = new Set<string>();
  for (const folder of TEXT_SOURCES) {
    for (const file of await textFiles(path.join(root, folder))) {
      for (const c of visibleCharacters(await readFile(file, 'utf8'))) used.add(c);
    }
  }
  return used;
}

/** The sorted text handed to the subsetter. */
export async function subsetCharacters(root: string): Promise<string> {
  const all = new Set([...BASE_CHARACTERS, ...(await usedCharacters(root))]);
  return [...all].sort().join('');
}
