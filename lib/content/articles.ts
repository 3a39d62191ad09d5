/**
 * What the site derives for articles beyond their front matter: the author's
 * page, the publication status at a moment, which articles a reader can see,
 * and the tags they are filed under.
 */
import { routes } from '../routes';
import { contentOptions } from './options';
import { byNewest, publicationStatus } from './publishing';
import { documentTypes } from './schema';
import { slugify } from './slug';
import type { Article, ArticleSummary, DocumentOf, Person, Tag } from './types';

function toArticle(post: DocumentOf<'Post'>, now: Date, personBySlug: ReadonlyMap<string, Person>): Article {
  const { author: authorSlug, draft, ...fields } = post;
  const author = authorSlug === undefined ? undefined : personBySlug.get(authorSlug);
  // The content check refuses this first, with the file and line; this guards a build that skipped it.
  if (authorSlug !== undefined && !author) throw new Error(`The article "${post.slug}" names the author "${authorSlug}", who is not in content/${documentTypes.TeamMember.folder}/.`);
  return { ...fields, author, status: publicationStatus({ draft, date: post.date }, now) };
}

/** The articles a reader can see at `now`, newest first: all of them, marked, when the options include unpublished ones. */
export function visibleArticles(posts: readonly DocumentOf<'Post'>[], now: Date, people: ReadonlyMap<string, Person>): Article[] {
  const { includeUnpublished } = contentOptions();
  return posts
    .map((post) => toArticle(post, now, people))
    .filter((article) => includeUnpublished || article.status === 'public')
    .sort(byNewest);
}

/** Every tag the articles use, by slug; each tag's articles keep the articles' order. */
export function tagsOf(articles: readonly Article[]): Map<string, Tag> {
  const tags = new Map<string, { slug: string; name: string; url: string; articles: ArticleSummary[] }>();
  for (const article of articles) {
    for (const name of article.tags) {
      const slug = slugify(name);
      if (slug === '') continue;
      let tag = tags.get(slug);
      if (!tag) tags.set(slug, (tag = { slug, name, url: routes.tag(slug), articles: [] }));
      if (tag.articles.at(-1) !== article) tag.articles.push(article);
    }
  }
  return tags;
}
