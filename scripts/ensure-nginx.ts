/**
 * Makes sure the deploy tests have nginx: $NGINX_PATH, else /usr/sbin/nginx,
 * else (as root on Debian) installs Debian's nginx-light package, the way
 * ensure-browser.ts installs Chromium. Otherwise it stops and says what to install.
 */
import { existsSync } from 'node:fs';
import { DEBIAN_NGINX, findNginx } from '../lib/nginx';
import { run } from './lib/run';

const found = findNginx();
if (found) {
  console.log(`Deploy tests use ${found}.`);
} else if (process.env.NGINX_PATH) {
  console.error(`NGINX_PATH is set to ${process.env.NGINX_PATH}, but there is no file there.`);
  process.exit(1);
} else if (process.getuid?.() === 0 && existsSync('/etc/debian_version')) {
  console.log('No nginx found: installing Debian’s nginx-light package.');
  await run('apt-get', ['update', '-qq']);
  await run('apt-get', ['install', '-y', '-qq', 'nginx-light'], { DEBIAN_FRONTEND: 'noninteractive' });
  if (!existsSync(DEBIAN_NGINX)) {
    console.error(`apt-get finished, but ${DEBIAN_NGINX} is still missing.`);
    process.exit(1);
  }
} else {
  console.error(
    'The deploy tests need nginx. Install it (on Debian or Ubuntu: `sudo apt-get install nginx-light`) or set NGINX_PATH, then run the tests again.',
  );
  process.exit(1);
}
