import { describe, expect, it, vi } from 'vitest';
import * as headings from '@/lib/content/headings';
import { checkContent } from '@/lib/content/check';
import { mdxFile } from './helpers/problems';

vi.mock('@/lib/content/headings', async (importOriginal) => {
  const original = await importOriginal<typeof headings>();
  return { ...original, analyseBody: vi.fn(original.analyseBody) };
});

const file = mdxFile;

describe('checkContent', () => {
  it('parses each body once, for every check (links, components, citations, reading level)', async () => {
    const files = [
      file('team/ann.mdx', ['name: Ann Example', 'role: Music therapist'], 'A fixture team member.'),
      file(
        'posts/a.mdx',
        ['title: Hello there', 'description: A fixture article that exists only to test the content checks.', 'date: 2026-01-15', 'author: ann'],
        '## Part\n\nSee [b](/blog/b/#more) and <Cite id="x2000" />.',
      ),
      file(
        'posts/b.mdx',
        ['title: Hello again', 'description: Another fixture article that exists only to test the content checks.', 'date: 2026-01-16'],
        '## More\n\nText.',
      ),
    ];
    const result = await checkContent(files);
    expect(result.problems.map((p) => p.message)).toEqual(['the citation key “x2000” is not in the bibliography']);
    expect(vi.mocked(headings.analyseBody)).toHaveBeenCalledTimes(files.length);
  });
});
