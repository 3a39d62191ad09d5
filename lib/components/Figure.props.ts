import { z } from 'zod';
import { mdxComponentUsage } from './usage';

export const usage = mdxComponentUsage({
  props: z.strictObject({
    src: z
      .string()
      .startsWith('/')
      .refine((src) => !src.split('/').includes('..'), 'must not go up a folder with ..')
      .describe('the path of the image under public/, e.g. /images/drum.jpg'),
    alt: z.string().trim().min(1).describe('what the image shows, for people who cannot see it'),
    caption: z.string().trim().min(1).optional().describe('a line shown under the image'),
  }),
  layout: 'block',
  children: { required: false },
  summary:
    'An image from public/images/, at least 600 × 400 px as it comes from the camera; the build makes AVIF and WebP versions for each screen, with its real size so the page does not move as it loads.',
  example: '<Figure src="/images/drum.jpg" alt="A hand drum resting on a chair" caption="Any instrument can be a way in." />',
  propRoles: { alt: 'text', caption: 'text' },
});
