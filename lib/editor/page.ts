/**
 * The editor's page, /admin/index.html: no framework, no inline script,
 * its own policy in a <meta> too (for hosts that cannot set headers, such as
 * GitHub Pages), and `noindex`.
 */
import { contentSecurityPolicy, NO_INLINE_SCRIPTS } from '../security/headers';

export function adminPage(): string {
  return [
    '<!doctype html>',
    '<html lang="en-CA">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(NO_INLINE_SCRIPTS, 'meta', 'admin')}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex, nofollow">',
    '<meta name="referrer" content="same-origin">',
    '<title>Editor</title>',
    '<link href="/admin/config.yml" type="application/yaml" rel="cms-config-url">',
    '</head>',
    '<body>',
    '<script src="/admin/sveltia-cms.js"></script>',
    '<script src="/admin/components.js"></script>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
