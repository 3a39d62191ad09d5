/**
 * The attributes written on a JSX element in MDX, as plain values. Content
 * files hold words, not programs, so only static values are read: a string
 * (`id="x"`, `id='x'`, `id={"x"}`, `` id={`x`} ``), a number (`page={214}`), a
 * boolean (`open`, `open={false}`). Anything else is reported, never guessed.
 */
import type { TreeNode } from './headings';

export type StaticValue = string | number | boolean;

interface AttributeProblem {
  /** The attribute's name, or `{…}` for a spread. */
  readonly name: string;
  /** 1-based line in the body. */
  readonly line: number;
  /** The expression as written, e.g. `page * 2`. */
  readonly expression: string;
}

export interface ReadAttributes {
  readonly values: Record<string, StaticValue>;
  /** 1-based line in the body of each attribute, for attributes written on lines of their own. */
  readonly lines: ReadonlyMap<string, number>;
  readonly problems: readonly AttributeProblem[];
}

interface EstreeNode {
  type: string;
  value?: unknown;
  operator?: string;
  argument?: EstreeNode;
  expression?: EstreeNode;
  expressions?: unknown[];
  quasis?: { value: { cooked?: string | null } }[];
  body?: EstreeNode[];
}

/** The value of a `{…}` expression when it is a literal; undefined otherwise. */
function staticValue(node: EstreeNode | undefined): StaticValue | undefined {
  if (!node) return undefined;
  if (node.type === 'Literal' && ['string', 'number', 'boolean'].includes(typeof node.value)) return node.value as StaticValue;
  if (node.type === 'TemplateLiteral' && node.expressions?.length === 0) return node.quasis?.[0]?.value.cooked ?? undefined;
  if (node.type === 'UnaryExpression' && node.operator === '-' && node.argument?.type === 'Literal' && typeof node.argument.value === 'number') return -node.argument.value;
  return undefined;
}

/** The single expression of a `{…}` attribute value, from the syntax tree MDX attaches to it. */
function expressionOf(value: { data?: { estree?: unknown } }): EstreeNode | undefined {
  const program = value.data?.estree as EstreeNode | undefined;
  const statement = program?.body?.length === 1 ? program.body[0] : undefined;
  return statement?.type === 'ExpressionStatement' ? statement.expression : undefined;
}

export function readAttributes(node: TreeNode): ReadAttributes {
  const values: Record<string, StaticValue> = {};
  const lines = new Map<string, number>();
  const problems: AttributeProblem[] = [];
  const elementLine = node.position?.start.line ?? 1;
  for (const attribute of node.attributes ?? []) {
    const line = attribute.position?.start.line ?? elementLine;
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
      problems.push({ name: '{…}', line, expression: String((attribute as { value?: unknown }).value ?? '') });
      continue;
    }
    lines.set(attribute.name, line);
    const raw = attribute.value;
    if (raw === null || raw === undefined) values[attribute.name] = true;
    else if (typeof raw === 'string') values[attribute.name] = raw;
    else {
      const expression = raw as { value?: string; data?: { estree?: unknown } };
      const value = staticValue(expressionOf(expression));
      if (value === undefined) problems.push({ name: attribute.name, line, expression: (expression.value ?? '').trim() });
      else values[attribute.name] = value;
    }
  }
  return { values, lines, problems };
}
