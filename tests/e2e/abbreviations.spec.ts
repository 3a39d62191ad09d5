/**
 * Wherever a credential or abbreviation appears on the site it is an <abbr>
 * with its expansion, linked to its glossary entry the first time on a page.
 */
import { expect, test } from '@playwright/test';
import { frontMatterOf, people, shownCredentialsOf } from './content';
import { builtPages } from './pages';

const glossary = frontMatterOf('glossary')
  .filter(({ data }) => typeof data.abbreviation === 'string')
  .map(({ slug, data }) => ({ slug, abbreviation: String(data.abbreviation), term: String(data.term) }));

test('the glossary defines every credential the team holds, in the form pages show', () => {
  expect(glossary.map((g) => g.abbreviation)).toEqual(expect.arrayContaining(people.flatMap((p) => shownCredentialsOf(p.slug).map((c) => c.abbreviation))));
});

for (const path of builtPages()) {
  test(`abbreviations on ${path} are marked up and linked once`, async ({ page }) => {
    await page.goto(path);
    const found = await page.evaluate((entries) => {
      const alternatives = entries
        .map((e) => e.abbreviation.replace(/[-.*+?^${}()|[\]\\]/g, '\\$&'))
        .sort((a, b) => b.length - a.length)
        .join('|');
      const pattern = new RegExp(`(?<![\\w-])(${alternatives})(?![\\w-]|-\\w)`, 'g');
      const plain: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || parent.closest('abbr, script, style, code, [hidden]')) continue;
        for (const match of (node.textContent ?? '').matchAll(pattern)) plain.push(`${match[0]} in “${(node.textContent ?? '').trim().slice(0, 80)}”`);
      }
      const abbrs = [...document.querySelectorAll('body abbr')].map((el) => ({
        text: el.textContent ?? '',
        title: el.getAttribute('title') ?? '',
        link: el.closest('a')?.getAttribute('href') ?? null,
      }));
      return { plain, abbrs };
    }, glossary);

    expect(found.plain).toEqual([]);
    for (const entry of glossary) {
      const uses = found.abbrs.filter((a) => a.text === entry.abbreviation);
      if (uses.length === 0) continue;
      for (const use of uses) expect(use.title, `${entry.abbreviation} on ${path}`).toBe(entry.term);
      if (path === '/glossary/') continue; // the entries themselves
      expect(uses[0]!.link, `first ${entry.abbreviation} on ${path}`).toBe(`/glossary/#${entry.slug}`);
      expect(
        uses.filter((u) => u.link !== null),
        `${entry.abbreviation} on ${path} is linked only once`,
      ).toHaveLength(1);
    }
  });
}
