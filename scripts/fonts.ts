/**
 * `npm run fonts`: writes the site's text face, Atkinson Hyperlegible
 * (regular and bold, SIL OFL, assets/fonts/), as WOFF2 subset to the
 * characters the site can show, into public/fonts/. Run it after adding
 * text in a new script or symbol; tests/unit/fonts.test.ts fails when
 * content uses a character the subset lacks.
 */
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import subsetFont from 'subset-font';
import { FONT_FILES, SUBSET_LIST, subsetCharacters } from '../lib/fonts/subset';

const OUT = 'public/fonts';

await mkdir(OUT, { recursive: true });
const text = await subsetCharacters(process.cwd());
for (const { source, target } of FONT_FILES) {
  const woff2 = await subsetFont(await readFile(path.join('assets/fonts', source)), text, { targetFormat: 'woff2' });
  await writeFile(path.join(OUT, target), woff2);
  console.log(`${OUT}/${target}: ${woff2.length} bytes, ${[...text].length} characters`);
}
await copyFile('assets/fonts/OFL.txt', path.join(OUT, 'OFL.txt'));
// What the subset holds, for the test that content never outgrows it.
await writeFile(SUBSET_LIST, `${text}\n`);
