/**
 * Splits an MDX file into its YAML front matter and body, keeping the line of
 * every top-level key so that a problem can point at `file:line` (the YAML
 * is read by lib/diagnostics/yaml.ts, as the profile and bibliography are).
 */
import type { Finding } from '../diagnostics/problem';
import { keyLinesOf, readYaml } from '../diagnostics/yaml';

export interface ParsedFile {
  /** The front matter as plain data, or null when it could not be read. */
  readonly data: Record<string, unknown> | null;
  /** 1-based line in the file of each top-level front matter key. */
  readonly keyLines: ReadonlyMap<string, number>;
  /** Problems that stop the front matter being read at all. */
  readonly errors: readonly Omit<Finding, 'field'>[];
  /** The text after the front matter. */
  readonly body: string;
  /** 1-based line in the file where the body starts. */
  readonly bodyStartLine: number;
}

const FENCE = /^---[ \t]*$/;

export function parseFile(text: string): ParsedFile {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) {
    return failure(1, 'frontmatter.not-first', 'the file does not start with front matter', 'put a line with three dashes (---) first, then the fields, then another --- line', text, 1);
  }
  const end = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (end === -1) {
    return failure(1, 'frontmatter.not-closed', 'the front matter is never closed', 'add a line with three dashes (---) after the last field', '', lines.length + 1);
  }
  const yamlText = lines.slice(1, end).join('\n');
  const body = lines.slice(end + 1).join('\n');
  const bodyStartLine = end + 2;

  // Front matter starts on the file's second line.
  const yaml = readYaml(yamlText, 2);
  if (yaml.errors.length > 0) {
    return {
      data: null,
      keyLines: new Map(),
      errors: yaml.errors.map((error) => ({
        line: error.line,
        rule: 'frontmatter.invalid-yaml',
        message: `the front matter is not valid YAML (${error.reason})`,
        fix: 'write each field as `name: value` on its own line; put quotes around a value that contains a colon',
      })),
      body,
      bodyStartLine,
    };
  }

  const keyLines = keyLinesOf(yaml.doc.contents, yaml.lineAt);
  const data: unknown = yaml.doc.toJS();
  if (data !== null && (typeof data !== 'object' || Array.isArray(data))) {
    return failure(2, 'frontmatter.not-fields', 'the front matter is not a list of fields', 'write each field as `name: value` on its own line', body, bodyStartLine);
  }
  return { data: (data ?? {}) as Record<string, unknown>, keyLines, errors: [], body, bodyStartLine };
}

function failure(line: number, rule: string, message: string, fix: string, body: string, bodyStartLine: number): ParsedFile {
  return { data: null, keyLines: new Map(), errors: [{ line, rule, message, fix }], body, bodyStartLine };
}
