/**
 * The text of a new article file: front matter that passes the content check
 * (marked as a draft, with a description to replace) and a short outline of
 * prompts to write over. Pure, so it can be tested; scripts/new-post.ts
 * writes the file.
 */
import { dayIn } from './dates';
import { frontMatterInEditorForm } from './editorForm';
import { slugify } from './slug';

export interface NewPost {
  /** The article's address: /blog/<slug>/. */
  readonly slug: string;
  /** Path inside the content folder, e.g. `posts/my-article.mdx`. */
  readonly relativePath: string;
  readonly text: string;
}

/** 94 characters: inside the 50 to 160 a description must have, and plainly a placeholder. */
export const placeholderDescription = 'Replace this sentence with a one-line summary of the article for listings and search results.';

export function newPostFile({ title, author, today }: { title: string; author: string; today: Date }): NewPost {
  const cleanTitle = title.replace(/\s+/g, ' ').trim();
  const slug = slugify(cleanTitle);
  // Written as the editor writes it, so opening the draft in /admin/ and saving changes nothing else.
  const frontMatter = [
    '---',
    frontMatterInEditorForm('Post', {
      title: cleanTitle,
      description: placeholderDescription,
      date: localDate(today),
      // An article without an author is by the whole practice.
      ...(author.trim() ? { author: author.trim() } : {}),
      draft: true,
    }).trimEnd(),
    '---',
  ];
  const body = [
    '',
    'Start with a short paragraph that says who this article is for and what they will take away from it. Use short sentences and everyday words.',
    '',
    '## First section heading',
    '',
    'Replace the heading above with a plain question or phrase, and write the first part of the article here.',
    '',
    '## Second section heading',
    '',
    'Replace this heading too, and write the next part here. Add more sections with ## if you need them.',
    '',
  ];
  return { slug, relativePath: `posts/${slug}.mdx`, text: [...frontMatter, ...body].join('\n') };
}

/** YYYY-MM-DD of the day in the practice's time zone, the same day publishing compares with. */
export function localDate(date: Date): string {
  return dayIn(date);
}
