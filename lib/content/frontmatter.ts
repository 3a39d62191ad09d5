/**
 * Splits an MDX file into its YAML front matter and body, keeping the line of
 * every top-level key so that a problem can point at `file:line`.
 *
 * YAML is read with the 1.2 core schema, which has no timestamp type: a date
 * stays the text the writer typed, so an impossible date such as 2026-02-30
 * is caught instead of silently rolling over to March.
 */
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';

export interface ParsedFile {
  /** The front matter as plain data, or null when it could not be read. */
  readonly data: Record<string, unknown> | null;
  /** 1-based line in the file of each top-level front matter key. */
  readonly keyLines: ReadonlyMap<string, number>;
  /** Problems that stop the front matter being read at all. */
  readonly errors: readonly { line: number; message: string; fix: string }[];
  /** The text after the front matter. */
  readonly body: string;
  /** 1-based line in the file where the body starts. */
  readonly bodyStartLine: number;
}

const FENCE = /^---[ \t]*$/;

export function parseFile(text: string): ParsedFile {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) {
    return failure(1, 'the file does not start with front matter', 'put a line with three dashes (---) first, then the fields, then another --- line', text, 1);
  }
  const end = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (end === -1) {
    return failure(1, 'the front matter is never closed', 'add a line with three dashes (---) after the last field', '', lines.length + 1);
  }
  const yamlText = lines.slice(1, end).join('\n');
  const body = lines.slice(end + 1).join('\n');
  const bodyStartLine = end + 2;

  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, schema: 'core', uniqueKeys: true, prettyErrors: false });
  // Front matter starts on the file's second line.
  const fileLine = (offset: number) => lineCounter.linePos(offset).line + 1;

  if (doc.errors.length > 0) {
    return {
      data: null,
      keyLines: new Map(),
      errors: doc.errors.map((error) => ({
        line: fileLine(error.pos[0]),
        message: `the front matter is not valid YAML (${firstLine(error.message)})`,
        fix: 'write each field as `name: value` on its own line; put quotes around a value that contains a colon',
      })),
      body,
      bodyStartLine,
    };
  }

  const keyLines = new Map<string, number>();
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key) && pair.key.range) keyLines.set(String(pair.key.value), fileLine(pair.key.range[0]));
    }
  }
  const data: unknown = doc.toJS();
  if (data !== null && (typeof data !== 'object' || Array.isArray(data))) {
    return failure(2, 'the front matter is not a list of fields', 'write each field as `name: value` on its own line', body, bodyStartLine);
  }
  return { data: (data ?? {}) as Record<string, unknown>, keyLines, errors: [], body, bodyStartLine };
}

function failure(line: number, message: string, fix: string, body: string, bodyStartLine: number): ParsedFile {
  return { data: null, keyLines: new Map(), errors: [{ line, message, fix }], body, bodyStartLine };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
