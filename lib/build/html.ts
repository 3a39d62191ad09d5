/**
 * Reading and editing exported HTML with a real HTML parser (parse5, the
 * parser of the WHATWG standard), never with regular expressions: an
 * attribute in single quotes, a `>` inside a value or a script holding
 * `</div>` are read as a browser reads them. Edits cut the parsed elements'
 * source ranges out of the original text, so everything else stays
 * byte for byte as Next wrote it.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';

export type HtmlElement = DefaultTreeAdapterMap['element'];
type HtmlNode = DefaultTreeAdapterMap['node'];

/** A parsed page: its source, and every element in document order. */
export interface ParsedHtml {
  readonly source: string;
  readonly elements: readonly HtmlElement[];
}

/** A page as text or already parsed: a step that has the parse reuses it instead of parsing again. */
export type Html = string | ParsedHtml;

export function parseHtml(source: string): ParsedHtml {
  const document = parse(source, { sourceCodeLocationInfo: true });
  const elements: HtmlElement[] = [];
  const walk = (node: HtmlNode) => {
    if ('tagName' in node) elements.push(node);
    if ('childNodes' in node) for (const child of node.childNodes) walk(child);
    if ('content' in node && node.content) walk(node.content as HtmlNode);
  };
  walk(document);
  return { source, elements };
}

export function asParsed(html: Html): ParsedHtml {
  return typeof html === 'string' ? parseHtml(html) : html;
}

/** An attribute's value, decoded; undefined when the element does not have it. */
export function attribute(element: HtmlElement, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

/** The text inside an element, as a browser's textContent. */
export function textContent(node: HtmlNode): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node ? node.childNodes.map(textContent).join('') : '';
}

export interface SourceRange {
  readonly start: number;
  readonly end: number;
}

/** The range of the whole element, from its start tag to its end tag. */
export function elementRange(element: HtmlElement): SourceRange | undefined {
  const location = element.sourceCodeLocation;
  return location ? { start: location.startOffset, end: location.endOffset } : undefined;
}

/** The range of one attribute, with the space before it. */
export function attributeRange(source: string, element: HtmlElement, name: string): SourceRange | undefined {
  const location = element.sourceCodeLocation?.attrs?.[name];
  if (!location) return undefined;
  const start = /\s/.test(source[location.startOffset - 1] ?? '') ? location.startOffset - 1 : location.startOffset;
  return { start, end: location.endOffset };
}

/** A change to a page's source: the range replaced by text (empty text cuts, an empty range inserts). */
export interface Edit extends SourceRange {
  readonly text: string;
}

/** Inserts text at one offset of the source. */
export const insertAt = (offset: number, text: string): Edit => ({ start: offset, end: offset, text });

/** A range cut out, as an edit; nothing when there is no range. */
export const cutRange = (range: SourceRange | undefined): Edit[] => (range ? [{ ...range, text: '' }] : []);

/**
 * The source with every edit applied, all read against the original
 * offsets. An insertion comes before a cut at the same offset; a range
 * inside one already cut is ignored.
 */
export function applyEdits(source: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - a.start - (b.end - b.start));
  let result = '';
  let at = 0;
  for (const edit of sorted) {
    if (edit.start < at) continue;
    result += source.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return result + source.slice(at);
}

/** The source with the given ranges cut out. */
export function cut(source: string, ranges: readonly (SourceRange | undefined)[]): string {
  return applyEdits(source, ranges.flatMap(cutRange));
}
