/**
 * The bibliography, content/bibliography.yaml: the works the site cites,
 * keyed for `<Cite id="…" />` and `<Quote source="…">`. Read here with the
 * line of every key, so a mistake is reported as `path:line` like any other
 * content problem.
 */
import { isMap, isScalar, type Node as YamlNode } from 'yaml';
import { z } from 'zod';
import type { Problem } from '../diagnostics/problem';
import { didYouMean } from '../diagnostics/suggest';
import { keyLinesOf, readYaml } from '../diagnostics/yaml';
import { explainZodIssue } from '../diagnostics/zodIssues';

/** Where the bibliography lives, inside the content folder. */
export const BIBLIOGRAPHY_FILE = 'bibliography.yaml';

const workSchema = z.strictObject({
  author: z.string().trim().min(1).describe('the family name as it appears in an in-text citation, e.g. Bruscia'),
  authorFull: z.string().trim().min(1).describe('the author as the reference list writes it, e.g. "Bruscia, K. E."'),
  year: z.number().int().min(1800).max(2100).describe('the year of publication, e.g. 1998'),
  title: z.string().trim().min(1).describe('the title of the work'),
  role: z.string().trim().min(1).optional().describe('words after the author in the reference list, e.g. "(Ed.)"'),
  publisher: z.string().trim().min(1).describe('the publisher'),
});

export type Work = z.infer<typeof workSchema>;

/** A key is the author, year and a letter when needed: bruscia1998a. */
const KEY = /^[a-z]+\d{4}[a-z]?$/;

export interface ParsedBibliography {
  readonly works: Readonly<Record<string, Work>>;
  readonly problems: readonly Problem[];
}

export function parseBibliography(text: string, file: string): ParsedBibliography {
  const { doc, lineAt, errors } = readYaml(text);
  const lineOf = (node: YamlNode | null | undefined) => (node?.range ? lineAt(node.range[0]) : 1);
  const problems: Problem[] = [];
  const report = (line: number, field: string, rule: string, message: string, fix: string) => problems.push({ file, line, field, rule: `bibliography.${rule}`, message, fix });

  if (errors.length > 0) {
    for (const error of errors) report(error.line, 'bibliography', 'invalid-yaml', `is not valid YAML (${error.reason})`, 'write each work as `key:` followed by its fields, indented');
    return { works: {}, problems };
  }
  if (doc.contents !== null && !isMap(doc.contents)) {
    report(1, 'bibliography', 'not-works', 'is not a list of works', 'write each work as `bruscia1998a:` followed by its fields, indented');
    return { works: {}, problems };
  }

  const works: Record<string, Work> = {};
  const fields = Object.keys(workSchema.shape);
  for (const pair of doc.contents?.items ?? []) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const keyLine = lineOf(pair.key as YamlNode);
    if (!KEY.test(key)) {
      report(keyLine, key || 'bibliography', 'key', `“${key}” is not a citation key`, 'write the key as the author’s family name and the year in lower case, with a letter when needed: bruscia1998a');
      continue;
    }
    const data: unknown = (pair.value as YamlNode | null)?.toJSON() ?? null;
    const result = workSchema.safeParse(data);
    if (result.success) {
      works[key] = result.data;
      continue;
    }
    const fieldLines = keyLinesOf(pair.value, lineAt);
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const extra of issue.keys) report(fieldLines.get(extra) ?? keyLine, `${key}.${extra}`, 'unknown-field', 'is not a field of a work', didYouMean(extra, fields, `use ${fields.join(', ')}`));
        continue;
      }
      const field = String(issue.path[0] ?? '');
      const spec = workSchema.shape[field as keyof typeof workSchema.shape] as z.ZodType | undefined;
      if (!spec) {
        report(keyLine, key, 'not-fields', 'is not a list of fields', `write the fields of the work under ${key}:, indented`);
        continue;
      }
      const explained = explainZodIssue(issue, (data as Record<string, unknown> | null)?.[field]);
      report(fieldLines.get(field) ?? keyLine, `${key}.${field}`, explained.kind, explained.message, `${field} is ${spec.description}`);
    }
  }
  return { works, problems };
}
