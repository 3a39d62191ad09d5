/** Reads content front matter in tests, so expectations come from the content and not from copies of it. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFile } from '../../lib/content/frontmatter';

export function frontMatterOf(folder: string): { slug: string; data: Record<string, unknown> }[] {
  const dir = path.resolve('content', folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => ({ slug: f.replace(/\.mdx$/, ''), data: parseFile(readFileSync(path.join(dir, f), 'utf8')).data ?? {} }));
}
