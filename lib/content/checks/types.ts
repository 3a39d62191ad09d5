/**
 * What the content checks are given and what they are: a check of one
 * document's body (given the body parsed once, by the site's MDX pipeline),
 * or a check of the whole folder (given every document). Every check returns
 * problems in the one form of lib/diagnostics/problem.ts.
 */
import type { Finding, Problem } from '../../diagnostics/problem';
import type { ReferenceTargets } from '../fieldSchema';
import type { AnalysedBody, HeadingId, TreeNode } from '../headings';
import type { DocumentTypeName } from '../schema';

export interface SourceFile {
  /** Path as shown to the writer, e.g. `content/posts/hello.mdx`. */
  readonly path: string;
  /** Path inside the content folder, e.g. `posts/hello.mdx`. */
  readonly relativePath: string;
  readonly text: string;
}

export interface CheckedDocument {
  readonly type: DocumentTypeName;
  readonly slug: string;
  readonly file: string;
  readonly data: Record<string, unknown>;
  readonly keyLines: ReadonlyMap<string, number>;
  readonly body: string;
  readonly bodyStartLine: number;
}

/** What the body checks know of the site around a document. */
export interface BodyContext {
  /** Every page of the site, as its path (`/experiences/receptive/`), with the ids (`#fragments`) on that page. */
  readonly targets: ReadonlyMap<string, ReadonlySet<string>>;
  /** Every file under public/, as its path on the site (`/images/a.png`). */
  readonly publicFiles: ReadonlySet<string>;
  /**
   * Ids the page's layout adds around the body (lib/pageIds.ts), which a
   * same-page link `#id` may also use. Optional: without it, `#id` must name
   * one of the body's own headings.
   */
  readonly pageIds?: ReadonlySet<string>;
  /** The keys of the bibliography, which `<Cite id>` and `<Quote source>` must name. Optional: without it citations are not looked up. */
  readonly bibliographyKeys?: readonly string[];
  /** The abbreviations the glossary defines, which `<Abbr>` must name. Optional: without it abbreviations are not looked up. */
  readonly abbreviations?: readonly string[];
  /** The folder public/ paths are read from, to measure images; the project's public/ when unset. */
  readonly publicDir?: string;
}

/** A body that compiles: its markdown tree and the ids of its headings. */
interface ParsedBody {
  readonly tree: TreeNode;
  readonly headings: readonly HeadingId[];
}

/** A problem in a body; `line` counts from the body's first line. */
export type BodyFinding = Finding;

/** A check of one body. */
export type BodyCheck = (body: ParsedBody, context: BodyContext) => BodyFinding[];

/** What the site knows outside content/, read by scripts/lib/readFolder. */
export interface SiteContext {
  /** The page files of app/, e.g. `app/blog/page.tsx`: the site's static routes. */
  readonly appPageFiles: readonly string[];
  /** Every file in public/, as its path on the site: `/images/a.png`. */
  readonly publicFiles: ReadonlySet<string>;
}

/** A document with its body parsed, once, by the site's MDX pipeline. */
export interface ParsedDocument extends CheckedDocument {
  readonly analysed: AnalysedBody;
}

/** Everything a check of the whole folder may look at. */
export interface FolderInput {
  readonly files: readonly SourceFile[];
  readonly documents: readonly ParsedDocument[];
  readonly site: SiteContext;
  /** The static routes of app/: `/`, `/blog/`… */
  readonly staticPaths: readonly string[];
  /** The keys by which each document type can be referred to. */
  readonly references: ReferenceTargets;
  /** What the body checks are given. */
  readonly bodyContext: BodyContext;
}

/** A check of the whole folder. */
export type FolderCheck = (input: FolderInput) => Problem[];
