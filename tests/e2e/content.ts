/** Reads content front matter in tests, so expectations come from the content and not from copies of it. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFile } from '../../lib/content/frontmatter';
import { resolveCredentials } from '../../lib/credentials';

export function frontMatterOf(folder: string): { slug: string; data: Record<string, unknown> }[] {
  const dir = path.resolve('content', folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => ({ slug: f.replace(/\.mdx$/, ''), data: parseFile(readFileSync(path.join(dir, f), 'utf8')).data ?? {} }));
}

/** A team member's credentials as the site must show them: the table's order and full names, from the member's own file. */
export function shownCredentialsOf(personSlug: string): { abbreviation: string; fullName: string }[] {
  const person = frontMatterOf('team').find((p) => p.slug === personSlug);
  const written = Array.isArray(person?.data.credentials) ? person.data.credentials.map(String) : [];
  return resolveCredentials(written).credentials.map(({ abbreviation, fullName }) => ({ abbreviation, fullName }));
}
