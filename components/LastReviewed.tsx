import Link from 'next/link';
import type { Review } from '@/lib/content';
import { formatDay, isoDay } from '@/lib/content/dates';
import { AbbrText } from './AbbrText';

/** "Last reviewed 25 November 2026 by Kaitlyn Kasha, RP (Qualifying)": health information says who checked it, and when. */
export function LastReviewed({ review }: { review?: Review }) {
  if (!review) return null;
  const title = review.by?.credentials[0]?.abbreviation;
  return (
    <p className="meta last-reviewed" data-last-reviewed>
      Last reviewed <time dateTime={isoDay(review.date)}>{formatDay(review.date)}</time>
      {review.by && (
        <>
          {' '}
          by <Link href={review.by.url}>{review.by.name}</Link>
          {title && (
            <>
              , <AbbrText text={title} />
            </>
          )}
        </>
      )}
    </p>
  );
}
