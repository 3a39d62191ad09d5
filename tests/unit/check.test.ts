import { describe, expect, it } from 'vitest';
import { checkContent, type SourceFile } from '@/lib/content/check';
import { formatProblem } from '@/lib/content/problems';
import { knownCredentialNames } from '@/lib/credentials';

const person = file('team/ann.mdx', ['name: Ann Example', 'role: Music therapist', 'credentials: [MTA]']);
const glossary = file('glossary/mta.mdx', [
  'term: Certified Music Therapist',
  'abbreviation: MTA',
  'definition: The certification for music therapists in Canada.',
]);
const goodPost = ['title: Hello there', 'description: A fixture article that exists only to test the content checks.', 'date: 2026-01-15', 'author: ann'];

function file(relativePath: string, frontMatter: string[], body = 'Some text.'): SourceFile {
  return { path: `content/${relativePath}`, relativePath, text: ['---', ...frontMatter, '---', '', body, ''].join('\n') };
}

async function problemsOf(...files: SourceFile[]): Promise<string[]> {
  return (await checkContent([person, glossary, ...files])).problems.map(formatProblem);
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
      'content/posts/a.mdx:1: title: is missing: the article title, shown as its heading (add a line such as `title: What is Music Psychotherapy?`)',
      'content/posts/a.mdx:2: titel: is not a field of an article (did you mean `title`? Rename it)',
      'content/posts/b.mdx:4: date: “15/01/2026” is not a real date (write the date as YYYY-MM-DD, for example `date: 2026-11-25`)',
      'content/posts/b.mdx:6: draft: should be true or false, not the text “maybe” (write it like `draft: true`)',
    ]);
  });

  it('checks the length of descriptions', async () => {
    expect(await problemsOf(file('posts/a.mdx', [...goodPost.slice(0, 1), 'description: Too short.', ...goodPost.slice(2)]))).toEqual([
      'content/posts/a.mdx:3: description: is 10 characters long; it must be at least 50 (say a little more)',
    ]);
  });

  it('names an unknown field with no near match and lists the known ones', async () => {
    expect(await problemsOf(file('posts/a.mdx', [...goodPost, 'mood: calm']))).toEqual([
      'content/posts/a.mdx:6: mood: is not a field of an article (remove it; the fields are title, description, inShort, searchWords, lastReviewed, reviewedBy, date, updated, author, tags, related, experiences, areas, draft)',
    ]);
  });

  it('checks references to other articles and to credentials', async () => {
    expect(
      await problemsOf(
        file('posts/a.mdx', [...goodPost, 'related: [a, nowhere]']),
        file('team/bo.mdx', ['name: Bo Example', 'role: Music therapist', 'credentials: [MTX]']),
      ),
    ).toEqual([
      'content/posts/a.mdx:6: related: “nowhere” is not a known article (use one of: a)',
      `content/team/bo.mdx:4: credentials: “MTX” is not a credential the site knows (did you mean \`MTA\`? Otherwise use one of: ${knownCredentialNames.join(', ')}; or ask a developer to add it to lib/credentials.ts)`,
    ]);
  });

  it('checks abbreviations used in the body against the glossary, with the line', async () => {
    expect(await problemsOf(file('posts/a.mdx', goodPost, 'First line.\n\nAn <Abbr>MTA</Abbr> and an <Abbr>RPQ</Abbr>.'))).toEqual([
      'content/posts/a.mdx:10: body: <Abbr>RPQ</Abbr> is not in the glossary (add a file for it to content/glossary/ with `abbreviation:` set)',
    ]);
  });

  it('reports duplicate unique values', async () => {
    const twin = file('glossary/mta-again.mdx', ['term: Certified music therapist', 'abbreviation: MTA', 'definition: The same certification, written twice.']);
    expect((await problemsOf(twin)).filter((p) => !p.includes('lib/credentials.ts'))).toEqual([
      'content/glossary/mta-again.mdx:2: term: “Certified music therapist” is already used by content/glossary/mta.mdx (give each glossary term its own term)',
      'content/glossary/mta-again.mdx:3: abbreviation: “MTA” is already used by content/glossary/mta.mdx (give each glossary term its own abbreviation)',
    ]);
  });

  it('reports files that are not where the site reads them, or not MDX', async () => {
    expect(
      await problemsOf(
        { path: 'content/notes.mdx', relativePath: 'notes.mdx', text: '' },
        { path: 'content/posts/a.md', relativePath: 'posts/a.md', text: '' },
      ),
    ).toEqual([
      'content/notes.mdx:1: file: is not in a folder the site reads (move it into one of content/posts/, content/team/, content/glossary/, content/experiences/, content/levels/, content/areas/, content/faq/, content/pages/, content/sections/, content/home/)',
      'content/posts/a.md:1: file: is not an .mdx file (rename it to end in .mdx, or move it out of content/)',
    ]);
  });

  it('reports front matter that is not YAML, with its line', async () => {
    const broken: SourceFile = { path: 'content/posts/a.mdx', relativePath: 'posts/a.mdx', text: '---\ntitle: Hello\ndescription: "unclosed\n---\nBody\n' };
    const [problem] = await problemsOf(broken);
    expect(problem).toMatch(/^content\/posts\/a\.mdx:3: front matter: the front matter is not valid YAML/);
  });

  it('reports a file without front matter', async () => {
    expect(await problemsOf({ path: 'content/posts/a.mdx', relativePath: 'posts/a.mdx', text: 'Just text\n' })).toEqual([
      'content/posts/a.mdx:1: front matter: the file does not start with front matter (put a line with three dashes (---) first, then the fields, then another --- line)',
    ]);
  });
});

describe('reading level', () => {
  it('warns, without failing, when an article reads above grade 9', async () => {
    const dense =
      'Psychotherapeutic relationships characteristically necessitate considerable interpersonal collaboration, ' +
      'continuous collaborative negotiation of therapeutic objectives, and sophisticated multidimensional evaluation of developmental considerations.';
    const result = await checkContent([person, glossary, file('posts/a.mdx', goodPost, dense)]);
    expect(result.problems).toEqual([]);
    expect(result.warnings.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^content\/posts\/a\.mdx:8: reading level: reads at about grade \d+\.\d \(Flesch-Kincaid\), above grade 9; this is a warning, not an error \(/,
      ),
    ]);
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
      'content/pages/404.mdx:1: slug: /404/ is a name the site already uses for its own files (rename the file)',
      'content/pages/blog.mdx:1: slug: /blog/ is a name the site already uses for a section (rename the file)',
      'content/pages/og.mdx:1: slug: /og/ is a name the site already uses for its own files (rename the file)',
      'content/pages/pagefind.mdx:1: slug: /pagefind/ is a name the site already uses for its own files (rename the file)',
    ]);
  });

  it('refuses a content page named like a page of app/', async () => {
    const result = await checkContent([person, glossary, page('news')], { appPageFiles: ['app/news/page.tsx'], publicFiles: new Set() });
    expect(result.problems.map(formatProblem)).toEqual([
      'content/pages/news.mdx:1: slug: /news/ is a name the site already uses for its own files (rename the file)',
    ]);
  });

  it('refuses a section introduction named after no section, with a guess', async () => {
    const section = file('sections/blgo.mdx', ['title: Articles', 'description: Plain-language articles about music therapy and what to expect in a session.']);
    expect(await problemsOf(section)).toEqual([
      'content/sections/blgo.mdx:1: file: “blgo” is not a section of the site (did you mean content/sections/blog.mdx?)',
    ]);
  });
});
