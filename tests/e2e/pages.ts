/** The pages of the built site, read from out/ so new pages are tested without editing a list. */
import { readdirSync } from 'node:fs';
import path from 'node:path';

const OUT = path.resolve('out');

export function builtPages(): string[] {
  return readdirSync(OUT, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => file.endsWith('index.html'))
    .map((file) => `/${file.replace(/index\.html$/, '')}`)
    .sort();
}
