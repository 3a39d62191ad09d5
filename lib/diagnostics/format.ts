/**
 * How problems are printed. Text for a person at a terminal (the default);
 * GitHub's workflow commands for a pull request, so each problem shows on
 * the line it is about:
 * https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */
import type { Problem } from './problem';

export const problemFormats = ['text', 'github'] as const;
export type ProblemFormat = (typeof problemFormats)[number];

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}: ${p.field}: ${p.message} (${p.fix})`;
}

/** `::error file=…,line=…,title=…::message (fix)`; warnings as `::warning`. */
export function formatGithub(p: Problem, severity: 'error' | 'warning'): string {
  return `::${severity} file=${property(p.file)},line=${p.line},title=${property(p.field)}::${data(`${p.message} (${p.fix})`)}`;
}

export function formatAs(format: ProblemFormat, p: Problem, severity: 'error' | 'warning'): string {
  return format === 'github' ? formatGithub(p, severity) : formatProblem(p);
}

// GitHub's escaping: %, CR and LF everywhere; also : and , inside a property.
function data(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function property(text: string): string {
  return data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
