/**
 * `npm run new:post -- "Title" [--author slug]`: starts a new article as a
 * draft in content/posts/, with front matter that passes the content check
 * and an outline to write over.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseFile } from '../lib/content/frontmatter';
import { contentDir } from '../lib/content/location';
import { newPostFile } from '../lib/content/newPost';
import { slugFromPath } from '../lib/content/slug';
import { documentTypes } from '../lib/content/schema';

const usage = [
  'Usage: npm run new:post -- "Title of the article" [--author file-name]',
  '',
  'Example: npm run new:post -- "What is Music Psychotherapy?" --author kaitlyn-kasha',
  '--author is the file name (without .mdx) of the writer in content/team/.',
].join('\n');

interface TeamMember {
  readonly slug: string;
  readonly name: string;
}

class Stop extends Error {}

function stop(message: string): never {
  throw new Stop(message);
}

function parseArgs(args: readonly string[]): { title: string; author: string | undefined } {
  const words: string[] = [];
  let author: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--author') {
      author = args[++i];
      if (author === undefined || author.startsWith('--')) stop(`--author needs a name after it.\n\n${usage}`);
    } else if (arg.startsWith('--author=')) {
      author = arg.slice('--author='.length);
    } else if (arg === '--help' || arg === '-h') {
      console.log(usage);
      process.exit(0);
    } else if (arg.startsWith('--')) {
      stop(`${arg} is not an option of new:post.\n\n${usage}`);
    } else {
      words.push(arg);
    }
  }
  // `npm run new:post -- What is it` without quotes still works.
  return { title: words.join(' ').trim(), author: author?.trim() };
}

/** Every .mdx file below a folder, as paths relative to the folder. */
function mdxFiles(folder: string, recursive: boolean): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.mdx'))
    .map((e) => path.relative(folder, path.join(e.parentPath, e.name)));
}

function readTeam(dir: string): TeamMember[] {
  const folder = path.join(dir, documentTypes.TeamMember.folder);
  return mdxFiles(folder, false)
    .map((file) => {
      const name = parseFile(readFileSync(path.join(folder, file), 'utf8')).data?.name;
      const slug = slugFromPath(file);
      return { slug, name: typeof name === 'string' && name.trim() ? name.trim() : slug };
    })
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

function describeTeam(team: readonly TeamMember[]): string {
  return team.map((m) => `  ${m.slug}  (${m.name})`).join('\n');
}

async function chooseAuthor(team: readonly TeamMember[], requested: string | undefined, teamFolder: string): Promise<string> {
  if (requested !== undefined) {
    if (team.some((m) => m.slug === requested)) return requested;
    stop(
      team.length > 0
        ? `“${requested}” is not in ${teamFolder}/. Use one of these with --author:\n${describeTeam(team)}`
        : `“${requested}” is not in ${teamFolder}/, which has no one in it yet. Add their file there first, or leave out --author.`,
    );
  }
  if (team.length === 0) return ''; // an article by the whole practice
  if (team.length === 1) return team[0]!.slug;
  if (!process.stdin.isTTY) {
    stop(`Who is writing it? Add --author with one of these:\n${describeTeam(team)}`);
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: `Type a number from 1 to ${team.length}: ` });
  try {
    console.log('Who is writing this article?');
    team.forEach((m, i) => console.log(`  ${i + 1}. ${m.name} (${m.slug})`));
    rl.prompt();
    // Lines are read in turn, so answers typed (or pasted) ahead are not lost.
    for await (const line of rl) {
      const answer = line.trim();
      const chosen = /^\d+$/.test(answer) ? team[Number(answer) - 1] : team.find((m) => m.slug === answer);
      if (chosen) return chosen.slug;
      console.log(`“${answer}” is not one of the numbers.`);
      rl.prompt();
    }
    // Ctrl+D (or Ctrl+C) closes the input before an answer.
    stop('\nNo author was chosen, so nothing was created.');
  } finally {
    rl.close();
  }
}

async function main(args: readonly string[]): Promise<void> {
  const { title, author: requested } = parseArgs(args);
  if (!title) stop(`Give the article a title.\n\n${usage}`);
  const dir = contentDir();
  const maxLength = documentTypes.Post.fields.title?.kind === 'string' ? documentTypes.Post.fields.title.maxLength : undefined;
  const post = newPostFile({ title, author: '', today: new Date() });
  if (!post.slug) stop(`“${title}” has no letters or numbers to make the article’s address from.\n\n${usage}`);
  if (maxLength !== undefined && title.length > maxLength) {
    stop(`The title is ${title.length} characters long; a title can have at most ${maxLength}. Shorten it and run this again.`);
  }

  const postsFolder = path.join(dir, documentTypes.Post.folder);
  const target = path.join(dir, post.relativePath);
  const existing = [
    target,
    ...mdxFiles(postsFolder, true)
      .filter((file) => slugFromPath(file) === post.slug)
      .map((file) => path.join(postsFolder, file)),
  ].find((file) => existsSync(file));
  if (existing) {
    stop(`There is already an article at /blog/${post.slug}/: ${existing}\nOpen that file to keep writing it, or choose a different title.`);
  }

  const teamFolder = path.join(dir, documentTypes.TeamMember.folder);
  const author = await chooseAuthor(readTeam(dir), requested, teamFolder);
  const { text } = newPostFile({ title, author, today: new Date() });

  mkdirSync(postsFolder, { recursive: true });
  writeFileSync(target, text, { flag: 'wx' });

  console.log(`Created ${target}${author ? ` (author: ${author})` : ' (no author: an article by the whole practice)'}.

Next steps:
  1. Write the article in ${target}: replace the description and the prompts.
  2. Preview it: run \`npm run dev\` and open http://localhost:3000/blog/${post.slug}/
  3. Check it: run \`npm run check:content\` and fix anything it lists.
  4. Publish it: remove the line \`draft: true\`.`);
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof Stop)) throw error;
  console.error(error.message);
  process.exit(1);
}
