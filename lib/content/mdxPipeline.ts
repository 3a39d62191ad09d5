/**
 * The MDX pipeline, configured once: the plugins contentlayer compiles every
 * body with, which the content check also runs, so the check sees exactly
 * the tree, headings and ids that will be published.
 */
import type { ProcessorOptions } from '@mdx-js/mdx';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { remarkAbbreviations } from './remarkAbbreviations';

export interface MdxPlugins {
  readonly remarkPlugins: NonNullable<ProcessorOptions['remarkPlugins']>;
  readonly rehypePlugins: NonNullable<ProcessorOptions['rehypePlugins']>;
}

/**
 * - remark-gfm: tables, strikethrough, task lists and autolinks, as writers know them from GitHub.
 * - remarkAbbreviations: marks each glossary abbreviation in plain text, so it expands to its full name.
 * - rehype-slug: an id on every heading (github-slugger's, as on GitHub), so `#links` reach it.
 */
export function mdxPlugins(abbreviations: readonly string[]): MdxPlugins {
  return {
    remarkPlugins: [remarkGfm, [remarkAbbreviations, { abbreviations }]],
    rehypePlugins: [rehypeSlug],
  };
}
