/**
 * The "Last reviewed" line of health information. A reviewer without a review
 * date is an error, since the page would show neither and the name would be
 * dropped silently. A review more than a year old is a warning (not an error),
 * so staff re-read the page and update `lastReviewed`. Pure: given the
 * documents' front matter and today's date.
 */
import type { Problem } from '../../diagnostics/problem';

export interface ReviewedDocument {
  readonly file: string;
  readonly data: Readonly<Record<string, unknown>>;
  readonly keyLines: ReadonlyMap<string, number>;
}

/** The same calendar day a year later (29 February becomes 1 March). */
function aYearAfter(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y + 1, m - 1, d));
}

export function staleReviewWarnings(documents: readonly ReviewedDocument[], today: Date = new Date()): Problem[] {
  return documents.flatMap((doc) => {
    const reviewed = doc.data.lastReviewed;
    if (typeof reviewed !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(reviewed)) return [];
    if (aYearAfter(reviewed).getTime() >= today.getTime()) return [];
    return [
      {
        file: doc.file,
        line: doc.keyLines.get('lastReviewed') ?? 1,
        field: 'lastReviewed',
        rule: 'review.stale',
        message: `was last reviewed on ${reviewed}, more than a year ago; this is a warning, not an error`,
        fix: 'have a therapist re-read the page, then set `lastReviewed` to the date of that review',
      },
    ];
  });
}

/** `reviewedBy` is shown only with the date of the review, so one without the other is refused. */
export function reviewerWithoutDateProblems(documents: readonly ReviewedDocument[]): Problem[] {
  return documents.flatMap((doc) => {
    if (doc.data.reviewedBy === undefined || doc.data.lastReviewed !== undefined) return [];
    return [
      {
        file: doc.file,
        line: doc.keyLines.get('reviewedBy') ?? 1,
        field: 'reviewedBy',
        rule: 'review.no-date',
        message: 'names who reviewed the page but not when, so the page could show neither',
        fix: 'add `lastReviewed` with the date of that review, as YYYY-MM-DD, or remove `reviewedBy`',
      },
    ];
  });
}
