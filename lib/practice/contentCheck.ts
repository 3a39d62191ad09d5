/** The profile's part of `check:content`: found among the content files, checked against the team and public/. */
import type { CheckedDocument, SourceFile } from '../content/check';
import type { Problem } from '../content/problems';
import { closest } from '../content/suggest';
import { checkPractice } from './check';
import { practiceTopics } from './describe';
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

/** A question's `answerFrom` must name a topic the profile answers. */
export function checkAnswerTopics(documents: readonly CheckedDocument[]): Problem[] {
  return documents
    .filter((d) => d.type === 'Faq' && typeof d.data.answerFrom === 'string' && !(practiceTopics as readonly string[]).includes(d.data.answerFrom.trim()))
    .map((d) => {
      const topic = String(d.data.answerFrom).trim();
      const guess = closest(topic, practiceTopics);
      return {
        file: d.file,
        line: d.keyLines.get('answerFrom') ?? 1,
        field: 'answerFrom',
        message: `“${topic}” is not a topic the practice profile answers`,
        fix: guess ? `did you mean \`${guess}\`?` : `use one of ${practiceTopics.join(', ')}`,
      };
    });
}

/** The home page reads content/home/home.mdx; any other file there would be ignored, so it is refused. */
export function checkHomeDocument(documents: readonly CheckedDocument[]): Problem[] {
  return documents
    .filter((d) => d.type === 'Home' && d.slug !== 'home')
    .map((d) => ({
      file: d.file,
      line: 1,
      field: 'file',
      message: 'is not read: the home page’s copy is content/home/home.mdx',
      fix: 'move its text into content/home/home.mdx and delete this file',
    }));
}
