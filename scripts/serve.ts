/**
 * Serves the built site in out/ like a static host would, with the site's
 * security headers (lib/serve/siteServer.ts). Used by `npm start` and by the
 * browser tests. Restart it after a build.
 *   tsx scripts/serve.ts [--port 3000] [--host localhost] [--dir out]
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { siteHandler } from '../lib/serve/siteServer';
import { sitePolicyInputs } from './lib/securityStep';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '3000' },
    host: { type: 'string', default: 'localhost' },
    dir: { type: 'string', default: 'out' },
  },
});

const root = path.resolve(values.dir);
if (!existsSync(path.join(root, 'index.html'))) {
  console.error(`There is no built site in ${values.dir}/. Run \`npm run build\` first.`);
  process.exit(1);
}

const server = createServer(siteHandler(root, await sitePolicyInputs(root)));
// CONNECT is not a request for a file; without a listener Node would drop the connection unanswered.
server.on('connect', (_request, socket) => socket.end('HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD\r\nContent-Length: 0\r\nConnection: close\r\n\r\n'));
server.listen(Number(values.port), values.host, () => {
  // --port 0 picks a free port; print the real one so tests can read it.
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : values.port;
  console.log(`Serving ${values.dir}/ at http://${values.host}:${port}/ (Ctrl+C to stop)`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)));
