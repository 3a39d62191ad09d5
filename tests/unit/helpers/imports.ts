/**
 * The project's own import graph, read from the source text: every import,
 * re-export and dynamic import of a local module, resolved to a file path
 * relative to the project. Packages are left out. A regular expression is
 * enough here: the specifiers are string literals right after `from`,
 * `import` or `import(`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;
const EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx'];

export interface Import {
  readonly from: string;
  readonly to: string;
}

/** Every .ts/.tsx file below these folders of the project, as project-relative paths. */
export function sourceFiles(root: string, folders: readonly string[]): string[] {
  return folders.flatMap((folder) =>
    existsSync(path.join(root, folder))
      ? readdirSync(path.join(root, folder), { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts'))
          .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
      : [],
  );
}

function resolve(root: string, file: string, specifier: string): string | undefined {
  let base: string;
  if (specifier.startsWith('@/')) base = specifier.slice(2);
  else if (specifier.startsWith('.')) base = path.posix.join(path.posix.dirname(file), specifier);
  else return undefined;
  if (/\.(tsx?|mjs|js|json|css)$/.test(base) && existsSync(path.join(root, base))) return base;
  for (const extension of EXTENSIONS) if (existsSync(path.join(root, base + extension))) return base + extension;
  return base;
}

/** The local imports of each file, in `text` order. */
export function importsOf(root: string, files: readonly string[]): Import[] {
  return files.flatMap((file) => {
    const text = readFileSync(path.join(root, file), 'utf8');
    return [...text.matchAll(SPECIFIER)]
      .map((match) => resolve(root, file, match[1]!))
      .filter((to): to is string => to !== undefined)
      .map((to) => ({ from: file, to }));
  });
}

/** The edges between groups (a file's group is given by `groupOf`), each with one import that makes it. */
export function groupEdges(imports: readonly Import[], groupOf: (file: string) => string): Map<string, Map<string, Import>> {
  const edges = new Map<string, Map<string, Import>>();
  for (const edge of imports) {
    const from = groupOf(edge.from);
    const to = groupOf(edge.to);
    if (from === to) continue;
    if (!edges.has(from)) edges.set(from, new Map());
    if (!edges.get(from)!.has(to)) edges.get(from)!.set(to, edge);
  }
  return edges;
}

/** Each cycle in a graph of groups, as the path that closes it (first group repeated at the end). */
export function cycles(edges: ReadonlyMap<string, ReadonlyMap<string, Import>>): string[][] {
  const found: string[][] = [];
  const seen = new Set<string>();
  const visit = (node: string, trail: string[]) => {
    const at = trail.indexOf(node);
    if (at !== -1) {
      found.push([...trail.slice(at), node]);
      return;
    }
    if (seen.has(node)) return;
    seen.add(node);
    for (const next of edges.get(node)?.keys() ?? []) visit(next, [...trail, node]);
  };
  for (const node of [...edges.keys()].sort()) visit(node, []);
  return found;
}
