/**
 * Removes Next's browser runtime from an exported page. The pages are React
 * Server Components rendered to HTML; nothing on them needs React in the
 * browser, so the runtime, its preloads and the inline hydration data are
 * dead weight. Structured data (`application/ld+json`) and scripts a page
 * marks with `data-keep` stay.
 */
const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script>/gi;
const SCRIPT_PRELOAD = /<link\b[^>]*\brel="(?:preload|modulepreload)"[^>]*\bas="script"[^>]*\/?>|<link\b[^>]*\brel="modulepreload"[^>]*\/?>/gi;

export function stripRuntime(html: string): string {
  return html
    .replace(SCRIPT, (whole, attributes: string) => (keepsScript(attributes) ? whole : ''))
    .replace(SCRIPT_PRELOAD, '');
}

/** True while a page still loads a script that stripRuntime would remove. */
export function loadsRuntime(html: string): boolean {
  return [...html.matchAll(SCRIPT)].some((match) => !keepsScript(match[1] ?? ''));
}

function keepsScript(attributes: string): boolean {
  return /\btype="application\/ld\+json"/i.test(attributes) || /\bdata-keep\b/i.test(attributes);
}

/** Files of the export that only the runtime reads: its RSC payloads and JavaScript chunks. */
export function isRuntimeFile(relativePath: string): boolean {
  return (
    relativePath.endsWith('.txt') && /(^|\/)(index|__next\.[^/]*)\.txt$/.test(relativePath)
  ) || (relativePath.startsWith('_next/') && relativePath.endsWith('.js'));
}
