/**
 * Reads an MDX body the way the site's build does (@mdx-js/mdx with the
 * plugins of mdxPipeline.ts, as contentlayer.config.ts does), so the checks
 * see exactly the headings, ids and structure that will be published.
 */
import { createProcessor } from '@mdx-js/mdx';
import { toString } from 'hast-util-to-string';
import type { Node as UnistNode } from 'unist';
import { visit as visitTree } from 'unist-util-visit';
import { mdxPlugins } from './mdxPipeline';

export interface HeadingId {
  /** 1 for `#`, 2 for `##`, … */
  readonly depth: number;
  /** The heading's plain text, as rehype-slug reads it. */
  readonly text: string;
  /** The id rehype-slug gives the heading: the `#fragment` that links to it. */
  readonly id: string;
  /** 1-based line within the body. */
  readonly line: number;
}

/** A node of the markdown (mdast) or HTML (hast) tree, as far as the checks need it. */
export interface TreeNode {
  type: string;
  value?: string;
  depth?: number;
  url?: string;
  alt?: string | null;
  identifier?: string;
  name?: string | null;
  tagName?: string;
  properties?: Record<string, unknown>;
  attributes?: { type: string; name?: string; value?: unknown; position?: { start: { line: number; column: number } } }[];
  children?: TreeNode[];
  position?: { start: { line: number; column: number } };
  data?: { estree?: unknown };
}

export interface CompileFailure {
  /** What the compiler said, e.g. "Expected a closing tag for `<Quote>` (3:1-3:8) before the end of `paragraph`". */
  readonly reason: string;
  /** 1-based line within the body. */
  readonly line: number;
  /** The compiler's name for the kind of error, e.g. `end-tag-mismatch`. */
  readonly ruleId: string | undefined;
  /** The part of the compiler that found it, e.g. `micromark-extension-mdx-expression`. */
  readonly source: string | undefined;
}

export type AnalysedBody =
  | { readonly ok: true; readonly tree: TreeNode; readonly headings: HeadingId[] }
  | { readonly ok: false; readonly error: CompileFailure };

const HEADING = /^h([1-6])$/;

/**
 * Parses and compiles an MDX body once: the markdown tree for the checks and
 * the ids rehype-slug gives its headings, or why it does not compile.
 * `abbreviations`: the glossary's, for the same pipeline as the build.
 */
export function analyseBody(body: string, abbreviations: readonly string[] = []): AnalysedBody {
  const headings: HeadingId[] = [];
  const collectHeadingIds = () => (tree: TreeNode) => {
    visit(tree, (node) => {
      const depth = node.type === 'element' ? HEADING.exec(node.tagName ?? '')?.[1] : undefined;
      const id = node.properties?.id;
      // Headings without a position were added by the compiler (the footnotes' label), not written.
      if (!depth || typeof id !== 'string' || !node.position) return;
      headings.push({ depth: Number(depth), text: toString(node as never), id, line: node.position.start.line });
    });
  };
  const plugins = mdxPlugins(abbreviations);
  const processor = createProcessor({ ...plugins, rehypePlugins: [...plugins.rehypePlugins, collectHeadingIds] });
  try {
    const tree = processor.parse(body);
    // The declared types start the pipeline at the JavaScript tree; at run time it starts from the parsed markdown.
    processor.runSync(tree as never);
    return { ok: true, tree: tree as unknown as TreeNode, headings };
  } catch (error) {
    return { ok: false, error: compileFailure(error) };
  }
}

/** The headings written in an MDX body, with the ids the published page gives them. Empty when the body does not compile. */
export function headingIds(body: string): HeadingId[] {
  const analysed = analyseBody(body);
  return analysed.ok ? analysed.headings : [];
}

function compileFailure(error: unknown): CompileFailure {
  if (error && typeof error === 'object' && 'reason' in error) {
    const e = error as { reason: unknown; line?: unknown; ruleId?: unknown; source?: unknown };
    const reason = String(e.reason);
    const placeLine = typeof e.line === 'number' && e.line > 0 ? e.line : undefined;
    // "Expected a closing tag for `<Quote>` (3:1-3:8)": the position in the reason is the tag left open,
    // the best line to show; at the end of the document the message has no place of its own.
    const tagLine = /\((\d+):\d+-\d+:\d+\)/.exec(reason)?.[1];
    const openTagLine = tagLine === undefined ? undefined : Number(tagLine);
    return {
      reason,
      line: (/^Expected a closing tag/.test(reason) ? (openTagLine ?? placeLine) : (placeLine ?? openTagLine)) ?? 1,
      ruleId: typeof e.ruleId === 'string' ? e.ruleId : undefined,
      source: typeof e.source === 'string' ? e.source : undefined,
    };
  }
  return { reason: error instanceof Error ? error.message : String(error), line: 1, ruleId: undefined, source: undefined };
}

/** Calls `visitor` for `node` and every node below it, in document order (unist-util-visit, typed for the checks' view of a node). */
export function visit(node: TreeNode, visitor: (node: TreeNode) => void): void {
  visitTree(node as UnistNode, (child) => {
    visitor(child as TreeNode);
  });
}
