/** Reading the written text and attributes of MDX nodes, for the body checks. */
import { visit, type TreeNode } from '../headings';
import { readAttributes } from '../jsxAttributes';

/** The words of a markdown node (mdast-util-to-string), without expressions, spaces collapsed. */
export function plainText(node: TreeNode): string {
  const words: string[] = [];
  visit(node, (n) => {
    if (n.type === 'text' || n.type === 'inlineCode') words.push(n.value ?? '');
  });
  return words.join('').replace(/\s+/g, ' ').trim();
}

/** Whether a node holds a `{…}` expression other than a comment. */
export function hasExpression(node: TreeNode): boolean {
  let found = false;
  visit(node, (n) => {
    if ((n.type === 'mdxFlowExpression' || n.type === 'mdxTextExpression') && !/^\s*\/\*[\s\S]*\*\/\s*$/.test(n.value ?? '')) found = true;
  });
  return found;
}

/** The text value of an HTML attribute (`<a href>`, `<img src>`): undefined when missing or not a static value. */
export function textAttribute(node: TreeNode, name: string): string | undefined {
  const value = readAttributes(node).values[name];
  return value === undefined ? undefined : value === true ? '' : String(value);
}

/** Calls `visitor` with each node the writer wrote, and its line: nodes without a position were added by the pipeline (such as the glossary's <Abbr> marks). */
export function visitWritten(tree: TreeNode, visitor: (node: TreeNode, line: number) => void): void {
  visit(tree, (node) => {
    if (node.position) visitor(node, node.position.start.line);
  });
}

/** Whether a node is a JSX element (`<Quote>`, `<a>`), flow or inline. */
export function isElement(node: TreeNode): boolean {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** "a, b or c" */
export function orList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

export function firstLine(text: string): string {
  return text.split('\n')[0]!;
}

export function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
