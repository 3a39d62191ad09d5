/**
 * Turns the code contentlayer compiled from an MDX file into a React
 * component. It runs only while pages are rendered at build time, never in a
 * reader's browser.
 */
import * as React from 'react';
import * as jsxRuntime from 'react/jsx-runtime';
import type { ComponentType } from 'react';

export type MDXComponents = Record<string, ComponentType<never>>;

export function mdxComponentFromCode(code: string): ComponentType<{ components?: MDXComponents }> {
  // The compiled module reads React and the JSX runtime from these names.
  const scope = { React, _jsx_runtime: jsxRuntime };
  const run = new Function(...Object.keys(scope), code) as (...args: unknown[]) => { default: ComponentType<{ components?: MDXComponents }> };
  return run(...Object.values(scope)).default;
}
