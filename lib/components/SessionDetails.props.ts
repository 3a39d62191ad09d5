import { z } from 'zod';
import { mdxComponentUsage } from './usage';

export const usage = mdxComponentUsage({
  props: z.strictObject({}),
  layout: 'block',
  children: { required: false },
  summary: 'Session formats, length, place, accessibility of the space, languages and ages, from the practice profile; says plainly what is not published yet.',
  example: '<SessionDetails />',
});
