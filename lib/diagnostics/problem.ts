/**
 * A problem found in a content file, in the one form every check prints:
 * `path:line: field: problem (fix)`. Writers fix files by reading these
 * lines, so each says where, what, and what to do. `rule` names the check
 * that found it, so tests (and tools) can tell problems apart without
 * depending on their wording.
 */
export interface Problem {
  readonly file: string;
  readonly line: number;
  /** The front matter field, or a word for the part of the file: `file`, `front matter`, `body`. */
  readonly field: string;
  /** A stable id of the rule broken, such as `frontmatter.unknown-field`: dotted, lower case, never reworded. */
  readonly rule: string;
  readonly message: string;
  readonly fix: string;
}

/** A problem before the file is known: what a check of one text finds. */
export type Finding = Omit<Problem, 'file'>;

export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field));
}
