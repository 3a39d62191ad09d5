import { z } from 'zod';
import { mdxComponentUsage } from './usage';

export const usage = mdxComponentUsage({
  props: z.strictObject({
    src: z.string().startsWith('/').describe('the path of the recording under public/, e.g. /audio/breathing.mp3'),
    title: z.string().trim().min(1).describe('what the recording is, shown above the player'),
  }),
  layout: 'block',
  children: { required: true, what: 'the transcript: what can be heard in the recording, so that everyone can follow it without sound' },
  summary: 'A sound clip from public/audio/, with its transcript always shown below the player. It loads only when played.',
  example: '<Audio src="/audio/breathing.mp3" title="A short breathing exercise">\nBreathe in slowly while the guitar plays...\n</Audio>',
  propRoles: { title: 'text' },
});
