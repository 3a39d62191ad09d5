import { describe, expect, it } from 'vitest';
import { neighbours, relatedArticles, type Relatable } from '@/lib/content/related';

function article(slug: string, date: string, extra: Partial<Relatable> = {}): Relatable {
  return { slug, date, related: [], experiences: [], areas: [], tags: [], ...extra };
}

describe('relatedArticles', () => {
  const a = article('a', '2026-01-01', { experiences: ['receptive'], areas: ['emotional'] });
  const b = article('b', '2026-02-01', { experiences: ['receptive'], areas: ['emotional'] });
  const c = article('c', '2026-03-01', { areas: ['emotional'] });
  const d = article('d', '2026-04-01');

  it('uses the writer’s explicit choice first, skipping unknown slugs', () => {
    expect(relatedArticles({ ...a, related: ['d', 'zzz'] }, [a, b, c, d]).map((x) => x.slug)).toEqual(['d']);
  });
  it('otherwise ranks by shared experiences, areas and tags, then newest', () => {
    expect(relatedArticles(a, [a, b, c, d]).map((x) => x.slug)).toEqual(['b', 'c', 'd']);
  });
  it('is never empty while another article exists, and empty when none does', () => {
    expect(relatedArticles(d, [a, d]).map((x) => x.slug)).toEqual(['a']);
    expect(relatedArticles(d, [d])).toEqual([]);
  });
});

describe('neighbours', () => {
  it('gives the previous and next items', () => {
    expect(neighbours(['x', 'y', 'z'], 0)).toEqual({ previous: undefined, next: 'y' });
    expect(neighbours(['x', 'y', 'z'], 1)).toEqual({ previous: 'x', next: 'z' });
    expect(neighbours(['x', 'y', 'z'], 2)).toEqual({ previous: 'y', next: undefined });
  });
});
