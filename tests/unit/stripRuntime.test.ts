import { describe, expect, it } from 'vitest';
import { isRuntimeFile, loadsRuntime, stripRuntime } from '@/lib/build/stripRuntime';

const page = `<!DOCTYPE html><html><head>
<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>
<script src="/_next/static/chunks/c.js" async=""></script>
<script type="application/ld+json">{"@type":"Organization"}</script>
</head><body><h1>Hi</h1><script>self.__next_f.push([1,"</div>"])</script>
<script id="_R_">x()</script><script data-keep src="/pagefind/ui.js"></script></body></html>`;

describe('stripRuntime', () => {
  const stripped = stripRuntime(page);

  it('removes runtime scripts, inline hydration data and script preloads', () => {
    expect(stripped).not.toContain('_next/static/chunks/c.js');
    expect(stripped).not.toContain('__next_f');
    expect(stripped).not.toContain('id="_R_"');
    expect(stripped).not.toContain('as="script"');
  });

  it('keeps the stylesheet, the content, structured data and scripts marked data-keep', () => {
    expect(stripped).toContain('rel="stylesheet"');
    expect(stripped).toContain('<h1>Hi</h1>');
    expect(stripped).toContain('{"@type":"Organization"}');
    expect(stripped).toContain('/pagefind/ui.js');
  });
});

describe('loadsRuntime', () => {
  it('sees the runtime before stripping and none after', () => {
    expect(loadsRuntime(page)).toBe(true);
    expect(loadsRuntime(stripRuntime(page))).toBe(false);
  });
});

describe('isRuntimeFile', () => {
  it.each([
    ['index.txt', true],
    ['blog/x/__next._tree.txt', true],
    ['_next/static/chunks/c.js', true],
    ['robots.txt', false],
    ['_next/static/chunks/a.css', false],
    ['blog/x/index.html', false],
  ])('%s → %s', (file, expected) => {
    expect(isRuntimeFile(file)).toBe(expected);
  });
});

describe('stripRuntime reads HTML as a browser does', () => {
  it('finds scripts and preloads however their attributes are written, and leaves the rest byte for byte', () => {
    const html = `<!DOCTYPE html><html><head><link rel='modulepreload' href='/_next/a.js'><script src='/_next/b.js' data-note="a > b"></script>
<script type='application/ld+json'>{"name":"</div>"}</script></head><body><p title="x>y">Text</p></body></html>`;
    expect(stripRuntime(html)).toBe(`<!DOCTYPE html><html><head>
<script type='application/ld+json'>{"name":"</div>"}</script></head><body><p title="x>y">Text</p></body></html>`);
  });

  it('changes nothing on a page without the runtime', () => {
    const html = '<!DOCTYPE html><html lang="en-CA"><head><title>A &amp; B</title></head><body><main><h1>Hi</h1></main></body></html>';
    expect(stripRuntime(html)).toBe(html);
  });
});
