/**
 * The headers of lib/security/headers.ts written for the hosts that serve
 * the site: a `_headers` file (Netlify, Cloudflare Pages) and an nginx
 * server block. Both are generated, never edited by hand.
 */
import { ADMIN_FOLDER, contentSecurityPolicy, IMMUTABLE, IMMUTABLE_FOLDERS, REVALIDATE, securityHeaders, type PolicyInputs } from './headers';

const GENERATED = 'Generated from lib/security/headers.ts';

/** The hosts' configuration file in the built site, which they read and never serve. */
export const HEADERS_FILE = '_headers';

/** A name at the top of the built site: a file (`favicon.ico`) or a folder (`blog`). */
export interface TopLevelEntry {
  readonly name: string;
  readonly folder: boolean;
}

/**
 * Netlify / Cloudflare Pages `_headers`. Both hosts apply every rule that
 * matches a path and join a header that several rules set, and Netlify has
 * no way to drop one (Cloudflare's `! Name` line is its own syntax): a
 * `/*` policy and an `/admin/*` policy would both reach the editor, and
 * the browser would enforce both. So `/*` carries only the headers every
 * response shares, and each surface's policy goes on rules that cannot
 * overlap: the editor's on `/admin/*`, the site's on `/` and on every
 * other name at the top of the built site (`topLevel`, read from out/ by
 * the build; a few dozen, however many articles). A path that names
 * nothing (a 404) keeps the policy in the page's own <meta>.
 * Cache-Control is set only on the hashed folders; everything else keeps
 * these hosts' default, which is already revalidation
 * (`public, max-age=0, must-revalidate`).
 */
export function headersFile(inputs: PolicyInputs, topLevel: readonly TopLevelEntry[]): string {
  const block = (pattern: string, headers: Record<string, string>) =>
    [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  const { 'Content-Security-Policy': sitePolicy, ...shared } = securityHeaders(inputs);
  const adminName = ADMIN_FOLDER.slice(1, -1);
  const sitePaths = [
    '/',
    ...topLevel
      .filter((entry) => entry.name !== adminName && entry.name !== HEADERS_FILE)
      .map((entry) => (entry.folder ? `/${entry.name}/*` : `/${entry.name}`))
      .sort(),
  ];
  return [
    `# ${GENERATED} by the build. Do not edit.`,
    block('/*', shared),
    ...sitePaths.map((pattern) => block(pattern, { 'Content-Security-Policy': sitePolicy! })),
    block(`${ADMIN_FOLDER}*`, { 'Content-Security-Policy': contentSecurityPolicy(inputs, 'header', 'admin'), 'X-Robots-Tag': 'noindex, nofollow' }),
    ...IMMUTABLE_FOLDERS.map((folder) => block(`${folder}*`, { 'Cache-Control': IMMUTABLE })),
    '',
  ].join('\n');
}

const quote = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

/** add_header lines; `always` so error pages (404, 405) carry them too. */
function addHeaders(headers: Record<string, string>, indent: string): string[] {
  return Object.entries(headers).map(([name, value]) => `${indent}add_header ${name} ${quote(value)} always;`);
}

/**
 * The directives the site needs inside an nginx `server {}`: everything but
 * `listen`, `server_name`, TLS and `root`, which belong to the machine.
 * nginx drops a level's add_header lines as soon as a nested location has
 * its own, so each location repeats the full set.
 */
export function nginxSiteConf(inputs: PolicyInputs): string {
  const security = securityHeaders(inputs);
  const location = (match: string, cacheControl: string, extra: string[] = []) => [
    `location ${match} {`,
    ...extra.map((line) => `    ${line}`),
    ...addHeaders({ ...security, 'Cache-Control': cacheControl }, '    '),
    '}',
  ];
  return [
    `# ${GENERATED} by \`npm run deploy:config\`. Do not edit;`,
    '# include it inside the server block (see deploy/nginx.conf and docs/deploy.md).',
    '',
    'index index.html;',
    'charset utf-8;',
    'charset_types text/css application/javascript application/json application/xml text/plain image/svg+xml;',
    '# A folder asked for without its slash is redirected to it, with a relative Location.',
    'absolute_redirect off;',
    'server_tokens off;',
    '# Precompressed .gz files written by the build (Debian’s nginx has no brotli module).',
    'gzip_static on;',
    'error_page 404 /404.html;',
    '',
    '# The site is static: only GET and HEAD mean anything.',
    'if ($request_method !~ ^(GET|HEAD)$) {',
    '    return 405;',
    '}',
    ...addHeaders({ ...security, Allow: 'GET, HEAD' }, ''),
    '',
    ...location('/', REVALIDATE),
    '',
    '# The editor: its own policy, never indexed.',
    `location ^~ ${ADMIN_FOLDER} {`,
    ...addHeaders({ ...securityHeaders(inputs, 'admin'), 'X-Robots-Tag': 'noindex, nofollow', 'Cache-Control': REVALIDATE }, '    '),
    '}',
    ...IMMUTABLE_FOLDERS.flatMap((folder) => ['', ...location(`^~ ${folder}`, IMMUTABLE)]),
    '',
    '# Host configuration, not content.',
    ...location('= /_headers', REVALIDATE, ['return 404;']),
    '',
  ].join('\n');
}

/** A complete server block for a production host, around the site's directives. */
export function nginxServerBlock(): string {
  return [
    `# ${GENERATED} by \`npm run deploy:config\`. Do not edit.`,
    '# Replace example.org, the certificate paths and the root; copy deploy/nginx/site.conf',
    '# to /etc/nginx/snippets/tiffany-music-therapy.conf. See docs/deploy.md.',
    '',
    'server {',
    '    listen 80;',
    '    listen [::]:80;',
    '    server_name example.org;',
    '    return 301 https://$host$request_uri;',
    '}',
    '',
    'server {',
    '    listen 443 ssl http2;',
    '    listen [::]:443 ssl http2;',
    '    server_name example.org;',
    '    ssl_certificate /etc/letsencrypt/live/example.org/fullchain.pem;',
    '    ssl_certificate_key /etc/letsencrypt/live/example.org/privkey.pem;',
    '',
    '    # The contents of out/ after `npm run build`.',
    '    root /var/www/tiffany-music-therapy;',
    '    include /etc/nginx/snippets/tiffany-music-therapy.conf;',
    '}',
    '',
  ].join('\n');
}
