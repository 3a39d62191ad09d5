/**
 * Nothing lost, nothing rewritten: every content file opened in the editor
 * and left alone stays byte for byte as it was, and a file saved after
 * editing one field keeps every other value and its whole body (imports,
 * JSX attributes, component bodies, dates, quoting of values) as written.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { documentTypes } from '../../lib/content/schema';
import { contentFiles, openLocalEditor, readRepositoryFile } from './editorRepo';

test.describe.configure({ timeout: 600_000 });
test.use({ actionTimeout: 15_000 });

/** content/posts/x.mdx → the editor's address of its entry. */
function entryAddress(file: string): string {
  const [, folder, name] = /^content\/([^/]+)\/([^/]+)\.mdx$/.exec(file) ?? [];
  return folder ? `/admin/#/collections/${folder}/entries/${name}` : '/admin/#/collections/practice/entries/profile';
}

const editable = contentFiles().filter((f) => f.endsWith('.mdx') || f === 'content/practice.yaml');

function split(text: string): { data: unknown; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  return match ? { data: parse(match[1]!), body: match[2]! } : { data: parse(text), body: '' };
}

test('every content file opened in the editor and left alone is unchanged, and Save stays off', async ({ page }) => {
  await openLocalEditor(page);
  const opensAsChanged: string[] = [];
  for (const file of editable) {
    await page.goto(entryAddress(file));
    const save = page.getByRole('button', { name: 'Save' });
    await expect(save, file).toBeVisible();
    // Give the form time to settle before reading whether it counts as changed.
    await page.getByRole('textbox').first().waitFor();
    if (await save.isEnabled()) opensAsChanged.push(file);
  }
  for (const file of editable) expect((await readRepositoryFile(page, file))?.toString('utf8'), file).toBe(readFileSync(file, 'utf8'));
  expect(opensAsChanged, 'files the editor counts as changed as soon as they are opened').toEqual([]);
});

const titled = editable.filter((f) => {
  const folder = /^content\/([^/]+)\//.exec(f)?.[1];
  return Object.values(documentTypes).some((t) => t.folder === folder && 'title' in t.fields);
});

test('a file saved after its title is edited keeps every other value and its body', async ({ page }) => {
  await openLocalEditor(page);
  const bodyChanged: string[] = [];
  const valuesChanged: string[] = [];
  for (const file of titled) {
    const original = readFileSync(file, 'utf8');
    await page.goto(entryAddress(file));
    const title = page.getByRole('textbox', { name: 'Title', exact: true });
    await title.fill(`${await title.inputValue()} (edited)`);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await readRepositoryFile(page, file))?.toString('utf8') !== original, file).toBe(true);
    const before = split(original);
    const after = split((await readRepositoryFile(page, file))!.toString('utf8'));
    const expected = { ...(before.data as Record<string, unknown>), title: `${(before.data as { title: string }).title} (edited)` };
    if (JSON.stringify(after.data) !== JSON.stringify(expected)) valuesChanged.push(`${file}: ${JSON.stringify(after.data)}`);
    if (after.body !== before.body) bodyChanged.push(file);
  }
  expect(valuesChanged, 'front-matter values changed by a save').toEqual([]);
  expect(bodyChanged, 'bodies rewritten by a save').toEqual([]);
});
