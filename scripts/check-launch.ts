/**
 * `npm run check:launch`: lists every value a live site needs and the
 * practice profile still lacks, each as `path:line: field: problem (fix)`.
 * Exits 1 while any is missing. `--summary` prints one line and exits 0,
 * for `npm start`, which still builds a preview.
 */
import { contentDir } from '../lib/content/location';
import { formatProblem } from '../lib/diagnostics/format';
import { launchGapsOfFolder } from '../lib/practice/launch';

const summary = process.argv.includes('--summary');
try {
  const gaps = await launchGapsOfFolder(contentDir(), process.env);
  if (summary) {
    console.log(
      gaps.length === 0
        ? 'Launch check: every launch value is set.'
        : `Launch check: ${gaps.length} launch value${gaps.length === 1 ? '' : 's'} missing; this build is a preview (run \`npm run check:launch\` for the list).`,
    );
  } else if (gaps.length === 0) {
    console.log('Ready to launch: every value a live site needs is set.');
  } else {
    for (const gap of gaps) console.error(formatProblem(gap));
    console.error(
      `\n${gaps.length} launch value${gaps.length === 1 ? '' : 's'} missing. The site can be previewed, but not launched; fix the lines above and run again.`,
    );
    process.exit(1);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
