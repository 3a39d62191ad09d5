import { z } from 'zod';
import { mdxComponentUsage } from './usage';

/** The kinds of callout and the label each shows when it has no title. */
export const calloutKinds = { note: 'Note', tip: 'Tip', important: 'Important' } as const;

export const usage = mdxComponentUsage({
  props: z.strictObject({
    type: z
      .enum(Object.keys(calloutKinds) as [keyof typeof calloutKinds, ...(keyof typeof calloutKinds)[]])
      .optional()
      .describe('the kind of box: note (the default), tip or important'),
    title: z.string().trim().min(1).optional().describe('a short label shown in bold; without it the box shows its kind, e.g. “Note”'),
  }),
  layout: 'block',
  children: { required: true, what: 'the words of the note' },
  summary: 'A short note set apart from the text. Screen reader users can find it and skip past it.',
  example: '<Callout type="tip" title="Before your first session">You do not need to prepare anything.</Callout>',
  propRoles: { title: 'text' },
});
