/** What `npm run check:site` reports: one finding per problem, by page and kind. */
const FINDING_KINDS = ['accessibility', 'html', 'link', 'third-party', 'runtime', 'storage', 'csp', 'compressed-copy'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export interface Finding {
  /** The page's URL path, e.g. `/blog/`. */
  readonly page: string;
  readonly kind: FindingKind;
  readonly message: string;
}

function countByKind(findings: readonly Finding[]): Record<FindingKind, number> {
  const counts = Object.fromEntries(FINDING_KINDS.map((kind) => [kind, 0])) as Record<FindingKind, number>;
  for (const finding of findings) counts[finding.kind] += 1;
  return counts;
}

export function summary(pages: number, views: number, findings: readonly Finding[], seconds: number): string {
  const counts = countByKind(findings);
  const lines = findings.map((f) => `${f.page}: ${f.kind}: ${f.message}`);
  const byKind = FINDING_KINDS.map((kind) => `${kind} ${counts[kind]}`).join(', ');
  return [
    ...lines,
    `${lines.length > 0 ? '\n' : ''}check:site: ${pages} pages, ${views} browser views, in ${seconds.toFixed(1)} s.`,
    `Findings: ${findings.length} (${byKind}).`,
  ].join('\n');
}
