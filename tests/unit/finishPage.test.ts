import { describe, expect, it } from 'vitest';
import { cspMetaOf } from '@/lib/build/cspMeta';
import { finishPage } from '@/lib/build/finishPage';
import { loadsRuntime } from '@/lib/build/stripRuntime';
import { routes } from '@/lib/routes';
import { sha256Source } from '@/lib/security/inlineScripts';

const page = (robots = '') => `<!DOCTYPE html><html><head><meta charSet="utf-8"/>${robots}
<meta http-equiv="Content-Security-Policy" content="default-src 'none'"/>
<link rel="preload" as="script" href="/_next/static/chunks/b.js"/>
<script src="/_next/static/chunks/c.js" async=""></script>
<meta property="og:image" content="https://e.org/og/blog/a.png"/>
</head><body><header><a class="logo" href="/" data-nav="">Home</a><a href="/blog/" data-nav="">Articles</a></header>
<main data-pagefind-body=""><h1 id="top">A <em>song</em></h1><a href="/faq/#fees">fees</a><script data-keep="">go()</script></main>
<script>self.__next_f.push([1,"</div>"])</script></body></html>`;

describe('finishPage', () => {
  const finished = finishPage(page(), '/blog/a/');

  it('removes the runtime, marks the navigation and drops the build marker, from one parse', () => {
    expect(loadsRuntime(finished.html)).toBe(false);
    expect(finished.html).not.toContain('_next/static/chunks');
    expect(finished.html).toContain('<a href="/blog/" aria-current="true">Articles</a>');
    expect(finished.html).not.toContain('data-nav');
    expect(finished.html).toContain('<main data-pagefind-body="">');
  });

  it('replaces any policy with one that allows exactly the inline scripts the page runs, first in <head>', () => {
    const policy = cspMetaOf(finished.html) ?? '';
    expect(finished.html.match(/Content-Security-Policy/g)).toHaveLength(1);
    expect(finished.scriptHashes).toEqual([sha256Source('go()')]);
    expect(policy).toContain(`'${sha256Source('go()')}'`);
    expect(policy).not.toContain(sha256Source('self.__next_f.push([1,"</div>"])'));
    expect(finished.html.indexOf('Content-Security-Policy')).toBeLessThan(finished.html.indexOf('og:image'));
  });

  it('reads the facts later steps need from the page as published', () => {
    expect(finished.info).toMatchObject({ heading: 'A song', indexable: true, socialImages: ['https://e.org/og/blog/a.png'] });
    expect(finished.references).toEqual([
      { path: '/', fragment: undefined },
      { path: '/blog/', fragment: undefined },
      { path: '/faq/', fragment: 'fees' },
    ]);
    expect([...finished.ids]).toEqual(['top']);
  });

  it('leaves a page that asks not to be indexed out of the search index', () => {
    const hidden = finishPage(page('<meta name="robots" content="noindex"/>'), '/search/');
    expect(hidden.info.indexable).toBe(false);
    expect(hidden.html).not.toContain('data-pagefind-body');
  });

  it('leaves the search page out of the search index, though search engines may index it', () => {
    const search = finishPage(page(), routes.search);
    expect(search.info.indexable).toBe(true);
    expect(search.html).not.toContain('data-pagefind-body');
    expect(finishPage(page(), '/faq/').html).toContain('data-pagefind-body');
  });
});
