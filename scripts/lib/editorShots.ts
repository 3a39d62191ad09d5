/**
 * The editor's screens for `npm run shots`: the collection list, a new
 * article's form and the practice profile form, at each width, in the
 * editor's local mode on a private copy of content/ (scripts/lib/editorSession.ts).
 */
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { formField, openLocalEditor } from './editorSession';

export async function editorShots(browser: Browser, base: string, dir: string, widths: readonly number[]): Promise<number> {
  let count = 0;
  for (const width of widths) {
    const context = await browser.newContext({ baseURL: base, viewport: { width, height: width < 600 ? 812 : 800 } });
    const page = await context.newPage();
    const shot = async (name: string) => {
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: path.join(dir, `editor-${name}-${width}.png`) });
      count++;
    };
    await openLocalEditor(page);
    await shot('collections');
    const tree = page.getByRole('tree', { name: 'Collection List' });
    // On a phone the collection list is the first screen; a collection opens from it.
    await tree.getByRole('treeitem', { name: 'Articles', exact: true }).click();
    await page.getByRole('button', { name: 'New' }).click();
    await page.getByRole('textbox', { name: 'Title', exact: true }).waitFor();
    await shot('new-article');
    await page.mouse.move(width / 2, 400);
    await formField(page, 'body');
    await shot('new-article-text');
    await page.goto('/admin/#/collections/practice/entries/profile');
    await page.locator('section.field[data-key-path="site"]').waitFor();
    await shot('practice-profile');
    await context.close();
  }
  return count;
}
