import { z } from 'zod';
import { mdxComponentUsage } from './usage';

export const usage = mdxComponentUsage({
  props: z.strictObject({}),
  layout: 'block',
  children: { required: false },
  summary: 'What the first conversation is like (free or not, how long, in what form) from the practice profile, or what to ask while it is not published.',
  example: '<FirstConversation />',
});
