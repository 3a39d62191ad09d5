/**
 * Where the browser tests find Chromium: $CHROME_PATH if set, else Debian's
 * /usr/bin/chromium. Tests never download a browser of their own.
 */
import { existsSync } from 'node:fs';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export function findBrowser(env: Record<string, string | undefined> = process.env, exists: (p: string) => boolean = existsSync): string | undefined {
  const configured = env.CHROME_PATH?.trim();
  if (configured) return exists(configured) ? configured : undefined;
  return exists(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined;
}
