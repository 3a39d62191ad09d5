import { describe, expect, it } from 'vitest';
import { markCurrentPage } from '@/lib/build/currentPage';

const header =
  '<a class="logo" href="/" data-nav="">Home</a><a href="/blog/" class="nav-link" data-nav="">Articles</a><a href="/faq/" data-nav="">Questions</a><a href="/blog/">body link</a>';

describe('markCurrentPage', () => {
  it('marks the link to the page itself as the current page', () => {
    const html = markCurrentPage(header, '/blog/');
    expect(html).toContain('<a href="/blog/" class="nav-link" aria-current="page">Articles</a>');
    expect(html.match(/aria-current/g)).toHaveLength(1);
  });

  it('marks the section of a page below it, but never home for every page', () => {
    const html = markCurrentPage(header, '/blog/some-article/');
    expect(html).toContain('<a href="/blog/" class="nav-link" aria-current="true">Articles</a>');
    expect(html).toContain('<a class="logo" href="/">Home</a>');
  });

  it('marks an item as current on the pages it holds, named in data-nav-within, and removes that marker', () => {
    const html = markCurrentPage('<a href="/approach/" data-nav="" data-nav-within="/experiences/ /levels/">About</a>', '/experiences/receptive/');
    expect(html).toBe('<a href="/approach/" aria-current="true">About</a>');
    expect(markCurrentPage('<a href="/approach/" data-nav="" data-nav-within="/experiences/">About</a>', '/fees/')).toBe('<a href="/approach/">About</a>');
  });

  it('marks home on the home page', () => {
    expect(markCurrentPage(header, '/')).toContain('<a class="logo" href="/" aria-current="page">Home</a>');
  });

  it('leaves links outside the navigation alone and removes the build marker', () => {
    const html = markCurrentPage(header, '/privacy/');
    expect(html).not.toContain('aria-current');
    expect(html).not.toContain('data-nav');
    expect(html).toContain('<a href="/blog/">body link</a>');
  });
});
