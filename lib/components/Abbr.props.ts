import { z } from 'zod';
import { mdxComponentUsage } from './usage';

export const usage = mdxComponentUsage({
  props: z.strictObject({}),
  layout: 'inline',
  children: { required: true, what: 'the abbreviation, as the glossary writes it' },
  summary:
    'An abbreviation from the glossary, shown with its full name. Abbreviations in plain text are found without it; use it where the text alone would not be.',
  example: '<Abbr>CRPO</Abbr>',
});
