/**
 * Nothing lost, nothing rewritten, over every file of content/ the editor
 * opens: left alone, a file does not count as changed (Save stays off); saved
 * after one edit, it differs from the repository's copy by that one line and
 * nothing else (quoting, lists, key order, dates, JSX and component bodies as
 * written). The content files are kept in the form the editor writes (the
 * guide's "What the editor changes in a file"), so the comparison is byte for
 * byte, and a new file written in another form fails here.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { documentTypes, documentTypeNames, type DocumentTypeName } from '../../lib/content/schema';
import { editorConfig } from '../../lib/editor/config';
import { collectionName, displayField } from '../../lib/editor/documentFields';
import { labelFor } from '../../lib/editor/jsonSchemaFields';
import { contentFiles, formField, openLocalEditor, readRepositoryFile } from './editorRepo';

// One editor session walks through every file (about 70), twice.
test.describe.configure({ timeout: 900_000 });
test.use({ actionTimeout: 15_000 });

const PROFILE = 'content/practice.yaml';

interface Entry {
  readonly file: string;
  readonly address: string;
  /** The field the test edits (dotted for the profile), its label, and the most characters it takes. */
  readonly key: string;
  readonly label: string;
  readonly maxLength: number;
  /** The form's last field: once it is on the page, every field is. */
  readonly lastField: string;
}

function typeOfFolder(folder: string): DocumentTypeName | undefined {
  return documentTypeNames.find((type) => documentTypes[type].folder === folder);
}

const profileFields = (editorConfig({}).config.collections as { name: string; files?: { fields: { name: string }[] }[] }[])
  .find((c) => c.name === 'practice')!
  .files![0]!.fields.map((f) => f.name);

function entryOf(file: string): Entry | undefined {
  if (file === PROFILE)
    return {
      file,
      address: '/admin/#/collections/practice/entries/profile',
      key: 'site.name',
      label: 'Name',
      maxLength: Infinity,
      lastField: profileFields.at(-1)!,
    };
  const [, folder, name] = /^content\/([^/]+)\/([^/]+)\.mdx$/.exec(file) ?? [];
  const type = folder ? typeOfFolder(folder) : undefined;
  if (!type) return undefined;
  const key = displayField(type);
  const spec = documentTypes[type].fields[key]!;
  const maxLength = spec.kind === 'string' && spec.maxLength ? spec.maxLength : Infinity;
  return { file, address: `/admin/#/collections/${collectionName(type)}/entries/${name}`, key, label: labelFor(key), maxLength, lastField: 'body' };
}

const entries = contentFiles()
  .map(entryOf)
  .filter((e): e is Entry => e !== undefined);

/** The value of a `key: value` line at the given depth of a YAML text (`site.name` → `  name:` under `site:`). */
function lineOf(text: string, key: string): { line: string; value: string } {
  const parts = key.split('.');
  const indent = '  '.repeat(parts.length - 1);
  const line = text.split('\n').find((l) => l.startsWith(`${indent}${parts.at(-1)}: `));
  if (!line) throw new Error(`no ${key} line`);
  return { line, value: line.slice(indent.length + parts.at(-1)!.length + 2) };
}

/** Goes to an entry's address and finds the field the test edits. */
async function editedBox(page: Page, entry: Entry) {
  await page.goto(entry.address);
  return (await formField(page, entry.key)).getByRole('textbox', { name: entry.label, exact: true });
}

/** Opens an entry and waits until its whole form is on the page, with the file's own value in the field the test edits. */
async function openEntry(page: Page, entry: Entry, value: string) {
  let box = await editedBox(page, entry);
  for (let attempt = 1; ; attempt++) {
    try {
      await expect(box, entry.file).toHaveValue(value);
      break;
    } catch (error) {
      if (attempt === 3) throw error;
      // Now and then the editor keeps showing the entry saved just before; going through the collection's list gives it a fresh form.
      await page.goto(entry.address.replace(/\/entries\/.*$/, ''));
      box = await editedBox(page, entry);
    }
  }
  // The editor renders fields as they scroll into view, and the text editor converts the body only once it is shown.
  const last = await formField(page, entry.lastField);
  if (entry.lastField === 'body') await last.getByRole('textbox', { name: 'Text', exact: true }).waitFor();
  // Two frames: whatever a field does when it first shows has reached the editor's state.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return box;
}

/** Saves the open entry and waits until the editor has written the file and says so. */
async function save(page: Page, file: string, original: string): Promise<void> {
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(/saved/i).first(), file).toBeVisible();
  await expect.poll(async () => (await readRepositoryFile(page, file))?.toString('utf8') !== original, file).toBe(true);
}

/** The first line that differs, for a readable failure. */
function firstDifference(expected: string, actual: string): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  const i = a.findIndex((line, n) => line !== b[n]);
  return i === -1 ? `${b.length - a.length} more line(s) at the end` : `line ${i + 1}: ${JSON.stringify(a[i])} became ${JSON.stringify(b[i])}`;
}

test('the round trip covers every file the editor opens: every MDX file and the practice profile', () => {
  const opened = entries.map((e) => e.file);
  expect(opened).toEqual(contentFiles().filter((f) => f.endsWith('.mdx') || f === PROFILE));
  expect(opened.length).toBeGreaterThan(documentTypeNames.length);
});

test('every content file opened in the editor and left alone counts as unchanged', async ({ page }) => {
  await openLocalEditor(page);
  const opensAsChanged: string[] = [];
  for (const entry of entries) {
    const original = readFileSync(entry.file, 'utf8');
    await openEntry(page, entry, lineOf(original, entry.key).value);
    if (await page.getByRole('button', { name: 'Save' }).isEnabled()) {
      // Say what the editor would write: save it and show the first line it changes.
      await save(page, entry.file, original);
      opensAsChanged.push(`${entry.file}: ${firstDifference(original, (await readRepositoryFile(page, entry.file))!.toString('utf8'))}`);
    }
  }
  expect(opensAsChanged, 'files the editor counts as changed as soon as they are opened').toEqual([]);
});

test('a file saved after one field is edited differs from the repository’s copy by that line only', async ({ page }) => {
  await openLocalEditor(page);
  const rewritten: string[] = [];
  for (const entry of entries) {
    const original = readFileSync(entry.file, 'utf8');
    const { line, value } = lineOf(original, entry.key);
    const box = await openEntry(page, entry, value);
    // Stay within the field's limit, so the form accepts the edit.
    const edited = `${value.slice(0, Math.min(value.length, entry.maxLength - 9))} (edited)`;
    await box.fill(edited);
    await save(page, entry.file, original);
    const expected = original.replace(`${line}\n`, `${line.slice(0, line.length - value.length)}${edited}\n`);
    const saved = (await readRepositoryFile(page, entry.file))!.toString('utf8');
    if (saved !== expected) rewritten.push(`${entry.file}: ${firstDifference(expected, saved)}`);
  }
  expect(rewritten, 'files a save rewrote beyond the edited line').toEqual([]);
});
