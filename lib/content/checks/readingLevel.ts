/**
 * A warning, not an error: an article should read at about grade 9 or below
 * (Flesch-Kincaid, lib/content/readability.ts), since clients read it.
 */
import { fleschKincaidGrade, readableTextOfTree } from '../readability';
import type { FolderCheck } from './types';

const READING_GRADE_LIMIT = 9;

export const readingLevel: FolderCheck = ({ documents }) =>
  documents.flatMap((doc) => {
    if (doc.type !== 'Post' || !doc.analysed.ok) return [];
    const grade = fleschKincaidGrade(readableTextOfTree(doc.analysed.tree));
    if (grade <= READING_GRADE_LIMIT) return [];
    return [
      {
        file: doc.file,
        // The first line of text, past the blank line after the front matter.
        line: doc.bodyStartLine + Math.max(0, doc.body.split('\n').findIndex((text) => text.trim() !== '')),
        field: 'reading level',
        rule: 'readability.grade',
        message: `reads at about grade ${grade.toFixed(1)} (Flesch-Kincaid), above grade ${READING_GRADE_LIMIT}; this is a warning, not an error`,
        fix: 'shorter sentences and everyday words make it easier for clients to read',
      },
    ];
  });
