/**
 * The content check's latest result, as a file the preview (next dev) shows
 * in the page. The content step and the dev watcher write it; the preview
 * banner imports it, so the open page refreshes when it changes.
 */
import { writeFileSync } from 'node:fs';
import { type Problem } from '../diagnostics/problem';
import { formatProblem } from '../diagnostics/format';

export const CONTENT_STATUS_FILE = '.content-status.json';

interface ContentStatus {
  readonly problems: readonly string[];
  /**
   * When contentlayer last wrote new documents, in the preview. Pages read
   * those at run time (lib/content/generated.ts), which the preview's bundler
   * does not watch; a change to this file, which every page imports, makes it
   * refresh the open page.
   */
  readonly generatedAt?: number;
}

export function writeContentStatus(problems: readonly Problem[], file = CONTENT_STATUS_FILE, generatedAt?: number): void {
  const status: ContentStatus = { problems: problems.map(formatProblem), ...(generatedAt === undefined ? {} : { generatedAt }) };
  writeFileSync(file, `${JSON.stringify(status, null, 2)}\n`);
}
