/**
 * Makes sure the browser tests have a Chromium: $CHROME_PATH, else
 * /usr/bin/chromium, else (as root on Debian) installs Debian's chromium
 * package. Otherwise it stops and says what to install.
 */
import { DEBIAN_CHROMIUM, findBrowser } from './lib/browser';
import { ensureDebianTool } from './lib/ensureDebianTool';

await ensureDebianTool({
  usedBy: 'Browser tests',
  name: 'Chromium',
  envVar: 'CHROME_PATH',
  debianPackage: 'chromium',
  debianPath: DEBIAN_CHROMIUM,
  find: findBrowser,
});
