/**
 * Whether a dated document is public: not a draft and not dated after today
 * in the practice's time zone (dates.ts). Previews (next dev) show
 * everything, marked; a production build shows only what is public.
 */
import { dayIn } from './dates';

export interface Publishable {
  readonly draft: boolean;
  /** ISO date or timestamp. */
  readonly date: string;
}

export function isPublic(doc: Publishable, now: Date): boolean {
  return !doc.draft && doc.date.slice(0, 10) <= dayIn(now);
}

export function publicationStatus(doc: Publishable, now: Date): 'public' | 'draft' | 'scheduled' {
  if (doc.draft) return 'draft';
  return isPublic(doc, now) ? 'public' : 'scheduled';
}

/** Newest first; the slug breaks ties so the order never depends on file order. */
export function byNewest<T extends { readonly date: string; readonly slug: string }>(a: T, b: T): number {
  return b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug);
}
