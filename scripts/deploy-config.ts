/**
 * `npm run deploy:config`: writes the nginx configuration in deploy/ from
 * lib/security/headers.ts and the built site's inline script hashes (so run
 * it after `npm run build`). A browser test fails while the committed files
 * differ from what this writes.
 *   tsx scripts/deploy-config.ts [--dir out]
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { deployFiles } from '../lib/security/deployFiles';
import { sitePolicyInputs } from './lib/securityStep';

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'out' } } });
if (!existsSync(path.join(values.dir, 'index.html'))) {
  console.error(`There is no built site in ${values.dir}/. Run \`npm run build\` first: the policy needs its inline script hashes.`);
  process.exit(1);
}
for (const [file, text] of Object.entries(deployFiles(await sitePolicyInputs(values.dir)))) {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
  console.log(`Wrote ${file}`);
}
