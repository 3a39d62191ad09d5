/**
 * The works an MDX body cites, read from its syntax tree: `<Cite id>` and
 * `<Quote source>`, however the value is written (`"…"`, `'…'`, `{"…"}`)
 * and wherever the attribute sits, also on a line of its own.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createProcessor } from '@mdx-js/mdx';
import { propsWithRole } from '../components/catalogue';
import { visit, type TreeNode } from './headings';
import { readAttributes } from './jsxAttributes';
import { contentDir } from './location';
import { mdxPlugins } from './mdxPipeline';

export interface CitedKey {
  readonly key: string;
  /** 1-based line in the body of the attribute naming the work. */
  readonly line: number;
}

/**
 * Which attribute of which component names a work in the bibliography: the
 * props the declarations give the role `reference` (`{ Cite: 'id', Quote: 'source' }`).
 * A component cites one work, so it has at most one such attribute.
 */
export const citingAttributes: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(propsWithRole('reference')).map(([name, props = []]): [string, string] => {
    if (props.length !== 1) throw new Error(`<${name}> declares ${props.length} reference props; a component cites one work`);
    return [name, props[0]!];
  }),
);

function isJsxElement(node: TreeNode): boolean {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** In order of first use; a key cited twice appears twice, each at its line. */
export function citedKeysInTree(tree: TreeNode): CitedKey[] {
  const found: CitedKey[] = [];
  visit(tree, (node) => {
    const attribute = isJsxElement(node) && node.name ? citingAttributes[node.name] : undefined;
    if (!attribute) return;
    const { values, lines } = readAttributes(node);
    const key = values[attribute];
    if (typeof key === 'string' && key.trim() !== '') found.push({ key: key.trim(), line: lines.get(attribute) ?? node.position?.start.line ?? 1 });
  });
  return found;
}

/** The same for a body not yet parsed (contentlayer's computed field); none when it does not parse, which the check reports. */
export function citedKeysInBody(body: string): CitedKey[] {
  try {
    return citedKeysInTree(createProcessor(mdxPlugins([])).parse(body) as unknown as TreeNode);
  } catch {
    return [];
  }
}

/**
 * The content check parses every body before contentlayer runs, and
 * contentlayer's computed field would parse each again (profiled: a tenth
 * of contentlayer's time). The check leaves the keys it read here, by a hash
 * of the body, and the computed field parses only a body the check did not
 * see (in the preview, after an edit).
 */
const hash = (text: string) => createHash('sha256').update(text).digest('base64url');

/** One memo per content folder, so that checking another folder (a test's fixtures) never replaces the site's. */
export function citedKeysMemoFile(dir: string = contentDir()): string {
  return path.join('node_modules', '.cache', 'content', `cited-keys-${hash(path.resolve(dir)).slice(0, 16)}.json`);
}

export function writeCitedKeysMemo(citedKeys: ReadonlyMap<string, readonly string[]>, file = citedKeysMemoFile()): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(Object.fromEntries([...citedKeys].map(([body, keys]) => [hash(body), keys]))));
}

/** Each memo file, read once per process. */
const memos = new Map<string, ReadonlyMap<string, readonly string[]>>();

function readMemo(file: string): ReadonlyMap<string, readonly string[]> {
  let memo = memos.get(file);
  if (!memo) {
    try {
      memo = new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string[]>));
    } catch {
      memo = new Map(); // no check has run here yet: every body is parsed
    }
    memos.set(file, memo);
  }
  return memo;
}

/** The keys a body cites, in order of first use: from the check's memo when it read this very body, else parsed here. */
export function citedKeysOfBody(body: string, file = citedKeysMemoFile()): string[] {
  return [...(readMemo(file).get(hash(body)) ?? citedKeysInBody(body).map((c) => c.key))];
}
