import { z } from 'zod';
import { mdxComponentUsage } from './usage';

export const usage = mdxComponentUsage({
  props: z.strictObject({}),
  layout: 'block',
  children: { required: false },
  summary: 'The practice’s contact details from the site configuration, or a note where to find the team while there are none.',
  example: '<ContactChannels />',
});
