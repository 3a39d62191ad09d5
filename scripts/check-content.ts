/**
 * `npm run check:content`: checks every content file without building, and
 * prints each problem as `path:line: field: problem (fix)`. Exits 1 when
 * there is any. `--format github` prints GitHub's workflow commands instead
 * (`::error file=…,line=…,title=field::problem (fix)`), so a pull request
 * shows each problem on its line.
 */
import { problemFormats, type ProblemFormat } from '../lib/diagnostics/format';
import { checkContentFolder, ContentProblems } from './lib/contentStep';

function formatArgument(args: readonly string[]): ProblemFormat {
  const at = args.indexOf('--format');
  const value = at === -1 ? 'text' : args[at + 1];
  if (!(problemFormats as readonly (string | undefined)[]).includes(value)) {
    console.error(`--format must be one of ${problemFormats.join(', ')}, not ${value ?? 'nothing'}`);
    process.exit(2);
  }
  return value as ProblemFormat;
}

const format = formatArgument(process.argv.slice(2));
try {
  const count = await checkContentFolder(undefined, format);
  console.log(`Content is ready: ${count} files checked, no problems.`);
} catch (error) {
  console.error(error instanceof ContentProblems ? `\n${error.message}` : error);
  process.exit(1);
}
