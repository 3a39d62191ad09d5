import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { frontMatterInEditorForm } from '@/lib/content/editorForm';
import { newPostFile } from '@/lib/content/newPost';
import { documentTypeNames, documentTypes } from '@/lib/content/schema';

/** The raw front matter, between the `---` lines. */
function frontMatterOf(text: string): string {
  const match = /^---\n([\s\S]*?\n)---\n/.exec(text);
  if (!match) throw new Error('no front matter');
  return match[1]!;
}

const contentFiles = documentTypeNames.flatMap((type) => {
  const folder = path.join('content', documentTypes[type].folder);
  return readdirSync(folder)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => ({ type, file: path.join(folder, name) }));
});

describe('frontMatterInEditorForm', () => {
  it('writes back every content file’s front matter byte for byte (the files are kept in the editor’s form)', () => {
    expect(contentFiles.length).toBeGreaterThan(10);
    for (const { type, file } of contentFiles) {
      const raw = frontMatterOf(readFileSync(file, 'utf8'));
      expect(frontMatterInEditorForm(type, parse(raw)), file).toBe(raw);
    }
  });

  it('orders keys as the schema does and quotes only where YAML needs it', () => {
    const text = frontMatterInEditorForm('Post', { draft: true, title: 'Songs: a #1 list', date: '2026-01-05' });
    expect(text).toBe("title: 'Songs: a #1 list'\ndate: 2026-01-05\ndraft: true\n");
  });

  it('is the form new:post writes', () => {
    const raw = frontMatterOf(newPostFile({ title: 'What is it? "A song": #1', author: 'ann', today: new Date(2026, 0, 5) }).text);
    expect(frontMatterInEditorForm('Post', parse(raw))).toBe(raw);
  });
});
