/**
 * Documents whose file name is their place on the site: a page may not take
 * an address the site already uses, a section's introduction is named after
 * its section, and the home page's copy is one file.
 */
import { didYouMean } from '../../diagnostics/suggest';
import { reservedTopLevelSegments, sectionNames } from '../../routes';
import type { FolderCheck } from './types';

/** A page is published at /<slug>/, so it must not take a section's address, a page of app/, or a folder the build writes. */
export const pageAddresses: FolderCheck = ({ documents, staticPaths }) => {
  const taken = new Set([...reservedTopLevelSegments, ...staticPaths.map((p) => p.split('/')[1] ?? '').filter(Boolean)]);
  return documents
    .filter((d) => d.type === 'Page' && taken.has(d.slug))
    .map((d) => ({
      file: d.file,
      line: 1,
      field: 'slug',
      rule: 'page.reserved-address',
      message: `/${d.slug}/ is a name the site already uses for ${(sectionNames as readonly string[]).includes(d.slug) ? 'a section' : 'its own files'}`,
      fix: 'rename the file',
    }));
};

/** content/sections/blog.mdx introduces /blog/. */
export const sectionFiles: FolderCheck = ({ documents }) =>
  documents
    .filter((d) => d.type === 'Section' && !(sectionNames as readonly string[]).includes(d.slug))
    .map((d) => ({
      file: d.file,
      line: 1,
      field: 'file',
      rule: 'section.unknown',
      message: `“${d.slug}” is not a section of the site`,
      fix: didYouMean(d.slug, sectionNames, `name the file after a section: ${sectionNames.join(', ')}`, { show: (g) => `content/sections/${g}.mdx` }),
    }));

/** The home page reads content/home/home.mdx; any other file there would be ignored, so it is refused. */
export const homeFile: FolderCheck = ({ documents }) =>
  documents
    .filter((d) => d.type === 'Home' && d.slug !== 'home')
    .map((d) => ({
      file: d.file,
      line: 1,
      field: 'file',
      rule: 'home.extra-file',
      message: 'is not read: the home page’s copy is content/home/home.mdx',
      fix: 'move its text into content/home/home.mdx and delete this file',
    }));
