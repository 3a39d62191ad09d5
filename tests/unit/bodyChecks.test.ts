import { describe, expect, it } from 'vitest';
import { mdxComponentNames } from '@/lib/components/catalogue';
import { checkBody } from '@/lib/content/checks/body';
import type { BodyContext } from '@/lib/content/checks/types';
import { headingIds } from '@/lib/content/headings';
import { located } from './helpers/problems';

const context: BodyContext = {
  targets: new Map<string, ReadonlySet<string>>([
    ['/', new Set()],
    ['/experiences/', new Set()],
    ['/experiences/receptive/', new Set(['examples', 'helps-with'])],
    ['/glossary/', new Set(['mta', 'crpo'])],
    ['/blog/hello/', new Set()],
  ]),
  publicFiles: new Set(['/images/drums.jpg', '/audio/drum-circle.mp3', '/files/consent.pdf']),
};

/** The body starts on line 8 of the file, as after a six-line front matter and a blank line. */
async function problemsIn(body: string, extra: Partial<BodyContext> = {}): Promise<string[]> {
  const problems = await checkBody({ file: 'content/posts/a.mdx', body, bodyStartLine: 8 }, { ...context, ...extra });
  return problems.map(located);
}

describe('headingIds', () => {
  it('gives the ids rehype-slug gives, with one slugger for the whole document', () => {
    const body = ['Intro.', '', '## What is <Abbr>MTA</Abbr>?', '', '### Café & `code`', '', '## What is MTA?', '', '<h2>Raw</h2>'].join('\n');
    expect(headingIds(body)).toEqual([
      { depth: 2, text: 'What is MTA?', id: 'what-is-mta', line: 3 },
      { depth: 3, text: 'Café & code', id: 'café--code', line: 5 },
      { depth: 2, text: 'What is MTA?', id: 'what-is-mta-1', line: 7 },
    ]);
  });

  it('is empty for a body that does not compile', () => {
    expect(headingIds('## A\n\n<Quote>')).toEqual([]);
  });
});

describe('checkBody', () => {
  it('accepts a body that uses everything correctly', async () => {
    const body = [
      'An intro with a [link](/experiences/receptive/#examples), [another](/glossary/#mta), [a file](/files/consent.pdf), [home](/),',
      '[no slash](/experiences/receptive), [a query](/blog/hello/?from=home), [outside](https://example.org/x),',
      '[mail](mailto:hello@example.org), [a call](tel:988), [a text](sms:988) and [this page](#first-part).',
      '',
      '## First part',
      '',
      '![Two people playing hand drums](/images/drums.jpg)',
      '',
      '### Smaller part',
      '',
      '<Figure src="/images/drums.jpg" alt="Hand drums" caption="Drums in a session" />',
      '',
      '<Audio src="/audio/drum-circle.mp3" title="A drum circle">',
      '  A steady beat on three drums.',
      '</Audio>',
      '',
      '## Second part',
      '',
      '<Callout type="tip">',
      '  Text with <Abbr>MTA</Abbr> and <a href="/glossary/">the glossary</a>. {/* a note to other writers */}',
      '</Callout>',
    ].join('\n');
    expect(await problemsIn(body)).toEqual([]);
  });

  it('lists the components MDX may use', () => {
    expect(mdxComponentNames).toEqual([
      'Abbr',
      'Audio',
      'BenefitsAndReceipts',
      'Callout',
      'Cite',
      'Concerns',
      'ContactChannels',
      'CrisisNotice',
      'FeeSchedule',
      'Figure',
      'FirstConversation',
      'OnlineSessions',
      'PrivacyContact',
      'Quote',
      'SessionDetails',
    ]);
  });

  describe('MDX that does not compile', () => {
    it('reports an unclosed component at its line, and nothing else', async () => {
      expect(await problemsIn('# Also wrong\n\n<Quote attribution="Ann">A quote.\n\nMore text.')).toEqual(['content/posts/a.mdx:10: body: mdx.invalid']);
      expect(await problemsIn('Intro.\n\n<Callout>\n\nText.')).toEqual(['content/posts/a.mdx:10: body: mdx.invalid']);
    });

    it('reports a stray brace', async () => {
      expect(await problemsIn('Intro.\n\nWe use {curly braces here.')).toEqual(['content/posts/a.mdx:10: body: mdx.invalid']);
    });

    it('reports a closing tag that does not match', async () => {
      expect(await problemsIn('Intro <b>bold</i>.')).toEqual(['content/posts/a.mdx:8: body: mdx.invalid']);
    });

    it('reports an HTML comment', async () => {
      expect(await problemsIn('Intro <!-- note --> here.')).toEqual(['content/posts/a.mdx:8: body: mdx.invalid']);
    });

    it('reports a lone < before a number', async () => {
      expect(await problemsIn('It takes <5 minutes.')).toEqual(['content/posts/a.mdx:8: body: mdx.invalid']);
    });
  });

  it('reports import and export lines', async () => {
    expect(await problemsIn('Text.\n\nimport X from "./x"')).toEqual(['content/posts/a.mdx:10: body: mdx.import']);
  });

  describe('headings', () => {
    it('reports a level-1 heading', async () => {
      expect(await problemsIn('Intro.\n\n# A title again\n\nText.')).toEqual(['content/posts/a.mdx:10: heading: heading.level-one']);
    });

    it('reports a skipped level', async () => {
      expect(await problemsIn('## One\n\n#### Three\n\n## Two\n\n### Two and a half')).toEqual(['content/posts/a.mdx:10: heading: heading.skipped-level']);
    });

    it('reports a first heading deeper than ##', async () => {
      expect(await problemsIn('Intro.\n\n### Too deep')).toEqual(['content/posts/a.mdx:10: heading: heading.first-level']);
    });

    it('counts <h1> to <h6> elements as headings', async () => {
      expect(await problemsIn('## One\n\n<h4>Raw</h4>\n\n<h1>Big</h1>')).toEqual([
        'content/posts/a.mdx:10: heading: heading.skipped-level',
        'content/posts/a.mdx:12: heading: heading.level-one',
      ]);
    });
  });

  describe('links', () => {
    it('reports a link to a page that does not exist, with a guess when there is one', async () => {
      expect(await problemsIn('See [one](/experiences/recieve/) and\n[two](/nowhere/at-all/).\n\n<a href="/experienses">three</a>')).toEqual([
        'content/posts/a.mdx:8: link: link.no-page',
        'content/posts/a.mdx:9: link: link.no-page',
        'content/posts/a.mdx:11: link: link.no-page',
      ]);
    });

    it('reports a #part of another page that does not exist', async () => {
      expect(await problemsIn('[a](/glossary/#mtx)\n\n[b](/glossary/#zzzzzz)')).toEqual([
        'content/posts/a.mdx:8: link: link.no-part',
        'content/posts/a.mdx:10: link: link.no-part',
      ]);
    });

    it('checks a same-page link against the page’s own headings', async () => {
      expect(
        await problemsIn('## Our approach\n\n[a](#our-aproach) [b](#our-approach) [c](#references) [d](#elsewhere)', { pageIds: new Set(['references']) }),
      ).toEqual(['content/posts/a.mdx:10: link: link.no-heading', 'content/posts/a.mdx:10: link: link.no-heading']);
      expect(await problemsIn('See [x](#nowhere).')).toEqual(['content/posts/a.mdx:8: link: link.no-heading']);
    });

    it('reports a link to a file that is not in public/', async () => {
      expect(await problemsIn('[x](/files/consnet.pdf)\n[y](/files/other.docx)')).toEqual([
        'content/posts/a.mdx:8: link: link.no-file',
        'content/posts/a.mdx:9: link: link.no-file',
      ]);
    });

    it('reports relative links and links with no address', async () => {
      expect(await problemsIn('[a](experiences/receptive/)\n[b](www.example.org)\n[c](../blog/hello/)\n[d]()')).toEqual([
        'content/posts/a.mdx:8: link: link.not-absolute',
        'content/posts/a.mdx:9: link: link.not-absolute',
        'content/posts/a.mdx:10: link: link.not-absolute',
        'content/posts/a.mdx:11: link: link.no-address',
      ]);
    });

    it('checks reference-style links where the address is written', async () => {
      expect(await problemsIn('See [a page][one].\n\n[one]: /nowhere/')).toEqual(['content/posts/a.mdx:10: link: link.no-page']);
    });
  });

  describe('images', () => {
    it('reports markdown images that are missing, on another site, relative, or without alt text', async () => {
      const body = [
        '![Drums](/images/drum.jpg)',
        '![](/images/drums.jpg)',
        '![A photo](https://example.org/a.jpg)',
        '![Drums](images/drums.jpg)',
        '![Drums]()',
      ].join('\n\n');
      expect(await problemsIn(body)).toEqual([
        'content/posts/a.mdx:8: image: image.not-found',
        'content/posts/a.mdx:10: image: image.no-alt',
        'content/posts/a.mdx:12: image: image.external',
        'content/posts/a.mdx:14: image: image.relative',
        'content/posts/a.mdx:16: image: image.no-address',
      ]);
    });

    it('reports <Figure> images that are missing or without alt text', async () => {
      expect(
        await problemsIn(
          '<Figure src="/images/piano.jpg" alt="A piano" />\n\n<Figure src="/images/drums.jpg" />\n\n<Figure src="/images/drums.jpg" alt=" " />',
        ),
      ).toEqual([
        'content/posts/a.mdx:8: image: image.not-found',
        'content/posts/a.mdx:10: component: component.missing-attribute',
        'content/posts/a.mdx:12: component: component.empty',
      ]);
    });
  });

  it('reports <Audio> without a file, a title or a transcript', async () => {
    const body = [
      '<Audio src="/audio/missing.mp3" title="">',
      '</Audio>',
      '',
      '<Audio title="Drums">A beat.</Audio>',
      '',
      '<Audio src="https://example.org/a.mp3" title="Drums">A beat.</Audio>',
    ].join('\n');
    expect(await problemsIn(body)).toEqual([
      'content/posts/a.mdx:8: audio: audio.not-found',
      'content/posts/a.mdx:8: component: component.empty',
      'content/posts/a.mdx:8: component: component.no-words',
      'content/posts/a.mdx:11: component: component.missing-attribute',
      'content/posts/a.mdx:13: component: component.format',
    ]);
  });

  it('reports components the site does not know', async () => {
    expect(await problemsIn('<Qoute attribution="Ann">Hi</Qoute>\n\n<Widget />\n\nText with <Abbr>MTA</Abbr> and <br /> and <Foo.Bar />.')).toEqual([
      'content/posts/a.mdx:8: component: component.unknown',
      'content/posts/a.mdx:10: component: component.unknown',
      'content/posts/a.mdx:12: component: component.unknown',
    ]);
  });

  describe('components, against their declarations in components/mdx/*.props.ts', () => {
    const withWorks = { bibliographyKeys: ['bruscia1998a', 'bruscia1998b'], abbreviations: ['MTA', 'CRPO'] };

    it('refuses a Callout type the site does not have, a Quote without a source and a Cite without an id', async () => {
      const body = ['<Callout type="warning">Careful.</Callout>', '', '<Quote>Words.</Quote>', '', 'As said <Cite page="3" />.'].join('\n');
      expect(await problemsIn(body, withWorks)).toEqual([
        'content/posts/a.mdx:8: component: component.not-allowed',
        'content/posts/a.mdx:10: component: component.invalid',
        'content/posts/a.mdx:12: component: component.missing-attribute',
      ]);
    });

    it('suggests the attribute or value meant', async () => {
      const body = [
        '<Callout tpye="tip">Careful.</Callout>',
        '',
        '<Callout type="tipp">Careful.</Callout>',
        '',
        '<Quote attribution="Ann" sorce="x">Words.</Quote>',
      ].join('\n');
      expect(await problemsIn(body, withWorks)).toEqual([
        'content/posts/a.mdx:8: component: component.unknown-attribute',
        'content/posts/a.mdx:10: component: component.not-allowed',
        'content/posts/a.mdx:12: component: component.unknown-attribute',
      ]);
    });

    it('reads every static spelling of a value, and refuses a calculation where a value is needed', async () => {
      const body = [
        '<Cite id=\'bruscia1998a\' /> <Cite id={"bruscia1998b"} page={214} /> <Cite id={`bruscia1998a`} />',
        '',
        '<Cite id={key} />',
        '',
        '<Callout {...props}>x</Callout>',
      ].join('\n');
      expect(await problemsIn(body, withWorks)).toEqual([
        'content/posts/a.mdx:10: component: component.not-plain',
        'content/posts/a.mdx:12: component: component.spread',
      ]);
    });

    it('checks citation keys wherever the attribute is written, at the attribute’s line', async () => {
      const body = ['<Quote', '  page="3"', "  source='brusica1998a'", '>', '  Words.', '</Quote>', '', 'Said <Cite id={"nobody2000"} />.'].join('\n');
      expect(await problemsIn(body, withWorks)).toEqual([
        'content/posts/a.mdx:10: body: citation.unknown-key',
        'content/posts/a.mdx:15: body: citation.unknown-key',
      ]);
    });

    it('checks <Abbr> against the glossary, but not inside code', async () => {
      const body = ['An <Abbr>MTA</Abbr> and an <Abbr>RPQ</Abbr>.', '', '```mdx', '<Abbr>XYZ</Abbr>', '```', '', 'Inline `<Abbr>XYZ</Abbr>` too.'].join('\n');
      expect(await problemsIn(body, withWorks)).toEqual(['content/posts/a.mdx:8: body: glossary.unknown-abbreviation']);
    });

    it('says when words between the tags would not be shown, or are missing', async () => {
      expect(await problemsIn('See <Cite id="bruscia1998a">Bruscia</Cite>.\n\n<Callout></Callout>', withWorks)).toEqual([
        'content/posts/a.mdx:8: component: component.ignored-words',
        'content/posts/a.mdx:10: component: component.no-words',
      ]);
    });
  });

  it('reports a block component inside a paragraph', async () => {
    expect(await problemsIn('Look:\n<Figure src="/images/drums.jpg" alt="Drums" /> here.')).toEqual(['content/posts/a.mdx:9: component: component.inline']);
  });
});
