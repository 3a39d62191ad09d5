/**
 * Whether a team member takes new clients, and whether that status is fresh
 * enough to show. A stale "accepting" is worse than none: a status last
 * confirmed more than 60 days before the day of the build is not shown, and
 * the launch check lists it. Days are calendar days in the publishing time
 * zone (Toronto), wherever the build runs.
 */
import { dayIn } from '../content/dates';

export const AVAILABILITY_STATUSES = ['accepting', 'waitlist', 'not accepting'] as const;
type AvailabilityStatus = (typeof AVAILABILITY_STATUSES)[number];

/** The longest a status is shown after its `updated` day. */
export const STALE_AFTER_DAYS = 60;

export interface AvailabilityValue {
  readonly status: AvailabilityStatus;
  /** YYYY-MM-DD */
  readonly updated: string;
  readonly wait?: string;
  readonly meanwhile?: string;
}

/** The day of the build in the publishing time zone, YYYY-MM-DD. */
export function buildDay(now: Date = new Date()): string {
  return dayIn(now);
}

/** Whole calendar days from one YYYY-MM-DD day to another (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function isStale(availability: Pick<AvailabilityValue, 'updated'>, today: string): boolean {
  return daysBetween(availability.updated, today) > STALE_AFTER_DAYS;
}

/** The status to show on the day of the build, or undefined when there is none or it is stale. */
export function shownAvailability<A extends AvailabilityValue>(availability: A | undefined, today: string): A | undefined {
  return availability && !isStale(availability, today) ? availability : undefined;
}

/** The status in a few plain words, as a sentence. */
export function availabilityHeadline(availability: Pick<AvailabilityValue, 'status' | 'wait'>): string {
  switch (availability.status) {
    case 'accepting':
      return 'Taking new clients.';
    case 'waitlist':
      return availability.wait ? `Taking names for a waitlist: the wait is ${availability.wait}.` : 'Taking names for a waitlist.';
    case 'not accepting':
      return 'Not taking new clients at the moment.';
  }
}
