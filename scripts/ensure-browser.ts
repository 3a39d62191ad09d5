/**
 * Makes sure the browser tests have a Chromium: $CHROME_PATH, else
 * /usr/bin/chromium, else (as root on Debian) installs Debian's chromium
 * package. Otherwise it stops and says what to install.
 */
import { existsSync } from 'node:fs';
import { DEBIAN_CHROMIUM, findBrowser } from '../lib/browser';
import { run } from './lib/run';

const found = findBrowser();
if (found) {
  console.log(`Browser tests use ${found}.`);
} else if (process.env.CHROME_PATH) {
  console.error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but there is no file there.`);
  process.exit(1);
} else if (process.getuid?.() === 0 && existsSync('/etc/debian_version')) {
  console.log('No Chromium found: installing Debian’s chromium package.');
  await run('apt-get', ['update', '-qq']);
  await run('apt-get', ['install', '-y', '-qq', 'chromium'], { DEBIAN_FRONTEND: 'noninteractive' });
  if (!existsSync(DEBIAN_CHROMIUM)) {
    console.error(`apt-get finished, but ${DEBIAN_CHROMIUM} is still missing.`);
    process.exit(1);
  }
} else {
  console.error(
    'The browser tests need Chromium or Chrome. Install it (on Debian or Ubuntu: `sudo apt-get install chromium`) ' +
      'or set CHROME_PATH to the browser’s executable, then run the tests again.',
  );
  process.exit(1);
}
