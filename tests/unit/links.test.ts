import { describe, expect, it } from 'vitest';
import { brokenLinks, fileForPath, linkFacts, localReferences, pathForFile } from '@/lib/build/links';

describe('fileForPath', () => {
  it('maps folder URLs to their index.html and files to themselves', () => {
    expect(fileForPath('/')).toBe('index.html');
    expect(fileForPath('/blog/x/')).toBe('blog/x/index.html');
    expect(fileForPath('/_next/static/a.css')).toBe('_next/static/a.css');
  });
  it('is undone by pathForFile', () => {
    for (const file of ['index.html', 'blog/x/index.html', '404.html']) expect(fileForPath(pathForFile(file))).toBe(file);
    expect(pathForFile('blog/x/index.html')).toBe('/blog/x/');
  });
});

describe('localReferences', () => {
  it('keeps local links with their fragment and skips other schemes', () => {
    const refs = localReferences({
      url: '/blog/',
      html: '<a href="/team/k/">k</a><a href="x/#part">p</a><a href="tel:988">c</a><a href="https://e.org/">e</a><a href="#top">t</a>',
    });
    expect(refs).toEqual([
      { path: '/team/k/', fragment: undefined },
      { path: '/blog/x/', fragment: 'part' },
      { path: '/blog/', fragment: 'top' },
    ]);
  });

  it('reads attributes in single quotes or none, decodes them, and ignores look-alikes inside text and scripts', () => {
    const refs = localReferences({
      url: '/',
      html: `<a href='/a/?x=1&amp;y=2'>a</a><img src=/i.png alt="src=&quot;/no/&quot;"><p>write href="/not-a-link/"</p><script type="application/ld+json">{"x":" href=\\"/nor/\\""}</script>`,
    });
    expect(refs).toEqual([
      { path: '/a/', fragment: undefined },
      { path: '/i.png', fragment: undefined },
    ]);
  });
});

describe('brokenLinks', () => {
  const pages = [
    { url: '/', html: '<a href="/a/">a</a><a href="/a/#here">h</a><a href="/a/#gone">g</a><a href="/missing/">m</a>' },
    { url: '/a/', html: '<h2 id="here">Here</h2><link rel="stylesheet" href="/s.css"/>' },
  ];
  it('reports missing pages and missing fragments, and nothing that resolves', () => {
    expect(brokenLinks(pages.map(linkFacts), new Set(['index.html', 'a/index.html', 's.css']))).toEqual([
      '/ → /a/#gone (no element with id="gone")',
      '/ → /missing/ (no such page or file)',
    ]);
  });
});
