/**
 * The form content files are kept in: front matter as the editor at /admin/
 * writes it (Sveltia CMS 0.221.1 with the `yaml` package: block lists, plain
 * scalars, single quotes only where YAML needs them, no line folding), keys in
 * the schema's order. Files written in this form are not rewritten when staff
 * open and save them in the editor (tests/e2e/editor-roundtrip.spec.ts).
 */
import { stringify } from 'yaml';
import { documentTypes, type DocumentTypeName } from './schema';

const editorYamlOptions = {
  indent: 2,
  indentSeq: true,
  lineWidth: 0,
  defaultStringType: 'PLAIN',
  defaultKeyType: 'PLAIN',
  singleQuote: true,
} as const;

/** Front-matter YAML (without the `---` lines) for `data`, its keys in the order of the type's fields. */
export function frontMatterInEditorForm(type: DocumentTypeName, data: Readonly<Record<string, unknown>>): string {
  const order = Object.keys(documentTypes[type].fields);
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  const ordered = Object.fromEntries(Object.entries(data).sort(([a], [b]) => rank(a) - rank(b)));
  return stringify(ordered, editorYamlOptions);
}
