/**
 * Serves the built site in out/ like a static host would. Used by
 * `npm start` and by the browser tests.
 *   tsx scripts/serve.ts [--port 3000] [--host localhost] [--dir out]
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentType, resolveRequest, type FileSystemView } from '../lib/serve/resolve';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '3000' },
    host: { type: 'string', default: 'localhost' },
    dir: { type: 'string', default: 'out' },
  },
});

const root = path.resolve(values.dir);
const disk: FileSystemView = {
  isFile: (p) => statSync(p, { throwIfNoEntry: false })?.isFile() ?? false,
  isDirectory: (p) => statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false,
};

if (!disk.isFile(path.join(root, 'index.html'))) {
  console.error(`There is no built site in ${values.dir}/. Run \`npm run build\` first.`);
  process.exit(1);
}

const server = createServer((request, response) => {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const result = resolveRequest(root, request.url ?? '/', disk);
  if (result.kind === 'redirect') {
    response.writeHead(308, { Location: result.location }).end();
  } else if (result.kind === 'not-found') {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
  } else {
    response.writeHead(result.status, {
      'Content-Type': contentType(result.file),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(result.file).pipe(response);
  }
});

server.listen(Number(values.port), values.host, () => {
  console.log(`Serving ${values.dir}/ at http://${values.host}:${values.port}/ (Ctrl+C to stop)`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)));
