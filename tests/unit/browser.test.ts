import { describe, expect, it } from 'vitest';
import { DEBIAN_CHROMIUM, findBrowser } from '@/scripts/lib/browser';

describe('findBrowser', () => {
  const only =
    (...paths: string[]) =>
    (p: string) =>
      paths.includes(p);
  it('prefers CHROME_PATH', () => {
    expect(findBrowser({ CHROME_PATH: '/opt/chrome' }, only('/opt/chrome', DEBIAN_CHROMIUM))).toBe('/opt/chrome');
  });
  it('does not fall back when CHROME_PATH points nowhere', () => {
    expect(findBrowser({ CHROME_PATH: '/opt/none' }, only(DEBIAN_CHROMIUM))).toBeUndefined();
  });
  it('uses Debian’s chromium, or finds nothing', () => {
    expect(findBrowser({}, only(DEBIAN_CHROMIUM))).toBe(DEBIAN_CHROMIUM);
    expect(findBrowser({}, only())).toBeUndefined();
  });
});
