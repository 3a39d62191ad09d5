/**
 * The site's HTTP response headers, said once. Everything that serves the
 * site derives from here: the `_headers` file the build writes into out/
 * (Netlify, Cloudflare Pages), the nginx block in deploy/ and the local
 * server behind `npm start` and the tests. The only input from the build is
 * the sha256 of each inline executable script, computed from the built pages
 * themselves (see inlineScripts.ts).
 */

/** What the built site needs the policy to allow beyond the fixed directives. */
export interface PolicyInputs {
  /** `sha256-…` sources of the inline executable scripts found in the built pages. */
  readonly scriptHashes: readonly string[];
}

export const NO_INLINE_SCRIPTS: PolicyInputs = { scriptHashes: [] };

/**
 * Browser features the site never uses, turned off for the page and
 * anything it could embed. Names from the Permissions Policy registry
 * (https://github.com/w3c/webappsec-permissions-policy/blob/main/features.md)
 * that Chromium recognises: it logs an error for each name it does not
 * (measured: ambient-light-sensor, battery, bluetooth, document-domain and
 * web-share), which check:site would report.
 */
const DISABLED_FEATURES = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'gamepad',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'local-fonts',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'storage-access',
  'usb',
  'xr-spatial-tracking',
] as const;

/**
 * The Content-Security-Policy directives. Scripts come only from the site
 * itself or, inline, by hash. 'wasm-unsafe-eval' is there for the search:
 * Pagefind compiles its WebAssembly index reader in a worker, which Chromium
 * refuses without it (measured: a `securitypolicyviolation` with
 * violatedDirective script-src and blockedURI "wasm-eval"). It allows
 * compiling WebAssembly only, never JavaScript eval. Pages have no inline styles or style attributes,
 * so style-src needs no 'unsafe-inline'.
 */
function directives(inputs: PolicyInputs): [string, string[]][] {
  return [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", "'wasm-unsafe-eval'", ...inputs.scriptHashes.map((h) => `'${h}'`)]],
    ['style-src', ["'self'"]],
    ['img-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', ["'none'"]],
  ];
}

/** The editor's own surface (lib/editor/, scripts/lib/adminStep.ts): the one place with the CMS's script. */
export const ADMIN_FOLDER = '/admin/';

export function isAdminPath(urlPath: string): boolean {
  return urlPath === ADMIN_FOLDER.slice(0, -1) || urlPath.startsWith(ADMIN_FOLDER);
}

/** The Git host's API, the only other origin the editor talks to (sign-in, reading and committing files). */
export const GIT_HOST_API = 'https://api.github.com';
/** Avatars of signed-in people come from here; without it the editor shows initials. */
const GIT_HOST_AVATARS = 'https://avatars.githubusercontent.com';

/**
 * The editor's policy. Its script, fonts and chunk are served from /admin/
 * (never a CDN); what it would fetch from elsewhere on its own (a version
 * check and translations from unpkg, GitHub's status page, a code
 * highlighter) is refused here and it carries on without. What the
 * editor cannot do without: inline styles (Svelte writes its CSS at run
 * time), blob: and data: images (previews of uploads and of files read
 * from the repository), and WebAssembly for converting uploads to WebP.
 */
function adminDirectives(): [string, string[]][] {
  return [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", "'wasm-unsafe-eval'"]],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'blob:', 'data:', GIT_HOST_AVATARS]],
    ['media-src', ["'self'", 'blob:']],
    ['font-src', ["'self'"]],
    // data: and blob: are the editor reading its own images and uploads, never a request to a host.
    ['connect-src', ["'self'", 'data:', 'blob:', GIT_HOST_API]],
    ['worker-src', ["'self'", 'blob:']],
    ['frame-src', ["'self'", 'blob:']],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', ["'none'"]],
  ];
}

export type Surface = 'site' | 'admin';

function surfaceOf(urlPath: string): Surface {
  return isAdminPath(urlPath) ? 'admin' : 'site';
}

/**
 * The policy as a header value, or for a `<meta http-equiv>` element, where
 * browsers ignore frame-ancestors (and warn about it), so it is left out.
 */
export function contentSecurityPolicy(inputs: PolicyInputs, delivery: 'header' | 'meta' = 'header', surface: Surface = 'site'): string {
  return (surface === 'admin' ? adminDirectives() : directives(inputs))
    .filter(([name]) => delivery === 'header' || name !== 'frame-ancestors')
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** Headers every response carries, whatever it is. */
export function securityHeaders(inputs: PolicyInputs, surface: Surface = 'site'): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(inputs, 'header', surface),
    'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': DISABLED_FEATURES.map((feature) => `${feature}=()`).join(', '),
  };
}

export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Anything not named by its content's hash may change at the next deploy: ask each time. */
export const REVALIDATE = 'no-cache';

/**
 * Folders whose files are named after a hash of their content and so never
 * change under the same name: Next's CSS, and Pagefind's index chunks and
 * fragments. Pagefind's entry files (pagefind.js, pagefind-entry.json,
 * wasm.*.pagefind, the small .pf_meta) sit in /pagefind/ itself and
 * revalidate. Matched as folder prefixes, which every host can express.
 */
export const IMMUTABLE_FOLDERS = ['/_next/static/', '/pagefind/fragment/', '/pagefind/index/'] as const;

function isImmutable(urlPath: string): boolean {
  return IMMUTABLE_FOLDERS.some((folder) => urlPath.startsWith(folder));
}

/** Every header for a response to `urlPath` (already decoded, starting with `/`). */
export function headersFor(urlPath: string, inputs: PolicyInputs): Record<string, string> {
  const surface = surfaceOf(urlPath);
  // The editor is never indexed, whatever a crawler makes of its page.
  const robots: Record<string, string> = surface === 'admin' ? { 'X-Robots-Tag': 'noindex, nofollow' } : {};
  return { ...securityHeaders(inputs, surface), ...robots, 'Cache-Control': isImmutable(urlPath) ? IMMUTABLE : REVALIDATE };
}
