import { describe, expect, it } from 'vitest';
import { reviewerWithoutDateProblems, staleReviewWarnings } from '@/lib/content/checks/reviewAge';

const doc = (lastReviewed?: string) => ({
  file: 'content/posts/a.mdx',
  data: lastReviewed === undefined ? {} : { lastReviewed },
  keyLines: new Map([['lastReviewed', 7]]),
});
const today = new Date(Date.UTC(2026, 11, 1));

describe('reviews older than a year', () => {
  it('warns, at the field’s line, when the review is more than a year old', () => {
    const [warning, ...rest] = staleReviewWarnings([doc('2025-11-30')], today);
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({ file: 'content/posts/a.mdx', line: 7, field: 'lastReviewed' });
    expect(warning!.message).toContain('2025-11-30');
  });

  it('is quiet for a review within the year, on its anniversary, or with no review date', () => {
    expect(staleReviewWarnings([doc('2026-06-01'), doc('2025-12-01'), doc()], today)).toEqual([]);
  });
});

describe('a reviewer without a review date', () => {
  const reviewed = (data: Record<string, unknown>) => ({ file: 'content/posts/a.mdx', data, keyLines: new Map([['reviewedBy', 9]]) });

  it('is refused at the reviewer’s line, naming the missing field', () => {
    const [problem, ...rest] = reviewerWithoutDateProblems([reviewed({ reviewedBy: 'ann' })]);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: 'content/posts/a.mdx', line: 9, field: 'reviewedBy', rule: 'review.no-date' });
    expect(problem!.fix).toContain('lastReviewed');
  });

  it('is accepted with its date, and neither field is needed', () => {
    expect(
      reviewerWithoutDateProblems([reviewed({ reviewedBy: 'ann', lastReviewed: '2026-06-01' }), reviewed({ lastReviewed: '2026-06-01' }), reviewed({})]),
    ).toEqual([]);
  });
});
