/**
 * A component use as its declaration (lib/components/*.props.ts) reads it:
 * the attributes whose values the declaration accepts, so the checks of what
 * they point at (a file, a work) look only at values already valid.
 */
import { isMdxComponentName, mdxComponentUsages } from '../../components/catalogue';
import type { TreeNode } from '../headings';
import { readAttributes, type StaticValue } from '../jsxAttributes';
import { isElement } from './mdxText';

interface DeclaredUse {
  readonly name: string;
  /** The attributes the declaration accepts, by name. */
  readonly valid: Readonly<Record<string, StaticValue>>;
  /** 1-based line in the body of each attribute written on a line of its own. */
  readonly lines: ReadonlyMap<string, number>;
}

/** The use of a site component at this node, or undefined when the node is none. */
export function declaredUse(node: TreeNode): DeclaredUse | undefined {
  if (!isElement(node) || !node.name || !isMdxComponentName(node.name)) return undefined;
  const shape = mdxComponentUsages[node.name].props.shape as Record<string, { safeParse(value: unknown): { success: boolean } }>;
  const { values, lines } = readAttributes(node);
  const valid = Object.fromEntries(Object.entries(values).filter(([key, value]) => shape[key]?.safeParse(value).success));
  return { name: node.name, valid, lines };
}
