/**
 * An MDX body as plain text, for a structured-data answer: read from its
 * syntax tree (mdast-util-to-string), so link words stay, and components
 * without words, images and code formatting go.
 */
import { createProcessor } from '@mdx-js/mdx';
import { toString } from 'mdast-util-to-string';
import type { Node as UnistNode } from 'unist';
import { SKIP, visit } from 'unist-util-visit';
import { mdxPlugins } from './mdxPipeline';

interface Node extends UnistNode {
  children?: Node[];
}

/** Blocks whose words are read as one piece of text. */
const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
const BLOCKS = new Set([...TEXT_BLOCKS, 'list', 'listItem', 'blockquote', 'table', 'tableRow', 'code', 'mdxJsxFlowElement', 'mdxFlowExpression', 'thematicBreak']);

export function plainText(markdown: string): string {
  const tree = createProcessor(mdxPlugins([])).parse(markdown) as Node;
  const pieces: string[] = [];
  visit(tree, (node: Node) => {
    if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'code') return SKIP;
    // A component on one line holds its words directly, not in a paragraph.
    const wordsOnly = node.type === 'mdxJsxFlowElement' && (node.children ?? []).every((child) => !BLOCKS.has(child.type));
    if (!TEXT_BLOCKS.has(node.type) && !wordsOnly) return undefined;
    // Expressions such as {/* a note */} are code, not words.
    pieces.push((node.children ?? []).filter((child) => child.type !== 'mdxTextExpression').map((child) => toString(child, { includeImageAlt: false })).join(''));
    return SKIP;
  });
  return pieces.join(' ').replace(/\s+/g, ' ').trim();
}
