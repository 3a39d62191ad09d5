/**
 * Makes sure the deploy tests have nginx: $NGINX_PATH, else /usr/sbin/nginx,
 * else (as root on Debian) installs Debian's nginx-light package.
 * Otherwise it stops and says what to install.
 */
import { DEBIAN_NGINX, findNginx } from './lib/nginx';
import { ensureDebianTool } from './lib/ensureDebianTool';

await ensureDebianTool({
  usedBy: 'Deploy tests',
  name: 'nginx',
  envVar: 'NGINX_PATH',
  debianPackage: 'nginx-light',
  debianPath: DEBIAN_NGINX,
  find: findNginx,
});
