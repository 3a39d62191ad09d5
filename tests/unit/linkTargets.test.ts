import { describe, expect, it } from 'vitest';
import { headingIds } from '@/lib/content/headings';
import { linkTargets, staticRoutes, type LinkableDocument } from '@/lib/content/linkTargets';

const doc = (type: LinkableDocument['type'], slug: string, body = ''): LinkableDocument => ({ type, slug, headings: headingIds(body) });

describe('staticRoutes', () => {
  it('reads the static routes from app/ and leaves dynamic ones to the content', () => {
    expect(staticRoutes(['app/page.tsx', 'app/blog/page.tsx', 'app/blog/[slug]/page.tsx', 'app/[page]/page.tsx', 'app/well-being/page.tsx'])).toEqual([
      '/',
      '/blog/',
      '/well-being/',
    ]);
  });
});

describe('linkTargets', () => {
  it('knows each document’s page and its heading ids, and sections of shared pages', () => {
    const targets = linkTargets(['/', '/levels/'], [doc('Post', 'hello', '## First part\n\nText.\n\n### A detail'), doc('Level', 'music-in-psychotherapy')]);
    expect([...(targets.get('/blog/hello/') ?? [])]).toEqual(['main', 'first-part', 'a-detail']);
    expect(targets.get('/levels/')?.has('music-in-psychotherapy')).toBe(true);
    expect(targets.has('/feed.xml')).toBe(true);
    expect(targets.has('/blog/other/')).toBe(false);
  });
});
