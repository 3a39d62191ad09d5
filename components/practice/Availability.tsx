import { formatDay } from '@/lib/content/dates';
import { availabilityHeadline, buildDay, shownAvailability } from '@/lib/practice/availability';
import { loadPractice } from '@/lib/practice/load';

/**
 * Whether a team member takes new clients, with the day it was last
 * confirmed. Nothing while the profile gives no status or the status is
 * older than 60 days on the day of the build (the launch check lists it).
 * `compact` (team page, home page) leaves out the note on what to do meanwhile.
 */
export function Availability({ slug, compact = false }: { slug: string; compact?: boolean }) {
  const availability = shownAvailability(loadPractice().team?.[slug]?.availability, buildDay());
  if (!availability) return null;
  return (
    <p className="availability" data-availability={availability.status}>
      <strong>{availabilityHeadline(availability)}</strong>{' '}
      <span className="meta">
        Updated <time dateTime={availability.updated}>{formatDay(availability.updated)}</time>.
      </span>
      {!compact && availability.meanwhile && <> {availability.meanwhile}</>}
    </p>
  );
}
