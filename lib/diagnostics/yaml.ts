/**
 * The one YAML reader of the checks: the front matter, the practice profile
 * and the bibliography are read here, keeping the line of every key so a
 * problem can point at `path:line`.
 *
 * YAML is read with the 1.2 core schema, which has no timestamp type: a date
 * stays the text the writer typed, so an impossible date such as 2026-02-30
 * is caught instead of silently rolling over to March.
 */
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';

export type KeyPath = readonly PropertyKey[];

interface YamlText {
  readonly doc: Document;
  /** The 1-based line in the file of an offset in the YAML text. */
  readonly lineAt: (offset: number) => number;
  /** Why the text is not valid YAML, in the parser's words without its position (the line says it). */
  readonly errors: readonly { readonly line: number; readonly reason: string }[];
}

/** `firstLine`: the file line the YAML text starts on (2 for front matter, after its `---`). */
export function readYaml(text: string, firstLine = 1): YamlText {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, schema: 'core', uniqueKeys: true, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const errors = doc.errors.map((error) => ({ line: lineAt(error.pos[0]), reason: error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '') }));
  return { doc, lineAt, errors };
}

/** The line of each key of a map node, by key. */
export function keyLinesOf(node: unknown, lineAt: (offset: number) => number): Map<string, number> {
  const lines = new Map<string, number>();
  if (isMap(node)) {
    for (const pair of node.items) if (isScalar(pair.key) && pair.key.range) lines.set(String(pair.key.value), lineAt(pair.key.range[0]));
  }
  return lines;
}

/** The line of the key at the end of a path (or of the list item): 1 when not found, unless `fallback` is false (then 0). */
export function keyLine({ doc, lineAt }: YamlText, path: KeyPath, fallback = true): number {
  const parent = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
  const last = path[path.length - 1];
  if (isMap(parent)) {
    const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(last));
    const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
    if (range) return lineAt(range[0]);
  } else if (parent && typeof parent === 'object' && 'items' in parent && typeof last === 'number') {
    const item = (parent as { items: { range?: [number] }[] }).items[last];
    if (item?.range) return lineAt(item.range[0]);
  }
  return fallback ? 1 : 0;
}

/** The line of the deepest key of a path that is in the file, for a value that is missing: 1 when none is. */
export function nearestKeyLine(yaml: YamlText, path: KeyPath): number {
  for (let n = path.length; n > 0; n--) {
    const line = keyLine(yaml, path.slice(0, n), false);
    if (line > 0) return line;
  }
  return 1;
}
