/**
 * Content dates are calendar days written YYYY-MM-DD. They are checked by
 * turning them into a date and back, so 2026-02-30 is refused rather than
 * becoming 2 March.
 */
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDate(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * The practice is in Ontario, so "today" is the day in Toronto: `new:post`
 * dates a new article with it, and an article dated today is published by
 * any build run today, Toronto time, wherever the build machine is.
 */
export const PUBLISHING_TIME_ZONE = 'America/Toronto';

/**
 * Formatters by their options: making an Intl.DateTimeFormat costs far more
 * than using one, and a build formats thousands of dates (profiled: 2 s of a
 * 1,000-article build before they were kept).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify([locale, options]);
  let made = formatters.get(key);
  if (!made) formatters.set(key, (made = new Intl.DateTimeFormat(locale, options)));
  return made;
}

/** The calendar day (YYYY-MM-DD) an instant falls on in a time zone, the practice's by default. */
export function dayIn(instant: Date, timeZone: string = PUBLISHING_TIME_ZONE): string {
  const parts = formatter('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const part = (type: 'year' | 'month' | 'day') => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Formats an ISO date or timestamp as a day in Canadian English, read in UTC so the day never shifts. */
export function formatDay(iso: string, locale = 'en-CA'): string {
  return formatter(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(iso));
}

/** The YYYY-MM-DD part of an ISO date or timestamp, for `<time datetime>`. */
export function isoDay(iso: string): string {
  return iso.slice(0, 10);
}
