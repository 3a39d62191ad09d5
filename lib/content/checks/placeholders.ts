/**
 * Nothing unfinished is published: the prompts of the `new:post` scaffold and
 * marks such as TODO (lib/content/placeholders.ts finds them), in the front
 * matter and the body of every document but a draft.
 */
import type { Problem } from '../../diagnostics/problem';
import { findPlaceholders } from '../placeholders';
import type { CheckedDocument } from './types';

export function placeholderProblems(documents: readonly Pick<CheckedDocument, 'file' | 'data' | 'keyLines' | 'body' | 'bodyStartLine'>[]): Problem[] {
  const problems: Problem[] = [];
  for (const doc of documents) {
    if (doc.data.draft === true) continue;
    for (const [field, value] of Object.entries(doc.data)) {
      const texts = typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
      for (const text of texts) for (const finding of findPlaceholders(text)) problems.push({ ...finding, file: doc.file, line: doc.keyLines.get(field) ?? 1, field });
    }
    for (const finding of findPlaceholders(doc.body)) problems.push({ ...finding, file: doc.file, line: doc.bodyStartLine + finding.line - 1, field: 'body' });
  }
  return problems;
}
