/**
 * Readable measure: on every built page, at a laptop's width and a phone's,
 * no rendered line of body text holds more than 75 characters (headings and
 * tables may be wider). Counted from the rendered lines, not a CSS value.
 */
import { expect, test } from '@playwright/test';
import { longestLine } from './lineLength';
import { builtPages } from './pages';

const MAX = 75;

for (const path of [...builtPages(), '/404.html']) {
  for (const width of [1280, 375]) {
    test(`${path} at ${width} px: body lines of at most ${MAX} characters`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(path);
      await page.evaluate(() => document.fonts.ready);
      const longest = await longestLine(page);
      console.log(`measure ${path} ${width}: ${longest.chars}`);
      expect(longest.chars, `longest line: “${longest.text}”`).toBeLessThanOrEqual(MAX);
      expect(longest.chars, 'the page has body text to measure').toBeGreaterThan(0);
    });
  }
}
