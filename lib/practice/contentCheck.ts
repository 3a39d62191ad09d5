/** The profile's part of `check:content`: found among the content files, checked against the team and public/. */
import type { CheckedDocument, SourceFile } from '../content/check';
import type { Problem } from '../content/problems';
import { checkPractice } from './check';
import { PRACTICE_FILE } from './schema';

export function isPracticeFile(file: SourceFile): boolean {
  return file.relativePath === PRACTICE_FILE;
}

export function checkPracticeFile(files: readonly SourceFile[], documents: readonly CheckedDocument[], publicFiles: ReadonlySet<string>): Problem[] {
  const file = files.find(isPracticeFile);
  if (!file) return [];
  const teamSlugs = documents.filter((d) => d.type === 'TeamMember').map((d) => d.slug);
  return checkPractice(file.text, file.path, { publicFiles, teamSlugs }).problems;
}
