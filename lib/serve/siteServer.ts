/**
 * The static server behind `npm start` and the tests: sirv serving the built
 * site with the headers of lib/security/headers.ts, its precompressed .br
 * and .gz files, index.html for folders, a redirect for a folder asked for
 * without its slash, and 404.html for anything missing. Requests no page
 * could answer are refused first (requestGuard.ts). sirv lists the folder
 * once at start and serves only files from that list, so nothing outside it
 * can be reached; restart the server after a build.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import sirv from 'sirv';
import { headersFor, type PolicyInputs } from '../security/headers';
import { checkRequest } from './requestGuard';

export type Handler = (request: IncomingMessage, response: ServerResponse) => void;

/** URL paths of the folders that hold an index.html, without their trailing slash: `/blog`. */
function folderPaths(root: string): Set<string> {
  return new Set(
    readdirSync(root, { recursive: true, encoding: 'utf8' })
      .map((file) => file.split(path.sep).join('/'))
      .filter((file) => file.endsWith('/index.html'))
      .map((file) => `/${file.slice(0, -'/index.html'.length)}`),
  );
}

/** Pagefind's binary files have extensions no MIME table knows. */
const BINARY = /\.(pagefind|pf_\w+)$/;
/** A single, well-formed byte range; anything else is ignored and the whole file sent, as HTTP allows. */
const SIMPLE_RANGE = /^bytes=(\d+)-(\d*)$/;

function sanitizeRange(request: IncomingMessage): void {
  const range = request.headers.range;
  if (range === undefined) return;
  const match = SIMPLE_RANGE.exec(range);
  if (!match || (match[2] !== '' && Number(match[2]) < Number(match[1]))) delete request.headers.range;
}

export function siteHandler(root: string, inputs: PolicyInputs): Handler {
  const notFoundPage = path.join(root, '404.html');
  const notFoundHtml = existsSync(notFoundPage) ? readFileSync(notFoundPage) : Buffer.from('Not found');
  const folders = folderPaths(root);

  const answer = (response: ServerResponse, status: number, headers: Record<string, string>, body: Buffer | string, head: boolean) => {
    response.writeHead(status, { ...headers, 'Content-Length': Buffer.byteLength(body) });
    response.end(head ? undefined : body);
  };
  const notFound = (request: IncomingMessage, response: ServerResponse) =>
    answer(response, 404, { ...headersFor('/404.html', inputs), 'Content-Type': 'text/html; charset=utf-8' }, notFoundHtml, request.method === 'HEAD');

  const files = sirv(root, {
    etag: true,
    brotli: true,
    gzip: true,
    extensions: ['html'],
    dotfiles: false,
    setHeaders: (response, pathname) => {
      for (const [name, value] of Object.entries(headersFor(pathname, inputs))) response.setHeader(name, value);
      if (BINARY.test(pathname)) response.setHeader('Content-Type', 'application/octet-stream');
    },
    onNoMatch: notFound,
  });

  return (request, response) => {
    try {
      const verdict = checkRequest(request.method, request.url);
      if (!verdict.ok) {
        const headers: Record<string, string> = { ...headersFor('/', inputs), 'Content-Type': 'text/plain; charset=utf-8' };
        if (verdict.status === 405) headers.Allow = 'GET, HEAD';
        answer(response, verdict.status, headers, `${verdict.status}: ${verdict.reason}\n`, request.method === 'HEAD');
        return;
      }
      const { pathname, search } = verdict;
      if (folders.has(pathname)) {
        // The raw path, already checked, plus its slash: relative links on the page resolve from the folder.
        const raw = (request.url ?? '/').split('?')[0];
        answer(response, 308, { ...headersFor(pathname, inputs), Location: `${raw}/${search}` }, '', true);
        return;
      }
      // Host configuration, not content (static hosts do not serve it either).
      if (pathname === '/_headers') return notFound(request, response);
      sanitizeRange(request);
      files(request, response);
    } catch (error) {
      // One bad request must never stop the server for everyone.
      console.error(error);
      if (!response.headersSent) answer(response, 500, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Server error\n', request.method === 'HEAD');
      else response.destroy();
    }
  };
}
