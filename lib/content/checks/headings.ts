/**
 * Headings go in order: the page title is the only level-1 heading; below
 * it, each heading (`##` or `<h2>`) may go at most one level deeper than the
 * one before, so the outline a screen reader lists has no gaps.
 */
import type { BodyCheck, BodyFinding } from './types';
import { isElement, plainText, visitWritten } from './mdxText';

interface WrittenHeading {
  readonly depth: number;
  readonly text: string;
  readonly line: number;
  /** Written as `<h2>…</h2>` rather than `##`. */
  readonly jsx: boolean;
}

const JSX_HEADING = /^h([1-6])$/;

export const headingLevels: BodyCheck = ({ tree }) => {
  const headings: WrittenHeading[] = [];
  visitWritten(tree, (node, line) => {
    if (node.type === 'heading') headings.push({ depth: node.depth ?? 1, text: plainText(node), line, jsx: false });
    const depth = isElement(node) && node.name ? JSX_HEADING.exec(node.name)?.[1] : undefined;
    if (depth) headings.push({ depth: Number(depth), text: plainText(node), line, jsx: true });
  });
  return checkLevels(headings);
};

function headingSyntax(depth: number, jsx: boolean): string {
  return jsx ? `<h${depth}>` : '#'.repeat(depth);
}

function checkLevels(headings: readonly WrittenHeading[]): BodyFinding[] {
  const findings: BodyFinding[] = [];
  const report = (line: number, rule: string, message: string, fix: string) => findings.push({ line, field: 'heading', rule: `heading.${rule}`, message, fix });
  let previous = 1;
  headings.forEach((heading, index) => {
    const name = heading.text ? `“${heading.text}”` : 'an empty heading';
    if (heading.depth === 1) {
      report(heading.line, 'level-one', `${name} is a level-1 heading; only the title is level 1`, `use ${headingSyntax(2, heading.jsx)} for a section heading`);
    } else if (heading.depth > previous + 1) {
      const expected = previous + 1;
      if (index === 0) {
        report(heading.line, 'first-level', `the first heading, ${name}, is level ${heading.depth}; sections start at level 2`, `make it level 2 (${headingSyntax(2, heading.jsx)})`);
      } else {
        report(
          heading.line,
          'skipped-level',
          `the heading ${name} skips from level ${previous} to level ${heading.depth}`,
          `make it level ${expected} (${headingSyntax(expected, heading.jsx)}), or add a level-${expected} heading above it`,
        );
      }
    }
    previous = heading.depth;
  });
  return findings;
}
