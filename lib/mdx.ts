/**
 * Renders the code contentlayer compiled from an MDX file. It runs only while
 * pages are rendered at build time, never in a reader's browser.
 */
import * as React from 'react';
import * as jsxRuntime from 'react/jsx-runtime';
import type { ComponentType, ReactNode } from 'react';

export type MDXComponents = Record<string, ComponentType<never>>;

type MDXContent = (props: { components?: MDXComponents }) => ReactNode;

const compiled = new Map<string, MDXContent>();

function mdxContentFromCode(code: string): MDXContent {
  let content = compiled.get(code);
  if (!content) {
    // The compiled module reads React and the JSX runtime from these names.
    const scope = { React, _jsx_runtime: jsxRuntime };
    const run = new Function(...Object.keys(scope), code) as (...args: unknown[]) => { default: MDXContent };
    content = run(...Object.values(scope)).default;
    compiled.set(code, content);
  }
  return content;
}

/** MDX content is a plain function of its props (it uses no hooks), so it is called, not mounted. */
export function renderMdx(code: string, components: MDXComponents): ReactNode {
  return mdxContentFromCode(code)({ components });
}
