/**
 * The editor's local-repository mode, driven offline: the browser's native
 * folder picker cannot be clicked by a test, so it is stubbed to hand the
 * editor a folder of the browser's private file system (OPFS), seeded with
 * the repository's content files and an empty .git/ (without it the editor
 * says the folder is not a repository). Files the editor saves are read
 * back from there.
 */
import { cp, mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Locator, Page } from '@playwright/test';

/** Every file staff edit, as `content/…` paths relative to the repository. */
export function contentFiles(root = 'content'): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name).split(path.sep).join('/'))
    .sort();
}

async function stubFolderPicker(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> };
    w.showDirectoryPicker = async () => (await navigator.storage.getDirectory()).getDirectoryHandle('repo', { create: true });
    const handle = FileSystemHandle.prototype as unknown as Record<string, () => Promise<string>>;
    handle.queryPermission = async () => 'granted';
    handle.requestPermission = async () => 'granted';
  });
}

/** Fills the private folder with the repository's content (call on an /admin/ page, then reload). */
async function seedRepository(page: Page, files: readonly string[] = contentFiles()): Promise<void> {
  const seed = files.map((file) => [file, readFileSync(file, 'utf8')] as const);
  await page.evaluate(async (entries) => {
    const root = await (await navigator.storage.getDirectory()).getDirectoryHandle('repo', { create: true });
    await root.getDirectoryHandle('.git', { create: true });
    for (const [file, text] of entries) {
      const parts = file.split('/');
      let dir = root;
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
      const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
      await writable.write(text);
      await writable.close();
    }
  }, seed);
}

/** A file's bytes from the private folder, base64 (images too), or null when it is not there. */
export async function readRepositoryFile(page: Page, file: string): Promise<Buffer | null> {
  const base64 = await page.evaluate(async (name) => {
    let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('repo');
    const parts = name.split('/');
    try {
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
      const blob = await (await dir.getFileHandle(parts.at(-1)!)).getFile();
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let binary = '';
      for (const byte of bytes) binary += String.fromCharCode(byte);
      return btoa(binary);
    } catch {
      return null;
    }
  }, file);
  return base64 === null ? null : Buffer.from(base64, 'base64');
}

/** Names of the files in a folder of the private repository. */
export async function listRepositoryFolder(page: Page, folder: string): Promise<string[]> {
  return page.evaluate(async (name) => {
    let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('repo');
    for (const part of name.split('/')) dir = await dir.getDirectoryHandle(part);
    const names: string[] = [];
    for await (const key of (dir as unknown as { keys(): AsyncIterable<string> }).keys()) names.push(key);
    return names.sort();
  }, folder);
}

/** Opens the editor in its local mode on a freshly seeded private folder. */
export async function openLocalEditor(page: Page): Promise<void> {
  await stubFolderPicker(page.context());
  await page.goto('/admin/');
  await seedRepository(page);
  await page.reload();
  await page.getByRole('button', { name: /local repository/i }).click();
  await page.getByRole('tree', { name: 'Collection List' }).waitFor();
}

/** The field that holds a nested one (`team.ann` for `team.ann.registrations.0.number`): list items are not fields themselves. */
function enclosingField(keyPath: string): string | undefined {
  const parts = keyPath.split('.').slice(0, -1);
  while (parts.length > 0 && /^\d+$/.test(parts.at(-1)!)) parts.pop();
  return parts.length > 0 ? parts.join('.') : undefined;
}

/**
 * A field of the open form by its path (`body`, `contact.phone`); the editor
 * renders fields only once they scroll into view, so it brings the fields
 * that hold it onto the page first, then scrolls down until it exists.
 */
export async function formField(page: Page, keyPath: string): Promise<Locator> {
  const field = page.locator(`section.field[data-key-path="${keyPath}"]`);
  const outer = enclosingField(keyPath);
  const parent = outer ? await formField(page, outer) : undefined;
  for (let i = 0; i < 40 && (await field.count()) === 0; i++) {
    if (parent && i === 0) await parent.scrollIntoViewIfNeeded();
    else if (!parent) await page.locator('section.field').last().scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, parent ? 150 : 800);
  }
  await field.scrollIntoViewIfNeeded();
  return field;
}

/**
 * A copy of the site's sources (content/, public/, the scripts' configuration, and node_modules linked)
 * with `files` (repository paths) written over it, for running a script there as in the repository.
 */
export async function siteCopyWith(files: Readonly<Record<string, Buffer | string>>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'editor-site-'));
  for (const folder of ['content', 'public']) await cp(folder, path.join(dir, folder), { recursive: true });
  for (const file of ['package.json', 'tsconfig.json']) await cp(file, path.join(dir, file));
  await symlink(path.resolve('node_modules'), path.join(dir, 'node_modules'), 'dir');
  for (const [file, bytes] of Object.entries(files)) {
    const target = path.join(dir, file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, bytes);
  }
  return dir;
}

/** Runs one of the repository's scripts with `cwd` as its working folder; its exit code and output. */
export async function runScriptIn(cwd: string, script: string, args: readonly string[] = []): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', path.resolve(script), ...args], {
      cwd,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}
