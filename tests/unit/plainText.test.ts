import { expect, it } from 'vitest';
import { plainText } from '@/lib/content/plainText';

it('turns an MDX answer into plain text', () => {
  expect(plainText('No. **Anyone** can [read more](/faq/#x).\n\n<CrisisNotice />\n\nAn <Abbr>MTA</Abbr> helps.')).toBe('No. Anyone can read more. An MTA helps.');
});
