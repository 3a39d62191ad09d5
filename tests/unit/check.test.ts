import { describe, expect, it } from 'vitest';
import { checkContent, type SourceFile } from '@/lib/content/check';
import { located, mdxFile as file, sourceFile } from './helpers/problems';

const person = file('team/ann.mdx', ['name: Ann Example', 'role: Music therapist', 'credentials: [MTA]']);
const glossary = file('glossary/mta.mdx', [
  'term: Certified Music Therapist',
  'abbreviation: MTA',
  'definition: The certification for music therapists in Canada.',
]);
const goodPost = ['title: Hello there', 'description: A fixture article that exists only to test the content checks.', 'date: 2026-01-15', 'author: ann'];

async function problemsOf(...files: SourceFile[]): Promise<string[]> {
  return (await checkContent([person, glossary, ...files])).problems.map(located);
}

describe('checkContent', () => {
  it('accepts valid content', async () => {
    expect(await problemsOf(file('posts/hello.mdx', goodPost))).toEqual([]);
  });

  it('reports every problem at once, in file and line order', async () => {
    const problems = await problemsOf(
      file('posts/a.mdx', ['titel: Hello there', ...goodPost.slice(1)]),
      file('posts/b.mdx', [...goodPost.slice(0, 2), 'date: 15/01/2026', 'author: ann', 'draft: maybe']),
    );
    expect(problems).toEqual([
      'content/posts/a.mdx:1: title: frontmatter.missing-field',
      'content/posts/a.mdx:2: titel: frontmatter.unknown-field',
      'content/posts/b.mdx:4: date: frontmatter.impossible-date',
      'content/posts/b.mdx:6: draft: frontmatter.wrong-type',
    ]);
  });

  it('checks the length of descriptions', async () => {
    expect(await problemsOf(file('posts/a.mdx', [...goodPost.slice(0, 1), 'description: Too short.', ...goodPost.slice(2)]))).toEqual([
      'content/posts/a.mdx:3: description: frontmatter.too-short',
    ]);
  });

  it('names an unknown field with no near match and lists the known ones', async () => {
    expect(await problemsOf(file('posts/a.mdx', [...goodPost, 'mood: calm']))).toEqual(['content/posts/a.mdx:6: mood: frontmatter.unknown-field']);
  });

  it('checks references to other articles and to credentials', async () => {
    expect(
      await problemsOf(
        file('posts/a.mdx', [...goodPost, 'related: [a, nowhere]']),
        file('team/bo.mdx', ['name: Bo Example', 'role: Music therapist', 'credentials: [MTX]']),
      ),
    ).toEqual(['content/posts/a.mdx:6: related: frontmatter.unknown-reference', 'content/team/bo.mdx:4: credentials: credentials.unknown']);
  });

  it('checks abbreviations used in the body against the glossary, with the line', async () => {
    expect(await problemsOf(file('posts/a.mdx', goodPost, 'First line.\n\nAn <Abbr>MTA</Abbr> and an <Abbr>RPQ</Abbr>.'))).toEqual([
      'content/posts/a.mdx:10: body: glossary.unknown-abbreviation',
    ]);
  });

  it('reports duplicate unique values', async () => {
    const twin = file('glossary/mta-again.mdx', ['term: Certified music therapist', 'abbreviation: MTA', 'definition: The same certification, written twice.']);
    expect((await problemsOf(twin)).filter((p) => !p.endsWith('credentials.glossary-term'))).toEqual([
      'content/glossary/mta-again.mdx:2: term: document.duplicate-value',
      'content/glossary/mta-again.mdx:3: abbreviation: document.duplicate-value',
    ]);
  });

  it('reports files that are not where the site reads them, or not MDX', async () => {
    expect(await problemsOf(sourceFile('notes.mdx', ''), sourceFile('posts/a.md', ''))).toEqual([
      'content/notes.mdx:1: file: file.wrong-folder',
      'content/posts/a.md:1: file: file.not-mdx',
    ]);
  });

  it('reports front matter that is not YAML, with its line', async () => {
    const broken = sourceFile('posts/a.mdx', '---\ntitle: Hello\ndescription: "unclosed\n---\nBody\n');
    const [problem] = await problemsOf(broken);
    expect(problem).toBe('content/posts/a.mdx:3: front matter: frontmatter.invalid-yaml');
  });

  it('reports a file without front matter', async () => {
    expect(await problemsOf(sourceFile('posts/a.mdx', 'Just text\n'))).toEqual(['content/posts/a.mdx:1: front matter: frontmatter.not-first']);
  });
});

describe('reading level', () => {
  it('warns, without failing, when an article reads above grade 9', async () => {
    const dense =
      'Psychotherapeutic relationships characteristically necessitate considerable interpersonal collaboration, ' +
      'continuous collaborative negotiation of therapeutic objectives, and sophisticated multidimensional evaluation of developmental considerations.';
    const result = await checkContent([person, glossary, file('posts/a.mdx', goodPost, dense)]);
    expect(result.problems).toEqual([]);
    expect(result.warnings.map(located)).toEqual(['content/posts/a.mdx:8: reading level: readability.grade']);
  });
  it('says nothing about plain writing', async () => {
    const plain = 'Music can help. You do not need to play an instrument. We choose the music with you.';
    expect((await checkContent([person, glossary, file('posts/a.mdx', goodPost, plain)])).warnings).toEqual([]);
  });
});

describe('addresses the site already uses', () => {
  const page = (slug: string) => file(`pages/${slug}.mdx`, ['title: A page', 'description: A fixture page that exists only to test the content checks.']);

  it('refuses a content page named after a section or a folder the build writes', async () => {
    const problems = await problemsOf(page('blog'), page('pagefind'), page('og'), page('404'), page('approach'));
    expect(problems).toEqual([
      'content/pages/404.mdx:1: slug: page.reserved-address',
      'content/pages/blog.mdx:1: slug: page.reserved-address',
      'content/pages/og.mdx:1: slug: page.reserved-address',
      'content/pages/pagefind.mdx:1: slug: page.reserved-address',
    ]);
  });

  it('refuses a content page named like a page of app/', async () => {
    const result = await checkContent([person, glossary, page('news')], { appPageFiles: ['app/news/page.tsx'], publicFiles: new Set() });
    expect(result.problems.map(located)).toEqual(['content/pages/news.mdx:1: slug: page.reserved-address']);
  });

  it('refuses a section introduction named after no section, with a guess', async () => {
    const section = file('sections/blgo.mdx', ['title: Articles', 'description: Plain-language articles about music therapy and what to expect in a session.']);
    expect(await problemsOf(section)).toEqual(['content/sections/blgo.mdx:1: file: section.unknown']);
  });
});
