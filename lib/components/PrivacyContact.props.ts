import { z } from 'zod';
import { mdxComponentUsage } from './usage';

export const usage = mdxComponentUsage({
  props: z.strictObject({}),
  layout: 'block',
  children: { required: false },
  summary: 'The privacy contact person and how to reach them, from the practice profile, or what to do while they are not published.',
  example: '<PrivacyContact />',
});
