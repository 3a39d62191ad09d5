/**
 * "You might also be interested in": the articles a writer chose in
 * `related`, or, failing that, those sharing the most experiences, areas and
 * tags, newest first. Never empty while any other article exists.
 */
export interface Relatable {
  readonly slug: string;
  readonly date: string;
  readonly related: readonly string[];
  readonly experiences: readonly string[];
  readonly areas: readonly string[];
  readonly tags: readonly string[];
}

export function relatedArticles<T extends Relatable>(article: T, all: readonly T[], limit = 3): T[] {
  const others = all.filter((a) => a.slug !== article.slug);
  const chosen = article.related.map((slug) => others.find((a) => a.slug === slug)).filter((a): a is T => a !== undefined);
  if (chosen.length > 0) return chosen.slice(0, limit);
  const shared = (a: T) =>
    overlap(a.experiences, article.experiences) + overlap(a.areas, article.areas) + overlap(a.tags, article.tags);
  return [...others].sort((a, b) => shared(b) - shared(a) || b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug)).slice(0, limit);
}

function overlap(a: readonly string[], b: readonly string[]): number {
  return a.filter((x) => b.includes(x)).length;
}

/** The items before and after one in an ordered list, for previous/next links. */
export function neighbours<T>(items: readonly T[], index: number): { previous?: T; next?: T } {
  return { previous: index > 0 ? items[index - 1] : undefined, next: index >= 0 && index < items.length - 1 ? items[index + 1] : undefined };
}
