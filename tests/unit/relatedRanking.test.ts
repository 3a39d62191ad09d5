/** The one-pass ranking of related articles gives exactly what sorting every article would. */
import { describe, expect, it } from 'vitest';
import { relatedArticles, type Relatable } from '@/lib/content/related';

const pool = { experiences: ['receptive', 'improvisation', 'songwriting'], areas: ['emotional', 'social', 'physical'], tags: ['grief', 'voice', 'rhythm'] };

function sortedReference(article: Relatable, all: readonly Relatable[], limit: number): string[] {
  const overlap = (a: readonly string[], b: readonly string[]) => a.filter((x) => b.includes(x)).length;
  const shared = (a: Relatable) => overlap(a.experiences, article.experiences) + overlap(a.areas, article.areas) + overlap(a.tags, article.tags);
  return all
    .filter((a) => a.slug !== article.slug)
    .sort((a, b) => shared(b) - shared(a) || b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug))
    .slice(0, limit)
    .map((a) => a.slug);
}

describe('relatedArticles ranking', () => {
  // A fixed pseudo-random archive: every combination of attributes, with repeated dates.
  const all: Relatable[] = Array.from({ length: 60 }, (_, i) => ({
    slug: `article-${String((i * 37) % 60).padStart(2, '0')}`,
    date: `2026-0${1 + (i % 5)}-1${i % 3}`,
    related: [],
    experiences: pool.experiences.filter((_, k) => (i >> k) & 1),
    areas: pool.areas.filter((_, k) => (i >> (k + 1)) & 1),
    tags: pool.tags.filter((_, k) => ((i * 7) >> k) & 1),
  }));

  it('matches a full sort for every article and several limits', () => {
    for (const limit of [1, 3, 5]) {
      for (const article of all) {
        expect(
          relatedArticles(article, all, limit).map((a) => a.slug),
          `${article.slug}, limit ${limit}`,
        ).toEqual(sortedReference(article, all, limit));
      }
    }
  });

  it('gives nothing for a limit of zero', () => {
    expect(relatedArticles(all[0]!, all, 0)).toEqual([]);
  });
});
