/** contentlayer2 compiles the checked content into .contentlayer/generated, in a process of its own. */
import { run } from './run';

export function generateContent(): Promise<void> {
  return run('contentlayer2', ['build'], { NODE_ENV: 'production' });
}
