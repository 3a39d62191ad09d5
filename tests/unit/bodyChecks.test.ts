import { describe, expect, it } from 'vitest';
import { mdxComponentNames } from '@/lib/components/catalogue';
import { checkBody } from '@/lib/content/checks/body';
import type { BodyContext } from '@/lib/content/checks/types';
import { headingIds } from '@/lib/content/headings';
import { formatProblem } from '@/lib/diagnostics/format';

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
  return problems.map(formatProblem);
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
      'Callout',
      'Cite',
      'ContactChannels',
      'CrisisNotice',
      'FeeSchedule',
      'Figure',
      'FirstConversation',
      'PrivacyContact',
      'Quote',
      'SessionDetails',
    ]);
  });

  describe('MDX that does not compile', () => {
    it('reports an unclosed component at its line, and nothing else', async () => {
      expect(await problemsIn('# Also wrong\n\n<Quote attribution="Ann">A quote.\n\nMore text.')).toEqual([
        'content/posts/a.mdx:10: body: this is not valid MDX: Expected a closing tag for `<Quote>` before the end of `paragraph` (close it with </Quote> in the same paragraph, or put <Quote …> and </Quote> on lines of their own)',
      ]);
      expect(await problemsIn('Intro.\n\n<Callout>\n\nText.')).toEqual([
        'content/posts/a.mdx:10: body: this is not valid MDX: Expected a closing tag for `<Callout>` (close it with </Callout>, or end the tag with /> when nothing goes inside)',
      ]);
    });

    it('reports a stray brace', async () => {
      expect(await problemsIn('Intro.\n\nWe use {curly braces here.')).toEqual([
        'content/posts/a.mdx:10: body: this is not valid MDX: Unexpected end of file in expression, expected a corresponding closing brace for `{` (write \\{ for a literal brace, or close the { with })',
      ]);
    });

    it('reports a closing tag that does not match', async () => {
      expect(await problemsIn('Intro <b>bold</i>.')).toEqual([
        'content/posts/a.mdx:8: body: this is not valid MDX: Unexpected closing tag `</i>`, expected corresponding closing tag for `<b>` (close it with </b>, or end the tag with /> when nothing goes inside)',
      ]);
    });

    it('reports an HTML comment', async () => {
      expect(await problemsIn('Intro <!-- note --> here.')).toEqual([
        'content/posts/a.mdx:8: body: this is not valid MDX: Unexpected character `!` before name, expected a character that can start a name, such as a letter, `$`, or `_` (write a comment as {/* your note */}, or remove it)',
      ]);
    });

    it('reports a lone < before a number', async () => {
      expect(await problemsIn('It takes <5 minutes.')).toEqual([
        'content/posts/a.mdx:8: body: this is not valid MDX: Unexpected character `5` before name, expected a character that can start a name, such as a letter, `$`, or `_` (write \\< for a literal <, or check the spelling of the tag)',
      ]);
    });
  });

  it('reports import and export lines', async () => {
    expect(await problemsIn('Text.\n\nimport X from "./x"')).toEqual([
      'content/posts/a.mdx:10: body: import and export lines are not allowed in content files (remove the line; the site’s components, such as <Quote> and <Figure>, work without importing them)',
    ]);
  });

  describe('headings', () => {
    it('reports a level-1 heading', async () => {
      expect(await problemsIn('Intro.\n\n# A title again\n\nText.')).toEqual([
        'content/posts/a.mdx:10: heading: “A title again” is a level-1 heading; only the title is level 1 (use ## for a section heading)',
      ]);
    });

    it('reports a skipped level', async () => {
      expect(await problemsIn('## One\n\n#### Three\n\n## Two\n\n### Two and a half')).toEqual([
        'content/posts/a.mdx:10: heading: the heading “Three” skips from level 2 to level 4 (make it level 3 (###), or add a level-3 heading above it)',
      ]);
    });

    it('reports a first heading deeper than ##', async () => {
      expect(await problemsIn('Intro.\n\n### Too deep')).toEqual([
        'content/posts/a.mdx:10: heading: the first heading, “Too deep”, is level 3; sections start at level 2 (make it level 2 (##))',
      ]);
    });

    it('counts <h1> to <h6> elements as headings', async () => {
      expect(await problemsIn('## One\n\n<h4>Raw</h4>\n\n<h1>Big</h1>')).toEqual([
        'content/posts/a.mdx:10: heading: the heading “Raw” skips from level 2 to level 4 (make it level 3 (<h3>), or add a level-3 heading above it)',
        'content/posts/a.mdx:12: heading: “Big” is a level-1 heading; only the title is level 1 (use <h2> for a section heading)',
      ]);
    });
  });

  describe('links', () => {
    it('reports a link to a page that does not exist, with a guess when there is one', async () => {
      expect(await problemsIn('See [one](/experiences/recieve/) and\n[two](/nowhere/at-all/).\n\n<a href="/experienses">three</a>')).toEqual([
        'content/posts/a.mdx:8: link: the link to /experiences/recieve/ goes to a page that does not exist (did you mean /experiences/receptive/?)',
        'content/posts/a.mdx:9: link: the link to /nowhere/at-all/ goes to a page that does not exist (check the address on the live site, or remove the link)',
        'content/posts/a.mdx:11: link: the link to /experienses goes to a page that does not exist (did you mean /experiences/?)',
      ]);
    });

    it('reports a #part of another page that does not exist', async () => {
      expect(await problemsIn('[a](/glossary/#mtx)\n\n[b](/glossary/#zzzzzz)')).toEqual([
        'content/posts/a.mdx:8: link: the link to /glossary/#mtx goes to a part of /glossary/ that does not exist (did you mean /glossary/#mta?)',
        'content/posts/a.mdx:10: link: the link to /glossary/#zzzzzz goes to a part of /glossary/ that does not exist (link to /glossary/ without #zzzzzz, or use the id of one of its headings)',
      ]);
    });

    it('checks a same-page link against the page’s own headings', async () => {
      expect(
        await problemsIn('## Our approach\n\n[a](#our-aproach) [b](#our-approach) [c](#references) [d](#elsewhere)', { pageIds: new Set(['references']) }),
      ).toEqual([
        'content/posts/a.mdx:10: link: the link to #our-aproach goes to a heading this page does not have (did you mean #our-approach?)',
        'content/posts/a.mdx:10: link: the link to #elsewhere goes to a heading this page does not have (use the id of one of this page’s headings: #our-approach)',
      ]);
      expect(await problemsIn('See [x](#nowhere).')).toEqual([
        'content/posts/a.mdx:8: link: the link to #nowhere goes to a heading this page does not have (this page has no ## headings to link to; remove the link or add the heading)',
      ]);
    });

    it('reports a link to a file that is not in public/', async () => {
      expect(await problemsIn('[x](/files/consnet.pdf)\n[y](/files/other.docx)')).toEqual([
        'content/posts/a.mdx:8: link: the link to /files/consnet.pdf goes to a file that is not in public/ (did you mean /files/consent.pdf?)',
        'content/posts/a.mdx:9: link: the link to /files/other.docx goes to a file that is not in public/ (add the file at public/files/other.docx, or correct the address)',
      ]);
    });

    it('reports relative links and links with no address', async () => {
      expect(await problemsIn('[a](experiences/receptive/)\n[b](www.example.org)\n[c](../blog/hello/)\n[d]()')).toEqual([
        'content/posts/a.mdx:8: link: the link to experiences/receptive/ does not start with / or https:// (start a link to this site with /, like /experiences/receptive/, and a link to another site with https://)',
        'content/posts/a.mdx:9: link: the link to www.example.org does not start with / or https:// (write the full address, like https://www.example.org)',
        'content/posts/a.mdx:10: link: the link to ../blog/hello/ does not start with / or https:// (start a link to this site with /, like /blog/hello/, and a link to another site with https://)',
        'content/posts/a.mdx:11: link: the link “d” has no address (put the address between the brackets, like [our approach](/approach/))',
      ]);
    });

    it('checks reference-style links where the address is written', async () => {
      expect(await problemsIn('See [a page][one].\n\n[one]: /nowhere/')).toEqual([
        'content/posts/a.mdx:10: link: the link to /nowhere/ goes to a page that does not exist (check the address on the live site, or remove the link)',
      ]);
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
        'content/posts/a.mdx:8: image: the image /images/drum.jpg is not in public/ (did you mean /images/drums.jpg?)',
        'content/posts/a.mdx:10: image: the image /images/drums.jpg has no alt text (describe what the image shows between the square brackets, like ![Two people playing hand drums](/images/drums.jpg))',
        'content/posts/a.mdx:12: image: the image https://example.org/a.jpg is on another site (save the image in public/images/ and use its path, like /images/name.jpg; the site loads nothing from other sites)',
        'content/posts/a.mdx:14: image: the image images/drums.jpg does not start with / (use its path under public/, like /images/drums.jpg)',
        'content/posts/a.mdx:16: image: the image has no address (put its path in the brackets, like ![what it shows](/images/garden.jpg))',
      ]);
    });

    it('reports <Figure> images that are missing or without alt text', async () => {
      expect(
        await problemsIn(
          '<Figure src="/images/piano.jpg" alt="A piano" />\n\n<Figure src="/images/drums.jpg" />\n\n<Figure src="/images/drums.jpg" alt=" " />',
        ),
      ).toEqual([
        'content/posts/a.mdx:8: image: the image /images/piano.jpg is not in public/ (add the file at public/images/piano.jpg, or correct the path)',
        'content/posts/a.mdx:10: component: <Figure> needs alt="…" (add alt="…": what the image shows, for people who cannot see it, as in <Figure src="/images/drum.jpg" alt="A hand drum resting on a chair" caption="Any instrument can be a way in." />)',
        'content/posts/a.mdx:12: component: <Figure alt=" "> is empty (alt is what the image shows, for people who cannot see it)',
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
      'content/posts/a.mdx:8: audio: the recording /audio/missing.mp3 is not in public/ (add the file at public/audio/missing.mp3, or correct the path)',
      'content/posts/a.mdx:8: component: <Audio title=""> is empty (title is what the recording is, shown above the player)',
      'content/posts/a.mdx:8: component: <Audio> has nothing between its tags (between <Audio …> and </Audio>, write the transcript: what can be heard in the recording, so that everyone can follow it without sound)',
      'content/posts/a.mdx:11: component: <Audio> needs src="…" (add src="…": the path of the recording under public/, e.g. /audio/breathing.mp3, as in <Audio src="/audio/breathing.mp3" title="A short breathing exercise">)',
      'content/posts/a.mdx:13: component: <Audio src="https://example.org/a.mp3"> does not start with / (src is the path of the recording under public/, e.g. /audio/breathing.mp3)',
    ]);
  });

  it('reports components the site does not know', async () => {
    expect(await problemsIn('<Qoute attribution="Ann">Hi</Qoute>\n\n<Widget />\n\nText with <Abbr>MTA</Abbr> and <br /> and <Foo.Bar />.')).toEqual([
      'content/posts/a.mdx:8: component: <Qoute> is not a component the site knows (did you mean <Quote>?)',
      'content/posts/a.mdx:10: component: <Widget> is not a component the site knows (use one of <Abbr>, <Audio>, <Callout>, <Cite>, <ContactChannels>, <CrisisNotice>, <FeeSchedule>, <Figure>, <FirstConversation>, <PrivacyContact>, <Quote>, <SessionDetails>, or write it as text)',
      'content/posts/a.mdx:12: component: <Foo.Bar> is not a component the site knows (use one of <Abbr>, <Audio>, <Callout>, <Cite>, <ContactChannels>, <CrisisNotice>, <FeeSchedule>, <Figure>, <FirstConversation>, <PrivacyContact>, <Quote>, <SessionDetails>, or write it as text)',
    ]);
  });

  describe('components, against their declarations in components/mdx/*.props.ts', () => {
    const withWorks = { bibliographyKeys: ['bruscia1998a', 'bruscia1998b'], abbreviations: ['MTA', 'CRPO'] };

    it('refuses a Callout type the site does not have, a Quote without a source and a Cite without an id', async () => {
      const body = ['<Callout type="warning">Careful.</Callout>', '', '<Quote>Words.</Quote>', '', 'As said <Cite page="3" />.'].join('\n');
      expect(await problemsIn(body, withWorks)).toEqual([
        'content/posts/a.mdx:8: component: <Callout type="warning"> is not one the site has (use type="note", type="tip" or type="important", or leave type out)',
        'content/posts/a.mdx:10: component: <Quote> needs its source: the site never quotes without one (add source="…" with a key from content/bibliography.yaml, or attribution="…" naming who said it)',
        'content/posts/a.mdx:12: component: <Cite> needs id="…" (add id="…": the key of the work in content/bibliography.yaml, e.g. bruscia1998a, as in Bruscia describes four levels <Cite id="bruscia1998a" page="214" />.)',
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
        'content/posts/a.mdx:8: component: <Callout> has no attribute “tpye” (did you mean type="…"?)',
        'content/posts/a.mdx:10: component: <Callout type="tipp"> is not one the site has (did you mean type="tip"? use type="note", type="tip" or type="important", or leave type out)',
        'content/posts/a.mdx:12: component: <Quote> has no attribute “sorce” (did you mean source="…"?)',
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
        'content/posts/a.mdx:10: component: <Cite id={key}> is not a plain value (write the value itself, like id="…"; content files hold text, numbers and true or false, not calculations)',
        'content/posts/a.mdx:12: component: <Callout> has {...props} among its attributes, which the site cannot read (write each attribute as name="value", e.g. <Callout type="tip" title="Before your first session">You do not need to prepare anything.</Callout>)',
      ]);
    });

    it('checks citation keys wherever the attribute is written, at the attribute’s line', async () => {
      const body = ['<Quote', '  page="3"', "  source='brusica1998a'", '>', '  Words.', '</Quote>', '', 'Said <Cite id={"nobody2000"} />.'].join('\n');
      expect(await problemsIn(body, withWorks)).toEqual([
        'content/posts/a.mdx:10: body: the citation key “brusica1998a” is not in the bibliography (did you mean `bruscia1998a`?)',
        'content/posts/a.mdx:15: body: the citation key “nobody2000” is not in the bibliography (use one of bruscia1998a, bruscia1998b, or add the work to content/bibliography.yaml)',
      ]);
    });

    it('checks <Abbr> against the glossary, but not inside code', async () => {
      const body = ['An <Abbr>MTA</Abbr> and an <Abbr>RPQ</Abbr>.', '', '```mdx', '<Abbr>XYZ</Abbr>', '```', '', 'Inline `<Abbr>XYZ</Abbr>` too.'].join('\n');
      expect(await problemsIn(body, withWorks)).toEqual([
        'content/posts/a.mdx:8: body: <Abbr>RPQ</Abbr> is not in the glossary (add a file for it to content/glossary/ with `abbreviation:` set)',
      ]);
    });

    it('says when words between the tags would not be shown, or are missing', async () => {
      expect(await problemsIn('See <Cite id="bruscia1998a">Bruscia</Cite>.\n\n<Callout></Callout>', withWorks)).toEqual([
        'content/posts/a.mdx:8: component: <Cite> does not show what is written between its tags (end the tag with /> and put the words outside it, as in Bruscia describes four levels <Cite id="bruscia1998a" page="214" />.)',
        'content/posts/a.mdx:10: component: <Callout> has nothing between its tags (between <Callout …> and </Callout>, write the words of the note)',
      ]);
    });
  });

  it('reports a block component inside a paragraph', async () => {
    expect(await problemsIn('Look:\n<Figure src="/images/drums.jpg" alt="Drums" /> here.')).toEqual([
      'content/posts/a.mdx:9: component: <Figure> is inside a paragraph (put <Figure> on lines of its own, with a blank line before and after it)',
    ]);
  });
});
