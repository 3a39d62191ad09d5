/**
 * A document's slug is its file name without the extension, in the form used
 * in URLs: lower case, words joined by hyphens.
 */
export function slugFromPath(filePath: string): string {
  const base = filePath.split('/').pop() ?? filePath;
  return slugify(base.replace(/\.mdx?$/i, ''));
}

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
