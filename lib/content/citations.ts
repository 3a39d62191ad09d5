/**
 * The works an MDX body cites, read from its syntax tree: `<Cite id>` and
 * `<Quote source>`, however the value is written (`"…"`, `'…'`, `{"…"}`)
 * and wherever the attribute sits, also on a line of its own.
 */
import { createProcessor } from '@mdx-js/mdx';
import { visit, type TreeNode } from './headings';
import { readAttributes } from './jsxAttributes';
import { mdxPlugins } from './mdxPipeline';

export interface CitedKey {
  readonly key: string;
  /** 1-based line in the body of the attribute naming the work. */
  readonly line: number;
}

/** Which attribute of which component names a work in the bibliography. */
export const citingAttributes: Readonly<Record<string, string>> = { Cite: 'id', Quote: 'source' };

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
