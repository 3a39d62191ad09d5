/**
 * Nothing unfinished goes out: tried as a new writer would, `new:post` then
 * removing `draft: true` without writing anything is refused at each line of
 * the outline; the draft itself passes; obvious placeholders are refused in
 * published documents only.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content/check';
import { parseFile } from '@/lib/content/frontmatter';
import { newPostFile, placeholderDescription } from '@/lib/content/newPost';
import { placeholderProblems } from '@/lib/content/checks/placeholders';
import { findPlaceholders, scaffoldTexts } from '@/lib/content/placeholders';
import { formatProblem } from '@/lib/diagnostics/format';
import { mdxFile, sourceFile } from './helpers/problems';

const ann = mdxFile('team/ann.mdx', ['name: Ann Example', 'role: Music therapist'], 'Ann is a music therapist.');
const today = new Date(2026, 0, 5, 12, 0);

const asSource = sourceFile;

describe('the scaffold of new:post', () => {
  const post = newPostFile({ title: 'Songs that help', author: 'ann', today });

  it('is read from lib/content/newPost.ts: its description, headings and prompts', () => {
    expect(scaffoldTexts).toContain(placeholderDescription);
    const { body } = parseFile(post.text);
    for (const line of body.split('\n').filter((l) => l.trim())) {
      expect(
        scaffoldTexts.some((text) => line.includes(text)),
        line,
      ).toBe(true);
    }
  });

  it('passes the content check while it is a draft', async () => {
    expect((await checkContent([ann, asSource(post.relativePath, post.text)])).problems).toEqual([]);
  });

  it('is refused at every line of the outline once `draft: true` is removed without writing', async () => {
    const published = post.text.replace(/^draft: true\n/m, '');
    expect(published).not.toContain('draft:');
    const problems = (await checkContent([ann, asSource(post.relativePath, published)])).problems;
    const { body, bodyStartLine } = parseFile(published);
    const outlineLines = body
      .split('\n')
      .map((text, i) => ({ text, line: bodyStartLine + i }))
      .filter(({ text }) => text.trim() !== '')
      .map(({ line }) => line);
    expect(problems.filter((p) => p.field === 'body').map((p) => p.line)).toEqual(outlineLines);
    expect(problems.filter((p) => p.field === 'description').map(formatProblem)).toEqual([
      `content/${post.relativePath}:3: description: still holds the new-article outline: “Replace this sentence with a one-line summary of the…” (replace it with your own words, or keep \`draft: true\` until the article is finished)`,
    ]);
  });

  it('passes once the writer has replaced the outline', async () => {
    const written = [
      '---',
      'title: Songs that help',
      'description: How a song that matters to you can open a conversation in music psychotherapy.',
      'date: 2026-01-05',
      'author: ann',
      '---',
      '',
      'A song you love can be a way in.',
      '',
      '## Choosing a song',
      '',
      'Bring any song that matters to you.',
      '',
    ].join('\n');
    expect((await checkContent([ann, asSource(post.relativePath, written)])).problems).toEqual([]);
  });
});

describe('placeholders', () => {
  it.each(['TODO: add an example', 'Fees: TBD', 'Call 555-01XX', 'FIXME', 'Lorem ipsum dolor sit amet.', 'Opening date TBC.'])('refuses “%s”', (text) => {
    expect(findPlaceholders(text)).toHaveLength(1);
  });

  it.each(['A to-do list can help between sessions.', 'Todo el mundo', 'Xavier plays the drums.', 'The XXXL shirt.'])('passes “%s”', (text) => {
    expect(findPlaceholders(text)).toEqual([]);
  });

  it('refuses them in a published document’s front matter and body, with the line, and lets a draft keep them', () => {
    const data = { title: 'Fees TBD', description: 'A description.' };
    const keyLines = new Map([
      ['title', 2],
      ['description', 3],
    ]);
    const source = { file: 'content/pages/fees.mdx', data, keyLines, body: 'Intro.\n\nTODO: the fee schedule.', bodyStartLine: 6 };
    expect(placeholderProblems([source]).map((p) => `${p.line}: ${p.field}: ${p.message}`)).toEqual([
      '2: title: holds the placeholder “TBD”',
      '8: body: holds the placeholder “TODO”',
    ]);
    expect(placeholderProblems([{ ...source, data: { ...data, draft: true } }])).toEqual([]);
  });
});
