/**
 * A rough reading level for articles: the Flesch–Kincaid grade, the school
 * grade (US) a reader needs to follow the text easily. The site writes for
 * people who may be tired or anxious, so a lower grade is better; around
 * grade 8 or below is a good aim.
 *
 * Syllables are counted with a heuristic for English, which is right for most
 * words and close for the rest: good enough to compare drafts, not to grade
 * one sentence precisely.
 */
import { createProcessor } from '@mdx-js/mdx';
import type { TreeNode } from './headings';
import { mdxPlugins } from './mdxPipeline';

/**
 * 0.39 × words/sentences + 11.8 × syllables/words − 15.59, rounded to one
 * decimal. Very simple text can score below 0. Text without words scores 0.
 */
export function fleschKincaidGrade(text: string): number {
  const words = wordsOf(text);
  if (words.length === 0) return 0;
  const sentences = Math.max(1, sentenceCount(text));
  const syllableTotal = words.reduce((sum, word) => sum + syllables(word), 0);
  const grade = 0.39 * (words.length / sentences) + 11.8 * (syllableTotal / words.length) - 15.59;
  return Math.round(grade * 10) / 10;
}

const WORD = /[\p{L}]+(?:['’-][\p{L}]+)*/gu;

/** The words of a text: runs of letters, keeping "don’t" and "client-centred" whole. Numbers are not words. */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Sentences end at ., ! or ? followed by a space, a closing quote or bracket, or the end. */
export function sentenceCount(text: string): number {
  return text.split(/[.!?]+(?=[\s"'”’)\]]|$)/).filter((part) => /\p{L}/u.test(part)).length;
}

/** Syllables in an English word, by counting groups of vowels once the commonest silent endings are removed. */
export function syllables(word: string): number {
  // A hyphenated word is its parts said one after another.
  if (word.includes('-')) return word.split('-').reduce((sum, part) => sum + syllables(part), 0);
  let w = word
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  if (w === '') return 0;
  if (w.length <= 3) return 1;
  if (/[^aeiouy]es$/.test(w) && !/(?:[sxzcg]|[cs]h)es$/.test(w)) w = w.slice(0, -2); // notes, makes; but places, boxes, wishes
  else if (/[^aeioudty]ed$/.test(w)) w = w.slice(0, -2); // hoped, called; but wanted, needed
  else if (/[^aeiouy]e$/.test(w) && !/[^aeiouy]le$/.test(w)) w = w.slice(0, -1); // make, whole; but table, people
  w = w.replace(/^y/, ''); // "you", "yes": here y is a consonant
  return Math.max(1, w.match(/[aeiouy]+/g)?.length ?? 0);
}

/** Block types whose words are not prose a reader reads as sentences. */
const SKIP_BLOCKS = new Set(['code', 'mdxjsEsm', 'mdxFlowExpression', 'html', 'thematicBreak', 'definition', 'footnoteDefinition', 'yaml']);
/** Components whose content is not the article's own prose: a recording's transcript. */
const SKIP_COMPONENTS = new Set(['Audio']);
const BLOCK_TYPES = new Set(['paragraph', 'heading', 'list', 'listItem', 'blockquote', 'table', 'code', 'mdxJsxFlowElement', 'mdxFlowExpression', 'thematicBreak']);

/**
 * An MDX body (without front matter) as plain prose for the reading level:
 * code, components' tags and expressions, images and link addresses go;
 * link words, quotations and callouts stay; each heading, list item and
 * table row becomes a sentence of its own.
 */
export function readableText(mdxBody: string): string {
  let tree: TreeNode;
  try {
    tree = createProcessor(mdxPlugins([])).parse(mdxBody) as unknown as TreeNode;
  } catch {
    return fallbackText(mdxBody);
  }
  return readableTextOfTree(tree);
}

/** The same, for a body the content check has already parsed. */
export function readableTextOfTree(tree: TreeNode): string {
  const sentences: string[] = [];
  collect(tree, sentences);
  return sentences.join('\n\n');
}

function collect(node: TreeNode, out: string[]): void {
  if (SKIP_BLOCKS.has(node.type)) return;
  if (node.type === 'mdxJsxFlowElement' && SKIP_COMPONENTS.has(node.name ?? '')) return;
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      pushSentence(out, inline(node));
      return;
    case 'tableRow':
      pushSentence(out, (node.children ?? []).map(inline).map((cell) => cell.trim()).filter(Boolean).join(', '));
      return;
    case 'mdxJsxFlowElement':
      // `<Quote>words</Quote>` on one line holds its words directly; on several lines it holds paragraphs.
      if ((node.children ?? []).every((child) => !BLOCK_TYPES.has(child.type))) {
        pushSentence(out, inline(node));
        return;
      }
  }
  for (const child of node.children ?? []) collect(child, out);
}

function inline(node: TreeNode): string {
  switch (node.type) {
    case 'text':
      return node.value ?? '';
    case 'break':
      return ' ';
    case 'inlineCode':
    case 'image':
    case 'imageReference':
    case 'mdxTextExpression':
    case 'footnoteReference':
      return '';
    case 'mdxJsxTextElement':
      return SKIP_COMPONENTS.has(node.name ?? '') ? '' : (node.children ?? []).map(inline).join('');
    default:
      return (node.children ?? []).map(inline).join('');
  }
}

function pushSentence(out: string[], text: string): void {
  // Removed code and expressions can leave a space before punctuation: "with {x}." → "with ."
  let sentence = text.replace(/\s+/g, ' ').replace(/\s+([.,!?;:])/g, '$1').trim();
  if (!wordsOf(sentence).length) return;
  sentence = sentence.replace(/[\s:;,–—-]+$/, '');
  if (!/[.!?]["'”’)\]]*$/.test(sentence)) sentence += '.';
  out.push(sentence);
}

/** For a body that does not parse (the content check reports why): a rough strip of the markup. */
function fallbackText(body: string): string {
  return body
    .replace(/```[\s\S]*?```/g, '')
    .replace(/`[^`]*`/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/\{[^}]*\}/g, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^#+\s*(.*)$/gm, '$1.')
    .replace(/[*_>#]/g, '')
    .trim();
}
