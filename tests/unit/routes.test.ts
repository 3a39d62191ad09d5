import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentRoutes, fixedPageSlugs, generatedFiles, reservedTopLevelSegments, routes, sectionNames, sections } from '@/lib/routes';
import { documentTypeNames, documentTypes } from '@/lib/content/schema';
import { socialImagePath } from '@/lib/seo/socialImage';

describe('lib/routes', () => {
  it('publishes every document type somewhere, inside its section', () => {
    expect(Object.keys(documentRoutes).sort()).toEqual([...documentTypeNames].sort());
    expect(documentRoutes.Post('hello')).toBe(routes.article('hello'));
    expect(documentRoutes.Level('x')).toBe(`${sections.levels.path}#x`);
    expect(documentRoutes.Section('faq')).toBe(routes.faq);
  });

  it('reserves every section and every top-level folder the build writes', () => {
    for (const name of sectionNames) expect(reservedTopLevelSegments).toContain(name);
    const socialImagesFolder = socialImagePath('/blog/x/').split('/')[1]!;
    for (const folder of ['_next', 'pagefind', socialImagesFolder, '404']) expect(reservedTopLevelSegments).toContain(folder);
    for (const file of generatedFiles) expect(reservedTopLevelSegments).toContain(file.slice(1));
  });

  it('links its fixed pages to files that exist in content/pages/, each at its file name', () => {
    for (const slug of fixedPageSlugs) {
      expect(existsSync(`content/${documentTypes.Page.folder}/${slug}.mdx`), slug).toBe(true);
      expect(Object.values(routes)).toContain(routes.page(slug));
    }
  });
});
