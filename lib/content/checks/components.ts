/**
 * Every component is one the site has, used as its declaration in
 * lib/components/*.props.ts says: a block component on lines of its own, its
 * attributes plain values the declaration accepts, words between its tags
 * only when it shows them.
 */
import type { z } from 'zod';
import { isMdxComponentName, mdxComponentNames, mdxComponentUsages, type MdxComponentName } from '../../components/catalogue';
import type { MdxComponentUsage } from '../../components/usage';
import { closest, didYouMean, didYouMeanThis } from '../../diagnostics/suggest';
import { explainZodIssue } from '../../diagnostics/zodIssues';
import type { TreeNode } from '../headings';
import { readAttributes } from '../jsxAttributes';
import { firstLine, hasExpression, isElement, orList, plainText, visitWritten } from './mdxText';
import type { BodyCheck, BodyFinding } from './types';

type Report = (line: number, rule: string, message: string, fix: string) => void;

export const components: BodyCheck = ({ tree }) => {
  const findings: BodyFinding[] = [];
  const report: Report = (line, rule, message, fix) => findings.push({ line, field: 'component', rule: `component.${rule}`, message, fix });
  visitWritten(tree, (node, line) => {
    const name = isElement(node) ? node.name : undefined;
    // A fragment (<>…</>) or an HTML element such as <br />; headings, links and images have checks of their own.
    if (!name || (!/^[A-Z]/.test(name) && !name.includes('.'))) return;
    if (!isMdxComponentName(name)) {
      report(
        line,
        'unknown',
        `<${name}> is not a component the site knows`,
        didYouMean(name, mdxComponentNames, `use one of ${mdxComponentNames.map((n) => `<${n}>`).join(', ')}, or write it as text`, { show: (g) => `<${g}>` }),
      );
      return;
    }
    const usage: MdxComponentUsage = mdxComponentUsages[name];
    if (node.type === 'mdxJsxTextElement' && usage.layout === 'block') {
      report(line, 'inline', `<${name}> is inside a paragraph`, `put <${name}> on lines of its own, with a blank line before and after it`);
    }
    checkAttributes(node, name, usage, line, report);
    checkChildren(node, name, usage, line, report);
  });
  return findings;
};

/** Validates the written attributes against the component's declaration. */
function checkAttributes(node: TreeNode, name: MdxComponentName, usage: MdxComponentUsage, line: number, report: Report): void {
  const { values, lines, problems } = readAttributes(node);
  for (const problem of problems) {
    if (problem.name === '{…}') {
      report(problem.line, 'spread', `<${name}> has {${problem.expression}} among its attributes, which the site cannot read`, `write each attribute as name="value", e.g. ${firstLine(usage.example)}`);
    } else {
      report(
        problem.line,
        'not-plain',
        `<${name} ${problem.name}={${problem.expression}}> is not a plain value`,
        `write the value itself, like ${problem.name}="…"; content files hold text, numbers and true or false, not calculations`,
      );
    }
  }
  const unreadable = new Set(problems.map((p) => p.name));
  const result = usage.props.safeParse(values);
  if (result.success) return;
  const known = Object.keys(usage.props.shape);
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        if (unreadable.has(key)) continue;
        report(
          lines.get(key) ?? line,
          'unknown-attribute',
          `<${name}> has no attribute “${key}”`,
          didYouMean(key, known, known.length > 0 ? `use ${orList(known)}, or remove ${key}` : `write <${name} /> with no attributes`, { show: (g) => `${g}="…"` }),
        );
      }
      continue;
    }
    const key = typeof issue.path[0] === 'string' ? issue.path[0] : undefined;
    if (key === undefined) {
      const fix = (issue as { params?: { fix?: string } }).params?.fix ?? `see ${firstLine(usage.example)}`;
      report(line, 'invalid', `<${name}> ${issue.message}`, fix);
      continue;
    }
    if (unreadable.has(key)) continue;
    const at = lines.get(key) ?? line;
    const written = values[key];
    const field = usage.props.shape[key] as z.ZodType;
    const what = field.description ?? '';
    if (written === undefined) {
      report(at, 'missing-attribute', `<${name}> needs ${key}="…"`, `add ${key}="…": ${what}, as in ${firstLine(usage.example)}`);
    } else if (issue.code === 'invalid_value') {
      const allowed = issue.values.map(String);
      const guess = closest(String(written), allowed);
      const optional = field.safeParse(undefined).success ? `, or leave ${key} out` : '';
      report(at, 'not-allowed', `<${name} ${key}="${String(written)}"> is not one the site has`, `${guess ? `${didYouMeanThis(`${key}="${guess}"`)} ` : ''}use ${orList(allowed.map((v) => `${key}="${v}"`))}${optional}`);
    } else {
      const explained = explainZodIssue(issue, written);
      report(at, explained.kind, `<${name} ${key}=${JSON.stringify(written)}> ${explained.message}`, `${key} is ${what}`);
    }
  }
}

function checkChildren(node: TreeNode, name: MdxComponentName, usage: MdxComponentUsage, line: number, report: Report): void {
  const hasWords = plainText(node) !== '' || hasExpression(node);
  if (usage.children.required && !hasWords) {
    report(line, 'no-words', `<${name}> has nothing between its tags`, `between <${name} …> and </${name}>, write ${usage.children.what}`);
  } else if (!usage.children.required && (node.children ?? []).length > 0 && hasWords) {
    report(line, 'ignored-words', `<${name}> does not show what is written between its tags`, `end the tag with /> and put the words outside it, as in ${firstLine(usage.example)}`);
  }
}
