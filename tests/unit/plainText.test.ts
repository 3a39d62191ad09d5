import { expect, it } from 'vitest';
import { plainText } from '@/lib/content/plainText';

it('turns an MDX answer into plain text', () => {
  expect(plainText('No. **Anyone** can [read more](/faq/#x).\n\n<CrisisNotice />\n\nAn <Abbr>MTA</Abbr> helps.')).toBe(
    'No. Anyone can read more. An MTA helps.',
  );
});

it('keeps the words of quotations and lists, and leaves out code, images and expressions', () => {
  const body = [
    '<Quote attribution="Ann">Music helps.</Quote>',
    '',
    '- one',
    '- two',
    '',
    '```',
    'code()',
    '```',
    '',
    '![A drum](/d.png) {/* a note */}',
    '',
    '<Callout>',
    'Be calm.',
    '</Callout>',
  ].join('\n');
  expect(plainText(body)).toBe('Music helps. one two Be calm.');
});
