/** The articles a reader can see, their authors' lists, related reading and tags. */
import { relatedArticles } from '../related';
import { visibleArticles } from '../articles';
import { content } from '../contentIndex';
import type { Article, Tag } from '../types';

/**
 * Articles a reader can see in this build, newest first. With `now`, as of
 * that moment instead (derived afresh, for tests and tools; pages use the
 * build's own moment).
 */
export function getArticles(now?: Date): Article[] {
  const index = content();
  return now === undefined ? [...index.articles] : visibleArticles(index.all('Post'), now, index.personBySlug);
}

export function getArticle(slug: string): Article | undefined {
  return content().articleBySlug.get(slug);
}

export function getArticlesBy(personSlug: string): Article[] {
  return [...(content().articlesByAuthor.get(personSlug) ?? [])];
}

export function getRelatedArticles(article: Article): Article[] {
  const { related, articles } = content();
  let found = related.get(article.slug);
  if (!found) related.set(article.slug, (found = relatedArticles(article, articles)));
  return [...found];
}

/** Every tag used by a visible article, by name. */
export function getTags(): Tag[] {
  return [...content().tags.values()].sort((a, b) => a.name.localeCompare(b.name, 'en-CA'));
}

export function getTag(slug: string): Tag | undefined {
  return content().tags.get(slug);
}
