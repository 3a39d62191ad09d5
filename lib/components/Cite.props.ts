import { z } from 'zod';
import { mdxComponentUsage } from './usage';

/** A page or range of pages, e.g. `214` or `12-15`. */
export const pageNumber = z
  .union([z.string().trim().min(1), z.number().int().positive()])
  .optional()
  .describe('the page or pages cited, e.g. 214 or 12-15');

export const usage = mdxComponentUsage({
  props: z.strictObject({
    id: z.string().trim().min(1).describe('the key of the work in content/bibliography.yaml, e.g. bruscia1998a'),
    page: pageNumber,
  }),
  layout: 'inline',
  children: { required: false },
  summary: 'A reference to a work in the bibliography, shown as “(Bruscia, 1998, p. 214)”. The page lists the work under References at the end.',
  example: 'Bruscia describes four levels <Cite id="bruscia1998a" page="214" />.',
  propRoles: { id: 'reference' },
});
