/**
 * What the CMS's script would load from a CDN and the site serves itself
 * instead: the three fonts it names in its CSS (jsDelivr), which the
 * package also ships as files for bundlers. The script is copied as it is
 * except for these three addresses; if a new version names others, the
 * build stops here rather than letting the editor reach a third party.
 */

export interface VendorFont {
  /** The address in the package's dist/sveltia-cms.js. */
  readonly cdn: string;
  /** The same font in the package's npm/assets/. */
  readonly file: string;
}

export const localFonts: readonly VendorFont[] = [
  {
    cdn: 'https://cdn.jsdelivr.net/fontsource/fonts/source-sans-3:vf@5.3.0/latin-wght-normal.woff2',
    file: 'source-sans-3-latin-wght-normal-BqRLTx4X.woff2',
  },
  {
    cdn: 'https://cdn.jsdelivr.net/fontsource/fonts/noto-mono@5.3.0/latin-400-normal.woff2',
    file: 'noto-mono-latin-400-normal-DiC8lJru.woff2',
  },
  {
    cdn: 'https://cdn.jsdelivr.net/fontsource/fonts/material-symbols-outlined:vf@5.3.7/latin-wght-normal.woff2',
    file: 'material-symbols-outlined-latin-wght-normal-_Z1IJPLg.woff2',
  },
];

/** The script with each font's CDN address replaced by its copy in /admin/fonts/. */
export function withLocalFonts(script: string): string {
  let result = script;
  for (const font of localFonts) {
    if (!result.includes(font.cdn)) throw new Error(`the CMS script no longer names ${font.cdn}: update lib/editor/vendor.ts for this version`);
    result = result.replaceAll(font.cdn, `/admin/fonts/${font.file}`);
  }
  const left = result.match(/https:\/\/cdn\.jsdelivr\.net\/[^\s)'"`]+/g);
  if (left) throw new Error(`the CMS script loads more from jsDelivr: ${[...new Set(left)].join(', ')}; serve it from /admin/ (lib/editor/vendor.ts)`);
  return result;
}
