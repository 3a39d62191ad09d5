import { describe, expect, it } from 'vitest';
import { remarkAbbreviations, splitAbbreviations } from '@/lib/content/remarkAbbreviations';

const abbreviations = ['RP', 'RP-Q', 'MTA', 'CRPO'];

describe('splitAbbreviations', () => {
  it('finds whole abbreviations, longest first', () => {
    expect(splitAbbreviations('An RP-Q or an RP, registered with the CRPO.', abbreviations)).toEqual([
      { text: 'An ', abbreviation: false },
      { text: 'RP-Q', abbreviation: true },
      { text: ' or an ', abbreviation: false },
      { text: 'RP', abbreviation: true },
      { text: ', registered with the ', abbreviation: false },
      { text: 'CRPO', abbreviation: true },
      { text: '.', abbreviation: false },
    ]);
  });
  it('leaves parts of other words alone', () => {
    expect(splitAbbreviations('MTAs, RPX and CRPO-led', abbreviations).filter((p) => p.abbreviation)).toEqual([]);
  });
});

describe('remarkAbbreviations', () => {
  it('wraps text but not links, code or existing Abbr elements', () => {
    const tree = {
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: [
            { type: 'text', value: 'Ask an MTA. ' },
            { type: 'link', children: [{ type: 'text', value: 'MTA page' }] },
            { type: 'inlineCode', value: 'MTA' },
            { type: 'mdxJsxTextElement', name: 'Abbr', children: [{ type: 'text', value: 'RP' }] },
          ],
        },
      ],
    };
    remarkAbbreviations({ abbreviations })(tree);
    expect(tree.children[0]!.children).toEqual([
      { type: 'text', value: 'Ask an ' },
      { type: 'mdxJsxTextElement', name: 'Abbr', attributes: [], children: [{ type: 'text', value: 'MTA' }] },
      { type: 'text', value: '. ' },
      { type: 'link', children: [{ type: 'text', value: 'MTA page' }] },
      { type: 'inlineCode', value: 'MTA' },
      { type: 'mdxJsxTextElement', name: 'Abbr', children: [{ type: 'text', value: 'RP' }] },
    ]);
  });
});
