/**
 * Turns the code contentlayer compiled from an MDX file (with mdx-bundler)
 * into its content function, with mdx-bundler's own runner. It runs only
 * while pages are rendered at build time, never in a reader's browser.
 */
import { getMDXComponent } from 'mdx-bundler/client';
import type { MDXComponents, MDXContent } from 'mdx/types';
import type { ReactNode } from 'react';

const compiled = new Map<string, MDXContent>();

/** The content function of a document's compiled body; each body is evaluated once per build. */
function mdxContent(code: string): MDXContent {
  let content = compiled.get(code);
  if (!content) {
    content = getMDXComponent(code) as MDXContent;
    compiled.set(code, content);
  }
  return content;
}

/** MDX content is a plain function of its props (it uses no hooks), so it is called, not mounted as a component made during render. */
export function renderMdx(code: string, components: MDXComponents): ReactNode {
  return mdxContent(code)({ components });
}
