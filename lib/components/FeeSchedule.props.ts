import { z } from 'zod';
import { mdxComponentUsage } from './usage';

export const usage = mdxComponentUsage({
  props: z.strictObject({}),
  layout: 'block',
  children: { required: false },
  summary: 'The fee schedule from the practice profile as a table (CRPO standard 6.1), or where to get it while it is not published.',
  example: '<FeeSchedule />',
});
