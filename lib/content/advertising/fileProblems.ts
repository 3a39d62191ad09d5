/**
 * The advertising check over content files: reads each file's prose
 * front-matter fields and its body's visible words (from the tree the content
 * check parsed once for every check), applies the rules, and reports each
 * finding as a problem, `path:line: field: “words”: standard: rule (fix)`,
 * carrying the rule's id as `advertising.<id>`.
 */
import type { TreeNode } from '../headings';
import type { Problem } from '../../diagnostics/problem';
import { checkAdvertisingText, findingOf, type AdvertisingFinding, type AdvertisingOptions } from './match';
import { frontMatterSpans, visibleTextOfTree } from './visibleText';

/** What the check needs of a content file: plain data, as the content checker reads it. */
export interface AdvertisingSource {
  readonly file: string;
  readonly type: string;
  readonly data: Readonly<Record<string, unknown>>;
  readonly keyLines: ReadonlyMap<string, number>;
  readonly bodyStartLine: number;
  /** The body's markdown tree, parsed once by the content check; undefined when the body does not compile (the body checks report that). */
  readonly tree: TreeNode | undefined;
}

/** An advertising problem carries its rule's id as `advertising.<id>`, stable for tools and tests. */
export type AdvertisingProblem = Problem;

/** The findings in a markdown tree of an MDX body: its prose, its components' text and its links. */
export function checkAdvertisingTree(tree: TreeNode, options: AdvertisingOptions = {}): AdvertisingFinding[] {
  const { spans, findings } = visibleTextOfTree(tree);
  return [...findings, ...checkAdvertisingText(spans, options)].sort((a, b) => a.line - b.line);
}

function toProblem(file: string, field: string, finding: AdvertisingFinding): AdvertisingProblem {
  const { rule, words } = finding;
  return { file, line: finding.line, field, message: `“${words}”: ${rule.standard}: ${rule.rule}`, fix: rule.fix, rule: `advertising.${rule.id}` };
}

/** A team member's own name and role may not carry the title at all, whatever follows it. */
const TITLED = /\b(?:Dr\b\.?|doctor\b)/i;

/** Every advertising and title problem in a set of content files, front matter and body. */
export function advertisingProblems(sources: readonly AdvertisingSource[]): AdvertisingProblem[] {
  const psychotherapistNames = sources.filter((s) => s.type === 'TeamMember' && typeof s.data.name === 'string').map((s) => String(s.data.name));
  const options = { psychotherapistNames };
  const problems: AdvertisingProblem[] = [];
  for (const source of sources) {
    for (const { field, span } of frontMatterSpans(source.type, source.data, source.keyLines)) {
      const findings = checkAdvertisingText([span], options);
      const titled = source.type === 'TeamMember' && (field === 'name' || field === 'role') && TITLED.test(span.text);
      if (titled && !findings.some((f) => f.rule.id === 'doctor')) findings.push(findingOf('doctor', span.line, span.text.trim()));
      for (const finding of findings) problems.push(toProblem(source.file, field, finding));
    }
    if (!source.tree) continue;
    for (const finding of checkAdvertisingTree(source.tree, options)) problems.push(toProblem(source.file, 'body', { ...finding, line: source.bodyStartLine + finding.line - 1 }));
  }
  return problems;
}
