/** How a problem is printed: the text form writers read, and GitHub's workflow command, escaped. */
import { describe, expect, it } from 'vitest';
import { formatGithub, formatProblem } from '@/lib/diagnostics/format';
import type { Problem } from '@/lib/diagnostics/problem';

const problem: Problem = {
  file: 'content/posts/a.mdx',
  line: 3,
  field: 'title',
  rule: 'frontmatter.too-short',
  message: 'is 4 characters long',
  fix: 'say a little more',
};

describe('formatting problems', () => {
  it('prints path:line: field: problem (fix)', () => {
    expect(formatProblem(problem)).toBe('content/posts/a.mdx:3: title: is 4 characters long (say a little more)');
  });

  it('prints a GitHub annotation, error or warning, with the field as its title', () => {
    expect(formatGithub(problem, 'error')).toBe('::error file=content/posts/a.mdx,line=3,title=title::is 4 characters long (say a little more)');
    expect(formatGithub(problem, 'warning')).toMatch(/^::warning file=/);
  });

  it('escapes what GitHub would read as the end of a property or of the command', () => {
    const odd = { ...problem, field: 'team.a,b:c', message: '100% sure\nnext line' };
    expect(formatGithub(odd, 'error')).toBe('::error file=content/posts/a.mdx,line=3,title=team.a%2Cb%3Ac::100%25 sure%0Anext line (say a little more)');
  });
});
