/**
 * The people the practice profile's `team` map may describe: one per file in
 * content/team/ (the map is keyed by those file names), and any key the
 * profile already holds, so nothing in it is left without a form. The
 * editor's profile form gets one group per person (lib/editor/config.ts):
 * the CMS has no widget for a map with free keys.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { parseFile } from '../content/frontmatter';
import { documentTypes } from '../content/schema';
import { slugFromPath } from '../content/slug';
import { PRACTICE_FILE } from '../practice/schema';
import type { MapKey } from './jsonSchemaFields';

export function teamMembers(contentDir = 'content'): MapKey[] {
  const folder = path.join(contentDir, documentTypes.TeamMember.folder);
  const names = new Map<string, string>();
  for (const file of existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.mdx')) : []) {
    const name = parseFile(readFileSync(path.join(folder, file), 'utf8')).data?.name;
    names.set(slugFromPath(file), typeof name === 'string' ? name : file);
  }
  const profile = path.join(contentDir, PRACTICE_FILE);
  const described = existsSync(profile) ? (parse(readFileSync(profile, 'utf8')) as { team?: Record<string, unknown> } | null)?.team : undefined;
  for (const key of Object.keys(described ?? {})) if (!names.has(key)) names.set(key, key);
  return [...names].sort(([a], [b]) => a.localeCompare(b)).map(([key, label]) => ({ key, label, hint: `${documentTypes.TeamMember.folder}/${key}.mdx` }));
}
