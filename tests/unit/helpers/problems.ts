/**
 * Helpers for unit tests of the content checks. Tests assert where a problem
 * is and which rule found it (`located`); the wording of every message is
 * asserted once, in tests/unit/messages.test.ts.
 */
import type { SourceFile } from '@/lib/content/check';
import type { Problem } from '@/lib/diagnostics/problem';

/** `path:line: field: rule`: where a problem is and which rule found it. */
export function located(p: Problem): string {
  return `${p.file}:${p.line}: ${p.field}: ${p.rule}`;
}

/** A content file as the check reads it: `relativePath` inside content/, e.g. `posts/a.mdx`. */
export function sourceFile(relativePath: string, text: string): SourceFile {
  return { path: `content/${relativePath}`, relativePath, text };
}

/** An MDX content file from its front matter lines and body. */
export function mdxFile(relativePath: string, frontMatter: readonly string[], body = 'Some text.'): SourceFile {
  return sourceFile(relativePath, ['---', ...frontMatter, '---', '', body, ''].join('\n'));
}
