/**
 * The content check's latest result, as a file the preview (next dev) shows
 * in the page. The content step and the dev watcher write it; the preview
 * banner imports it, so the open page refreshes when it changes.
 */
import { writeFileSync } from 'node:fs';
import { formatProblem, type Problem } from './problems';

export const CONTENT_STATUS_FILE = '.content-status.json';

export interface ContentStatus {
  readonly problems: readonly string[];
}

export function writeContentStatus(problems: readonly Problem[], file = CONTENT_STATUS_FILE): void {
  const status: ContentStatus = { problems: problems.map(formatProblem) };
  writeFileSync(file, `${JSON.stringify(status, null, 2)}\n`);
}
