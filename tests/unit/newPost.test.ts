import { describe, expect, it } from 'vitest';
import { checkBody } from '@/lib/content/checks/body';
import { checkContent } from '@/lib/content/check';
import { parseFile } from '@/lib/content/frontmatter';
import { localDate, newPostFile, placeholderDescription } from '@/lib/content/newPost';

import { located, mdxFile, sourceFile } from './helpers/problems';

const ann = mdxFile('team/ann.mdx', ['name: Ann Example', 'role: Music therapist'], 'Ann is a music therapist.');
const today = new Date(2026, 0, 5, 23, 30); // local time, late in the evening

const asSource = (post: { relativePath: string; text: string }) => sourceFile(post.relativePath, post.text);

describe('newPostFile', () => {
  it('writes a draft article with front matter and an outline', () => {
    const post = newPostFile({ title: 'What is Music Psychotherapy?', author: 'ann', today });
    expect(post.slug).toBe('what-is-music-psychotherapy');
    expect(post.relativePath).toBe('posts/what-is-music-psychotherapy.mdx');
    const parsed = parseFile(post.text);
    expect(parsed.data).toEqual({
      title: 'What is Music Psychotherapy?',
      description: placeholderDescription,
      date: '2026-01-05',
      author: 'ann',
      draft: true,
    });
    // An outline of sections for the writer to fill, under the title that is the page's h1.
    expect(parsed.body.match(/^## /gm)?.length).toBeGreaterThanOrEqual(2);
    expect(parsed.body).not.toMatch(/^# /m);
  });

  it('has a placeholder description of an allowed length', () => {
    expect(placeholderDescription.length).toBeGreaterThanOrEqual(50);
    expect(placeholderDescription.length).toBeLessThanOrEqual(160);
  });

  it('parses back to the same fields, whatever the title holds', () => {
    const title = 'Songs: "Yesterday" & C:\\Music # not a comment';
    const parsed = parseFile(newPostFile({ title, author: 'ann', today }).text);
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual({ title, description: placeholderDescription, date: '2026-01-05', author: 'ann', draft: true });
    expect(parsed.bodyStartLine).toBe(8);
  });

  it('makes the slug from the title and tidies its spaces', () => {
    const post = newPostFile({ title: '  The Beatles   & Therapy ', author: 'ann', today });
    expect(post.slug).toBe('the-beatles-and-therapy');
    expect(post.relativePath).toBe('posts/the-beatles-and-therapy.mdx');
    expect(post.text).toContain('title: The Beatles & Therapy\n');
  });

  it('leaves out the author for an article by the whole practice', () => {
    expect(newPostFile({ title: 'Hello there', author: '', today }).text).not.toContain('author:');
  });

  it('passes the content check with a team file for the author', async () => {
    const post = newPostFile({ title: 'Songs: "Yesterday" & Me', author: 'ann', today });
    expect((await checkContent([ann, asSource(post)])).problems.map(located)).toEqual([]);
  });

  it('passes the body checks', async () => {
    const post = newPostFile({ title: 'Hello there', author: 'ann', today });
    const { body, bodyStartLine } = parseFile(post.text);
    expect(await checkBody({ file: `content/${post.relativePath}`, body, bodyStartLine }, { targets: new Map(), publicFiles: new Set() })).toEqual([]);
  });
});

describe('localDate', () => {
  it('is the day in Toronto, whatever the machine’s time zone', () => {
    // 23:59 on 31 December in Toronto (EST, UTC-5) is already 1 January in UTC.
    expect(localDate(new Date('2027-01-01T04:59:00Z'))).toBe('2026-12-31');
    expect(localDate(new Date('2027-01-01T05:00:00Z'))).toBe('2027-01-01');
  });
});
