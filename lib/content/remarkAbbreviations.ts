/**
 * A remark plugin that wraps every glossary abbreviation written in plain
 * text ("CRPO") in an <Abbr> element, so each one on the site expands to its
 * full name without writers having to mark it up. Text inside links, code and
 * existing <Abbr> elements is left alone.
 */
import type { Node as UnistNode, Parent } from 'unist';
import { SKIP, visit } from 'unist-util-visit';

interface Node extends UnistNode {
  value?: string;
  name?: string | null;
  children?: Node[];
}

const SKIP_INSIDE = new Set(['link', 'linkReference', 'code', 'inlineCode', 'mdxJsxTextElement:Abbr', 'mdxJsxFlowElement:Abbr']);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Splits text into plain pieces and abbreviation pieces. */
export function splitAbbreviations(text: string, abbreviations: readonly string[]): { text: string; abbreviation: boolean }[] {
  if (abbreviations.length === 0) return [{ text, abbreviation: false }];
  // Longest first, so "RP-Q" wins over "RP"; a hyphen or letter on either side means another word.
  const alternatives = [...abbreviations].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  const pattern = new RegExp(`(?<![\\w-])(${alternatives})(?![\\w-]|-\\w)`, 'g');
  const pieces: { text: string; abbreviation: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) pieces.push({ text: text.slice(last, match.index), abbreviation: false });
    pieces.push({ text: match[0], abbreviation: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last), abbreviation: false });
  return pieces;
}

function abbrElement(text: string): Node {
  return { type: 'mdxJsxTextElement', name: 'Abbr', attributes: [], children: [{ type: 'text', value: text }] } as Node;
}

function transform(tree: Node, abbreviations: readonly string[]): void {
  visit(tree, (node: Node, index, parent: Parent | undefined) => {
    if (SKIP_INSIDE.has(node.type) || SKIP_INSIDE.has(`${node.type}:${node.name ?? ''}`)) return SKIP;
    if (node.type !== 'text' || !node.value || !parent || index === undefined) return undefined;
    const pieces = splitAbbreviations(node.value, abbreviations);
    if (!pieces.some((piece) => piece.abbreviation)) return undefined;
    parent.children.splice(index, 1, ...pieces.map((piece) => (piece.abbreviation ? abbrElement(piece.text) : ({ type: 'text', value: piece.text } as Node))));
    // Carry on after the pieces just inserted.
    return index + pieces.length;
  });
}

export function remarkAbbreviations(options: { abbreviations: readonly string[] }) {
  return (tree: Node) => transform(tree, options.abbreviations);
}
