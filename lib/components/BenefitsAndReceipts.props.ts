import { z } from 'zod';
import { mdxComponentUsage } from './usage';

export const usage = mdxComponentUsage({
  props: z.strictObject({}),
  layout: 'block',
  children: { required: false },
  summary: 'The questions to ask a benefit plan, and what the practice’s receipts show (from the practice profile).',
  example: '<BenefitsAndReceipts />',
});
