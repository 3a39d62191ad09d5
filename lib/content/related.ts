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
  if (limit <= 0) return [];
  const bySlug = new Map(all.map((a) => [a.slug, a]));
  const chosen = article.related
    .filter((slug) => slug !== article.slug)
    .map((slug) => bySlug.get(slug))
    .filter((a): a is T => a !== undefined);
  if (chosen.length > 0) return chosen.slice(0, limit);
  // One pass keeping the best `limit`, rather than sorting every article for every page: linear in the archive.
  const shared = (a: T) => overlap(a.experiences, article.experiences) + overlap(a.areas, article.areas) + overlap(a.tags, article.tags);
  const better = (a: { item: T; score: number }, b: { item: T; score: number }) =>
    b.score - a.score || b.item.date.localeCompare(a.item.date) || a.item.slug.localeCompare(b.item.slug);
  const best: { item: T; score: number }[] = [];
  for (const item of all) {
    if (item.slug === article.slug) continue;
    const candidate = { item, score: shared(item) };
    if (best.length === limit && better(candidate, best[limit - 1]!) >= 0) continue;
    const at = best.findIndex((b) => better(candidate, b) < 0);
    best.splice(at === -1 ? best.length : at, 0, candidate);
    if (best.length > limit) best.pop();
  }
  return best.map((b) => b.item);
}

function overlap(a: readonly string[], b: readonly string[]): number {
  return a.filter((x) => b.includes(x)).length;
}

/** The items before and after one in an ordered list, for previous/next links. */
export function neighbours<T>(items: readonly T[], index: number): { previous?: T; next?: T } {
  return { previous: index > 0 ? items[index - 1] : undefined, next: index >= 0 && index < items.length - 1 ? items[index + 1] : undefined };
}
