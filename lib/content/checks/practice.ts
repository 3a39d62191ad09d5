/**
 * The practice profile, content/practice.yaml, checked with the content
 * (lib/practice/check.ts reads it) against the team and public/; and a
 * question's `answerFrom` names a topic the profile answers.
 */
import { holdsSupervisedTitle } from '../../credentials';
import { didYouMean } from '../../diagnostics/suggest';
import { checkPractice } from '../../practice/check';
import { practiceTopics } from '../../practice/topics';
import { PRACTICE_FILE } from '../../practice/schema';
import type { FolderCheck, SourceFile } from './types';

export function isPracticeFile(file: SourceFile): boolean {
  return file.relativePath === PRACTICE_FILE;
}

export const practiceProfile: FolderCheck = ({ files, documents, site }) => {
  const file = files.find(isPracticeFile);
  if (!file) return [];
  const team = documents.filter((d) => d.type === 'TeamMember');
  const teamSlugs = team.map((d) => d.slug);
  const supervisedSlugs = team.filter((d) => Array.isArray(d.data.credentials) && holdsSupervisedTitle(d.data.credentials.map(String))).map((d) => d.slug);
  return checkPractice(file.text, file.path, { publicFiles: site.publicFiles, teamSlugs, supervisedSlugs }).problems;
};

export const answerTopics: FolderCheck = ({ documents }) =>
  documents
    .filter((d) => d.type === 'Faq' && typeof d.data.answerFrom === 'string' && !(practiceTopics as readonly string[]).includes(d.data.answerFrom.trim()))
    .map((d) => {
      const topic = String(d.data.answerFrom).trim();
      return {
        file: d.file,
        line: d.keyLines.get('answerFrom') ?? 1,
        field: 'answerFrom',
        rule: 'faq.unknown-topic',
        message: `“${topic}” is not a topic the practice profile answers`,
        fix: didYouMean(topic, practiceTopics, `use one of ${practiceTopics.join(', ')}`),
      };
    });
