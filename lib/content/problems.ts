/**
 * A problem found in a content file, in the one format every content check
 * prints: `path:line: field: problem (fix)`. Writers fix files by reading these
 * lines, so each says where, what, and what to do.
 */
export interface Problem {
  readonly file: string;
  readonly line: number;
  /** The front matter field, or a word for the part of the file: `file`, `front matter`, `body`. */
  readonly field: string;
  readonly message: string;
  readonly fix: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}: ${p.field}: ${p.message} (${p.fix})`;
}

export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field));
}
