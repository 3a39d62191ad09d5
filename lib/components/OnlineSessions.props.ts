import { z } from 'zod';
import { mdxComponentUsage } from './usage';

export const usage = mdxComponentUsage({
  props: z.strictObject({}),
  layout: 'block',
  children: { required: false },
  summary: 'For whom video and phone sessions are, while the practice profile offers them; nothing otherwise.',
  example: '<OnlineSessions />',
});
