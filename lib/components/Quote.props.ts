import { z } from 'zod';
import { pageNumber } from './Cite.props';
import { mdxComponentUsage } from './usage';

export const usage = mdxComponentUsage({
  props: z
    .strictObject({
      source: z.string().trim().min(1).optional().describe('the key of the work in content/bibliography.yaml; the work is then listed under References'),
      page: pageNumber,
      attribution: z.string().trim().min(1).optional().describe('who said it, for a source outside the bibliography'),
    })
    .refine((p) => p.source !== undefined || p.attribution !== undefined, {
      message: 'needs its source: the site never quotes without one',
      params: { fix: 'add source="…" with a key from content/bibliography.yaml, or attribution="…" naming who said it' },
    }),
  layout: 'block',
  children: { required: true, what: 'the quoted words' },
  summary: 'A quotation with its source. It needs `source` (a work in the bibliography) or `attribution` (who said it).',
  example: '<Quote source="bruscia1998a" page="214">the quoted words</Quote>',
  propRoles: { source: 'reference', attribution: 'text' },
});
