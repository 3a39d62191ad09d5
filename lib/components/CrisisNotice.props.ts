import { z } from 'zod';
import { mdxComponentUsage } from './usage';

export const usage = mdxComponentUsage({
  props: z.strictObject({}),
  layout: 'block',
  children: { required: false },
  summary: 'Where to get help now in a crisis: this practice is not an emergency service.',
  example: '<CrisisNotice />',
});
