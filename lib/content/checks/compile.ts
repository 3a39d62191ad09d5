/**
 * A body must compile as MDX, and may not import or export: why the compiler
 * refused it, in words with the fix (a literal brace, a tag left open), and
 * import lines refused because the site's components need none.
 */
import type { CompileFailure } from '../headings';
import type { BodyCheck, BodyFinding } from './types';
import { visitWritten } from './mdxText';

/** The one problem of a body that does not compile; the other body checks need a tree, so they do not run. */
export function compileFailure(error: CompileFailure): BodyFinding {
  return { line: error.line, field: 'body', rule: 'mdx.invalid', ...explainCompileFailure(error) };
}

export const importLines: BodyCheck = ({ tree }) => {
  const findings: BodyFinding[] = [];
  visitWritten(tree, (node, line) => {
    if (node.type !== 'mdxjsEsm') return;
    findings.push({
      line,
      field: 'body',
      rule: 'mdx.import',
      message: 'import and export lines are not allowed in content files',
      fix: 'remove the line; the site’s components, such as <Quote> and <Figure>, work without importing them',
    });
  });
  return findings;
};

function explainCompileFailure(error: CompileFailure): { message: string; fix: string } {
  const reason = error.reason
    // The compiler's positions count from the body, not the file; the line is reported on its own.
    .replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)/g, '')
    // Character codes and notes the fix below says in plainer words.
    .replace(/\s*\(U\+[0-9A-F]+\)/g, '')
    .replace(/\s*\(note: [^)]*\)\s*$/, '');
  const message = `this is not valid MDX: ${reason}`;
  const source = error.source ?? '';
  if (source.includes('mdxjs-esm')) {
    return { message, fix: 'remove the line starting with import or export; articles use only the site’s components' };
  }
  if (source.includes('mdx-expression')) {
    return { message, fix: 'write \\{ for a literal brace, or close the { with }' };
  }
  if (/comment in MDX/.test(error.reason)) {
    return { message, fix: 'write a comment as {/* your note */}, or remove it' };
  }
  const name = /closing tag for `<([^>`]*)>`/.exec(error.reason)?.[1];
  if (name !== undefined) {
    return {
      message,
      fix: /before the end of `paragraph`/.test(error.reason)
        ? `close it with </${name}> in the same paragraph, or put <${name} …> and </${name}> on lines of their own`
        : `close it with </${name}>, or end the tag with /> when nothing goes inside`,
    };
  }
  if (source.includes('mdx-jsx')) {
    return { message, fix: 'write \\< for a literal <, or check the spelling of the tag' };
  }
  return { message, fix: 'close the component, or write \\{ for a literal brace and \\< for a literal <' };
}
