/** `npm run content`: the content step alone (check, then generate). */
import { ContentProblems, contentStep } from './lib/contentStep';

try {
  await contentStep();
} catch (error) {
  console.error(error instanceof ContentProblems ? `\n${error.message}` : error instanceof Error ? error.message : error);
  process.exit(1);
}
