import { describe, expect, it } from 'vitest';
import { bibliography, inTextCitation, yearLabels } from '@/lib/bibliography';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { citedKeysInBody, citedKeysOfBody, writeCitedKeysMemo } from '@/lib/content/citations';
import { formatDay, isCalendarDate } from '@/lib/content/dates';
import { byNewest, isPublic, publicationStatus } from '@/lib/content/publishing';
import { slugFromPath, slugify } from '@/lib/content/slug';
import { closest, typoDistance } from '@/lib/diagnostics/suggest';
import { absoluteUrl } from '@/lib/routes';
import { DEFAULT_SITE_URL, hasContactChannel, loadSiteConfig } from '@/lib/site';

describe('slugs', () => {
  it('come from file names, in URL form', () => {
    expect(slugFromPath('posts/what-is-music-psychotherapy.mdx')).toBe('what-is-music-psychotherapy');
    expect(slugFromPath('posts/archive/The Beatles & Therapy.mdx')).toBe('the-beatles-and-therapy');
    expect(slugify('Café’s Music')).toBe('cafes-music');
  });
});

describe('dates', () => {
  it('accept only real calendar days', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('2026-1-5')).toBe(false);
  });
  it('format in Canadian English without shifting the day', () => {
    expect(formatDay('2026-11-25T00:00:00.000Z')).toBe('November 25, 2026');
  });
});

describe('publishing', () => {
  const now = new Date('2026-06-01T12:00:00Z');
  it('hides drafts and future posts', () => {
    expect(isPublic({ draft: false, date: '2026-06-01' }, now)).toBe(true);
    expect(publicationStatus({ draft: true, date: '2026-01-01' }, now)).toBe('draft');
    expect(publicationStatus({ draft: false, date: '2026-06-02' }, now)).toBe('scheduled');
  });
  it('sorts newest first, then by slug', () => {
    const items = [
      { date: '2026-01-01', slug: 'b' },
      { date: '2026-03-01', slug: 'c' },
      { date: '2026-01-01', slug: 'a' },
    ];
    expect(items.sort(byNewest).map((i) => i.slug)).toEqual(['c', 'a', 'b']);
  });
});

describe('closest', () => {
  it('suggests only plausible typos', () => {
    expect(closest('titel', ['title', 'date'])).toBe('title');
    expect(closest('mood', ['title', 'date'])).toBeUndefined();
  });
  it('counts swapped neighbours as one edit', () => {
    expect(typoDistance('titel', 'title')).toBe(1);
    expect(typoDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('site configuration', () => {
  it('reads SITE_URL, dropping a trailing slash', () => {
    expect(loadSiteConfig({ SITE_URL: 'https://example.org/' }).url).toBe('https://example.org');
    expect(loadSiteConfig({}).url).toBe(DEFAULT_SITE_URL);
  });
  it('refuses a SITE_URL that is not an absolute http(s) URL', () => {
    expect(() => loadSiteConfig({ SITE_URL: 'example.org' })).toThrow(/SITE_URL must be an absolute http\(s\) URL/);
  });
  it('has no contact channel until one is configured', () => {
    expect(hasContactChannel(loadSiteConfig({}).contact)).toBe(false);
    expect(hasContactChannel({ email: 'hello@example.org' })).toBe(true);
  });
  it('builds absolute URLs from the base', () => {
    expect(absoluteUrl('https://example.org', '/blog/x/')).toBe('https://example.org/blog/x/');
  });
});

describe('citations', () => {
  it('label two works by one author in one year 1998a and 1998b, in reference-list order', () => {
    expect(Object.fromEntries(yearLabels(['bruscia1998b', 'bruscia1998a']))).toEqual({ bruscia1998a: '1998a', bruscia1998b: '1998b' });
    expect(Object.fromEntries(yearLabels(['bruscia1998a']))).toEqual({ bruscia1998a: '1998' });
  });
  it('write in-text citations in APA form', () => {
    const work = bibliography.bruscia1998a!;
    expect(inTextCitation(work, '214')).toBe('(Bruscia, 1998, p. 214)');
    expect(inTextCitation(work, '214-216', true, '1998a')).toBe('Bruscia, 1998a, pp. 214-216');
  });
  it('find the keys a body cites, with their lines, however the value is written', () => {
    const body = [
      'One <Cite id="a1999" />, two <Cite id=\'b2000\' /> and three <Cite id={"c2001"} page={4} />.',
      '',
      '<Quote',
      '  page="3"',
      '  source="d2002"',
      '>',
      '  x',
      '</Quote>',
      '',
      '```mdx',
      '<Cite id="e2003" />',
      '```',
    ].join('\n');
    expect(citedKeysInBody(body)).toEqual([
      { key: 'a1999', line: 1 },
      { key: 'b2000', line: 1 },
      { key: 'c2001', line: 1 },
      { key: 'd2002', line: 5 },
    ]);
  });
});

describe('citedKeysOfBody', () => {
  it('reads the keys the content check left for a body it parsed, and parses any other body', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'cited-')), 'memo.json');
    const checked = 'Text <Cite id="a1999" />.';
    // A memo that disagrees with the body shows the memo, not a parse, answered.
    writeCitedKeysMemo(new Map([[checked, ['from-the-check']]]), file);
    expect(citedKeysOfBody(checked, file)).toEqual(['from-the-check']);
    expect(citedKeysOfBody('Edited since: <Cite id="b2000" />.', file)).toEqual(['b2000']);
  });
});
