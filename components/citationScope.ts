/**
 * The works cited on the page being rendered, so that each in-text citation
 * uses the same year label as the page's reference list ("1998a" when two
 * works share an author and year). React gives each page render its own scope.
 */
import { cache } from 'react';
import { yearLabels } from '@/lib/bibliography';

const scope = cache(() => ({ labels: new Map<string, string>() }));

export function setPageCitations(keys: readonly string[]): void {
  scope().labels = yearLabels(keys);
}

export function yearLabelOnPage(key: string): string | undefined {
  return scope().labels.get(key);
}
