/**
 * Practice profiles for tests whose meaning depends on the day: a team
 * member's availability is shown only within 60 days of its `updated` day, so
 * a fixture with a fixed date would go stale. These rewrite the dates.
 */
import { daysBetween } from '@/lib/practice/availability';

/** The day `days` calendar days before a YYYY-MM-DD day. */
export function daysBefore(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  const shifted = date.toISOString().slice(0, 10);
  if (daysBetween(shifted, day) !== days) throw new Error(`daysBefore(${day}, ${days}) gave ${shifted}`);
  return shifted;
}

/** A profile's text with every availability `updated:` day set to `day`; `ifAny` allows a profile without one. */
export function withAvailabilityUpdated(profile: string, day: string, { ifAny = false } = {}): string {
  if (!ifAny && !/^\s+updated: \d{4}-\d{2}-\d{2}$/m.test(profile)) throw new Error('the profile has no availability date to rewrite');
  return profile.replace(/^(\s+updated: )\d{4}-\d{2}-\d{2}$/gm, `$1${day}`);
}
