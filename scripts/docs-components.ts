/** `npm run docs:components`: rewrites the components section of docs/publishing.md from the components' declarations. */
import { readFile, writeFile } from 'node:fs/promises';
import { withComponentDocs } from '../lib/content/componentDocs';

const GUIDE = 'docs/publishing.md';
const before = await readFile(GUIDE, 'utf8');
const after = withComponentDocs(before);
await writeFile(GUIDE, after);
console.log(after === before ? `${GUIDE} was already up to date.` : `${GUIDE}: components section rewritten.`);
