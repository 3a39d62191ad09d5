/**
 * No two documents of a type share an address (the file name), nor a value
 * the schema marks unique (a glossary term, an FAQ's order).
 */
import type { Problem } from '../../diagnostics/problem';
import { documentTypeNames, documentTypes } from '../schema';
import type { FolderCheck } from './types';

export const duplicates: FolderCheck = ({ documents }) => {
  const problems: Problem[] = [];
  for (const type of documentTypeNames) {
    const ofType = documents.filter((d) => d.type === type);
    const label = documentTypes[type].label;
    problems.push(
      ...duplicatesBy(ofType, (d) => d.slug, (d, first) => ({
        file: d.file,
        line: 1,
        field: 'slug',
        rule: 'document.duplicate-slug',
        message: `“${d.slug}” is already the address of the ${label} in ${first.file}`,
        fix: 'rename one of the two files',
      })),
    );
    for (const [field, spec] of Object.entries(documentTypes[type].fields)) {
      if ((spec.kind !== 'string' && spec.kind !== 'number') || !spec.unique) continue;
      problems.push(
        ...duplicatesBy(
          ofType.filter((d) => typeof d.data[field] === 'string' || typeof d.data[field] === 'number'),
          (d) => String(d.data[field]).trim().toLowerCase(),
          (d, first) => ({
            file: d.file,
            line: d.keyLines.get(field) ?? 1,
            field,
            rule: 'document.duplicate-value',
            message: `“${String(d.data[field])}” is already used by ${first.file}`,
            fix: `give each ${label} its own ${field}`,
          }),
        ),
      );
    }
  }
  return problems;
};

function duplicatesBy<T>(items: readonly T[], key: (item: T) => string, report: (item: T, first: T) => Problem): Problem[] {
  const seen = new Map<string, T>();
  const problems: Problem[] = [];
  for (const item of items) {
    const first = seen.get(key(item));
    if (first) problems.push(report(item, first));
    else seen.set(key(item), item);
  }
  return problems;
}
