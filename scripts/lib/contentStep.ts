/**
 * The content step: check every file (printing each problem with its file,
 * line and fix), then let contentlayer compile the content into
 * .contentlayer/generated. A problem stops the step before anything is
 * generated.
 */
import { checkContent } from '../../lib/content/check';
import { citedKeysMemoFile, writeCitedKeysMemo } from '../../lib/content/citations';
import { contentDir } from '../../lib/content/location';
import { formatAs, type ProblemFormat } from '../../lib/diagnostics/format';
import { readContentFolder, readSiteContext } from '../../lib/content/readFolder';
import { writeContentStatus } from '../../lib/content/status';
import { generateContent } from './generateContent';

export class ContentProblems extends Error {}

/** `format`: how each problem is printed (text for a person; github for a pull request). */
export async function checkContentFolder(dir = contentDir(), format: ProblemFormat = 'text'): Promise<number> {
  const { problems, warnings, documents, citedKeys } = await checkContent(await readContentFolder(dir), await readSiteContext());
  writeContentStatus(problems);
  writeCitedKeysMemo(citedKeys, citedKeysMemoFile(dir));
  for (const warning of warnings) console.warn(formatAs(format, warning, 'warning'));
  if (problems.length > 0) {
    for (const problem of problems) console.error(formatAs(format, problem, 'error'));
    throw new ContentProblems(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${dir}/. Nothing was published; fix the lines above and run again.`,
    );
  }
  return documents.length;
}

export async function contentStep(): Promise<void> {
  const count = await checkContentFolder();
  console.log(`Content checked: ${count} files, no problems.`);
  await generateContent();
}
