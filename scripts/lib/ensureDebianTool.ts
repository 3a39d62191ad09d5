/**
 * Makes sure a test tool is on the machine: where the environment variable
 * points, else its usual path, else (as root on Debian) installs Debian's
 * package for it, as CI does on a fresh machine. Otherwise it stops and says
 * what to install. Nothing is ever downloaded from outside Debian.
 */
import { existsSync } from 'node:fs';
import { run } from './run';

export interface DebianTool {
  /** What the tool is for, in messages: "Browser tests", "Deploy tests". */
  readonly usedBy: string;
  readonly name: string;
  /** The variable that may point at the tool, e.g. CHROME_PATH. */
  readonly envVar: string;
  readonly debianPackage: string;
  readonly debianPath: string;
  /** Where the tool is now, or undefined. */
  readonly find: () => string | undefined;
}

export async function ensureDebianTool(tool: DebianTool): Promise<void> {
  const found = tool.find();
  if (found) {
    console.log(`${tool.usedBy} use ${found}.`);
  } else if (process.env[tool.envVar]) {
    console.error(`${tool.envVar} is set to ${process.env[tool.envVar]}, but there is no file there.`);
    process.exit(1);
  } else if (process.getuid?.() === 0 && existsSync('/etc/debian_version')) {
    console.log(`No ${tool.name} found: installing Debian’s ${tool.debianPackage} package.`);
    await run('apt-get', ['update', '-qq']);
    await run('apt-get', ['install', '-y', '-qq', tool.debianPackage], { DEBIAN_FRONTEND: 'noninteractive' });
    if (!existsSync(tool.debianPath)) {
      console.error(`apt-get finished, but ${tool.debianPath} is still missing.`);
      process.exit(1);
    }
  } else {
    console.error(
      `${tool.usedBy} need ${tool.name}. Install it (on Debian or Ubuntu: \`sudo apt-get install ${tool.debianPackage}\`) or set ${tool.envVar} to its executable, then run the tests again.`,
    );
    process.exit(1);
  }
}
