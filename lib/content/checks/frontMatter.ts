/**
 * Each document's front matter against its type's field table
 * (lib/content/schema.ts), references to other documents included; zod's
 * issues are worded by lib/content/fieldSchema.ts.
 */
import type { Problem } from '../../diagnostics/problem';
import { explainIssue, zodForType } from '../fieldSchema';
import { documentTypes, type DocumentTypeName } from '../schema';
import type { FolderCheck } from './types';

export const frontMatterFields: FolderCheck = ({ documents, references }) => {
  const problems: Problem[] = [];
  const schemas = new Map<DocumentTypeName, ReturnType<typeof zodForType>>();
  for (const doc of documents) {
    const spec = documentTypes[doc.type];
    let schema = schemas.get(doc.type);
    if (!schema) schemas.set(doc.type, (schema = zodForType(spec, references)));
    const result = schema.safeParse(doc.data);
    if (result.success) continue;
    for (const issue of result.error.issues) {
      for (const p of explainIssue(issue, spec, doc.data, references)) problems.push({ file: doc.file, line: doc.keyLines.get(p.field) ?? 1, ...p });
    }
  }
  return problems;
};
