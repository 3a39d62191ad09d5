/**
 * Nothing unfinished goes out: a published document may not hold the
 * prompts of the `new:post` scaffold ("Replace this sentence with …", "First
 * section heading") or an obvious placeholder (TODO, TBD, FIXME, XXX, lorem
 * ipsum). A draft may hold them all; that is what drafts are for.
 *
 * The scaffold's sentences are read from lib/content/newPost.ts itself, so
 * changing the scaffold changes this check with it. The check of the
 * content folder is lib/content/checks/placeholders.ts.
 */
import { newPostFile, placeholderDescription } from './newPost';
import { parseFile } from './frontmatter';
import type { Finding } from '../diagnostics/problem';

/** Each sentence and heading of the scaffold a writer is meant to replace. */
export const scaffoldTexts: readonly string[] = (() => {
  const { body } = parseFile(newPostFile({ title: 'Scaffold', author: '', today: new Date(0) }).text);
  const lines = body
    .split('\n')
    .map((line) => line.replace(/^#+\s*/, '').trim())
    .filter(Boolean);
  const sentences = lines.flatMap((line) => line.split(/(?<=[.!?])\s+(?=[A-Z])/)).map((s) => s.trim());
  return [...new Set([placeholderDescription, ...sentences])].filter((s) => s.length >= 12);
})();

/** Marks writers leave for later. Capitals only for the short ones, so "todo" in prose is not one. */
const PLACEHOLDERS: readonly { pattern: RegExp; name: string }[] = [
  { pattern: /\b(?:TODO|TBD|TBC|FIXME)\b/, name: '' },
  // XXX, and digits left to fill in: "555-01XX".
  { pattern: /\b(?:\d+X{2,}|X{3,})\b/, name: '' },
  { pattern: /\blorem ipsum\b/i, name: 'lorem ipsum' },
];

/** `line`: 1-based within the text given. */
export type PlaceholderFinding = Omit<Finding, 'field'>;

/** Every scaffold prompt and placeholder in a text, by line. */
export function findPlaceholders(text: string): PlaceholderFinding[] {
  const findings: PlaceholderFinding[] = [];
  text.split('\n').forEach((line, i) => {
    const prompt = scaffoldTexts.find((s) => line.includes(s));
    if (prompt) {
      findings.push({
        line: i + 1,
        rule: 'placeholder.scaffold',
        message: `still holds the new-article outline: “${shorten(prompt)}”`,
        fix: 'replace it with your own words, or keep `draft: true` until the article is finished',
      });
    }
    for (const { pattern, name } of PLACEHOLDERS) {
      const match = pattern.exec(line);
      if (match) {
        findings.push({
          line: i + 1,
          rule: 'placeholder.mark',
          message: `holds the placeholder “${name || match[0]}”`,
          fix: 'finish the text or remove the placeholder, or keep `draft: true` until it is done',
        });
      }
    }
  });
  return findings;
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60).replace(/\s+\S*$/, '')}…` : text;
}
