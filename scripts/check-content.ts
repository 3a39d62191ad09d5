/**
 * `npm run check:content`: checks every content file without building, and
 * prints each problem as `path:line: field: problem (fix)`. Exits 1 when
 * there is any.
 */
import { checkContentFolder, ContentProblems } from './lib/contentStep';

try {
  const count = await checkContentFolder();
  console.log(`Content is ready: ${count} files checked, no problems.`);
} catch (error) {
  console.error(error instanceof ContentProblems ? `\n${error.message}` : error);
  process.exit(1);
}
