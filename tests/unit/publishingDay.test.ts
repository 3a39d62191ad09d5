/**
 * Publishing and `new:post` use one stated time zone, the practice's
 * (America/Toronto): an article dated today is public from Toronto's
 * midnight, not UTC's.
 */
import { describe, expect, it } from 'vitest';
import { dayIn, PUBLISHING_TIME_ZONE } from '@/lib/content/dates';
import { localDate } from '@/lib/content/newPost';
import { contentOptionsFrom, INCLUDE_UNPUBLISHED_ENV } from '@/lib/content/options';
import { isPublic, publicationStatus } from '@/lib/content/publishing';

describe('the practice’s day', () => {
  it('is stated as Toronto time', () => {
    expect(PUBLISHING_TIME_ZONE).toBe('America/Toronto');
  });

  it('changes at midnight in Toronto, in winter (UTC-5) and in summer (UTC-4)', () => {
    expect(dayIn(new Date('2026-01-15T04:59:59Z'))).toBe('2026-01-14');
    expect(dayIn(new Date('2026-01-15T05:00:00Z'))).toBe('2026-01-15');
    expect(dayIn(new Date('2026-07-15T03:59:59Z'))).toBe('2026-07-14');
    expect(dayIn(new Date('2026-07-15T04:00:00Z'))).toBe('2026-07-15');
  });

  it('can be read in another zone', () => {
    expect(dayIn(new Date('2026-01-15T04:59:59Z'), 'UTC')).toBe('2026-01-15');
  });
});

describe('publishing around midnight', () => {
  const article = { draft: false, date: '2026-02-10' };

  it('keeps an article dated today unpublished until Toronto’s midnight, even when UTC has moved on', () => {
    // 23:30 on 9 February in Toronto (EST) is 04:30 on 10 February in UTC.
    expect(isPublic(article, new Date('2026-02-10T04:30:00Z'))).toBe(false);
    expect(publicationStatus(article, new Date('2026-02-10T04:30:00Z'))).toBe('scheduled');
  });

  it('publishes it from the first minute of its day in Toronto', () => {
    expect(isPublic(article, new Date('2026-02-10T05:00:00Z'))).toBe(true);
  });

  it('gives new:post the same day that publishing compares with', () => {
    for (const instant of ['2026-02-10T04:30:00Z', '2026-02-10T05:00:00Z', '2026-12-31T23:59:00Z']) {
      const now = new Date(instant);
      expect(isPublic({ draft: false, date: localDate(now) }, now), instant).toBe(true);
      expect(localDate(now)).toBe(dayIn(now));
    }
  });
});

describe('content options', () => {
  it('leave unpublished articles out unless the preview asks for them', () => {
    expect(contentOptionsFrom({}).includeUnpublished).toBe(false);
    expect(contentOptionsFrom({ [INCLUDE_UNPUBLISHED_ENV]: '0' }).includeUnpublished).toBe(false);
    expect(contentOptionsFrom({ [INCLUDE_UNPUBLISHED_ENV]: '1' }).includeUnpublished).toBe(true);
    expect(contentOptionsFrom({ [INCLUDE_UNPUBLISHED_ENV]: 'true' }).includeUnpublished).toBe(true);
  });

  it('refuse a value that is neither yes nor no', () => {
    expect(() => contentOptionsFrom({ [INCLUDE_UNPUBLISHED_ENV]: 'yes please' })).toThrow(`${INCLUDE_UNPUBLISHED_ENV} must be 1 or 0`);
  });
});
