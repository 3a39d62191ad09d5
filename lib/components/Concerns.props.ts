import { z } from 'zod';
import { mdxComponentUsage } from './usage';

export const usage = mdxComponentUsage({
  props: z.strictObject({}),
  layout: 'block',
  children: { required: false },
  summary: 'Concerns and complaints: who regulates the practice’s psychotherapists, and how to raise a concern with the practice or with the College.',
  example: '<Concerns />',
});
