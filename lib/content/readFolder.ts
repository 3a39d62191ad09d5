/** Reads every file below a content folder, for the checker. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SiteContext, SourceFile } from './check';
import { parseFile } from './frontmatter';
import { documentTypes } from './schema';

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

/** The abbreviations the glossary defines, read straight from its files (for the MDX compiler). */
export function glossaryAbbreviations(dir: string): string[] {
  const folder = path.join(dir, documentTypes.GlossaryTerm.folder);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => parseFile(readFileSync(path.join(folder, name), 'utf8')).data?.abbreviation)
    .filter((value): value is string => typeof value === 'string' && value.trim() !== '')
    .map((value) => value.trim());
}

/** The site outside content/ that content may link to: app/'s page files and public/'s files. */
export async function readSiteContext(root = process.cwd()): Promise<SiteContext> {
  const list = async (dir: string) =>
    existsSync(path.join(root, dir))
      ? (await readdir(path.join(root, dir), { recursive: true, withFileTypes: true }))
          .filter((e) => e.isFile())
          .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
      : [];
  return {
    appPageFiles: (await list('app')).filter((f) => f.endsWith('/page.tsx') || f === 'app/page.tsx'),
    publicFiles: new Set((await list('public')).map((f) => f.replace(/^public/, ''))),
  };
}
