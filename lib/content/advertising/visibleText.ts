/**
 * The words a reader sees in a content file, as spans with lines, for the
 * advertising rules: the prose of an MDX body (paragraphs, headings, table
 * cells, read across emphasis and links), the attributes the component
 * declarations give the role `text` (a caption, alt text, a callout's title),
 * and the front-matter fields the schema marks as prose. Also what is not
 * words but still advertises: links to review sites and <Quote>s attributed
 * to a client. The words of a <Quote> are someone else's and are not read.
 */
import { propsWithRole } from '../../components/catalogue';
import type { TreeNode } from '../headings';
import { readAttributes } from '../jsxAttributes';
import { documentTypes, type DocumentTypeName, type FieldSpec } from '../schema';
import { findingOf, isClientAttribution, isReviewLink, type AdvertisingFinding, type TextSpan } from './match';

/** Parts of the tree whose words are not prose a reader reads: code, expressions, raw HTML. */
const SKIP = new Set(['code', 'inlineCode', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'html', 'yaml']);
/** Each component's attributes that a reader sees as words, from the declarations. */
const TEXT_PROPS: Readonly<Record<string, readonly string[] | undefined>> = propsWithRole('text');

export interface VisibleText {
  readonly spans: TextSpan[];
  /** Findings that are not in sentences: review links, client <Quote>s. */
  readonly findings: AdvertisingFinding[];
}

/** The visible words of an MDX body's markdown tree; lines are the tree's, counted from the start of the body. */
export function visibleTextOfTree(tree: TreeNode): VisibleText {
  const out: VisibleText = { spans: [], findings: [] };
  collect(tree, out);
  return out;
}

const lineOf = (node: TreeNode) => node.position?.start.line ?? 1;

/**
 * Links and components, wherever they are: a review-site link is a finding,
 * a component's text attributes are prose. Returns false when the node's
 * words are not to be read: a <Quote>, which is someone else's words.
 */
function visitSpecial(node: TreeNode, out: VisibleText): boolean {
  if ((node.type === 'link' || node.type === 'definition') && node.url && isReviewLink(node.url)) {
    out.findings.push(findingOf('review-site', lineOf(node), node.url));
  }
  if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return true;
  // However the value is written: "…", '…', {"…"}.
  const { values } = readAttributes(node);
  if (node.name === 'Quote') {
    const attribution = values.attribution;
    if (typeof attribution === 'string' && values.source === undefined && isClientAttribution(attribution)) {
      out.findings.push(findingOf('testimonial', lineOf(node), `<Quote attribution="${attribution}">`));
    }
    // A quotation from a published source is someone else's words, not the practice's claim.
    return false;
  }
  for (const name of (node.name && TEXT_PROPS[node.name]) || []) {
    const value = values[name];
    if (typeof value === 'string') out.spans.push({ text: value, line: lineOf(node) });
  }
  return true;
}

function collect(node: TreeNode, out: VisibleText): void {
  if (SKIP.has(node.type) || !visitSpecial(node, out)) return;
  if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
    out.spans.push(phrasingSpan(node, out));
    return;
  }
  for (const child of node.children ?? []) collect(child, out);
}

/**
 * The words of a paragraph or heading as one text, so that "the **best**
 * therapist" reads as written; a newline wherever the source moves to the next
 * line, so findings keep their line.
 */
function phrasingSpan(block: TreeNode, out: VisibleText): TextSpan {
  const start = lineOf(block);
  let text = '';
  let line = start;
  const walk = (node: TreeNode) => {
    if (SKIP.has(node.type) || !visitSpecial(node, out)) return;
    if (node.type === 'text') {
      const nodeLine = lineOf(node);
      if (nodeLine > line) {
        text += '\n'.repeat(nodeLine - line);
        line = nodeLine;
      }
      text += node.value ?? '';
      line += (node.value ?? '').match(/\n/g)?.length ?? 0;
      return;
    }
    if (node.type === 'break') text += '\n';
    for (const child of node.children ?? []) walk(child);
  };
  for (const child of block.children ?? []) walk(child);
  return { text, line: start };
}

/** Words, not names of other things: strings and lists the schema does not mark `prose: false`. References, dates, numbers and flags are not read. */
const isProse = (spec: FieldSpec) => (spec.kind === 'string' || spec.kind === 'list') && spec.prose !== false;

/** Each document type's prose fields, derived from the schema. */
const proseFields = new Map(
  Object.entries(documentTypes).map(([type, spec]) => [type, new Set(Object.entries(spec.fields).flatMap(([field, fieldSpec]) => (isProse(fieldSpec) ? [field] : [])))]),
);

/** The prose front-matter fields of a document of `type`: every string, and every string in a list. Unknown types and fields are the schema check's to report. */
export function frontMatterSpans(
  type: string,
  data: Readonly<Record<string, unknown>>,
  keyLines: ReadonlyMap<string, number>,
): { field: string; span: TextSpan }[] {
  const prose = proseFields.get(type as DocumentTypeName);
  if (!prose) return [];
  return Object.entries(data).flatMap(([field, value]) => {
    if (!prose.has(field)) return [];
    const line = keyLines.get(field) ?? 1;
    const texts = typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
    return texts.map((text) => ({ field, span: { text, line } }));
  });
}
