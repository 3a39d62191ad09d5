/**
 * Where content lives. CONTENT_DIR lets tests point the content step at a
 * fixture folder; everything else uses `content/`.
 */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return env.CONTENT_DIR?.trim() || 'content';
}
