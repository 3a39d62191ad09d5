import { describe, expect, it } from 'vitest';
import { documentRoutes, generatedFiles, reservedTopLevelSegments, routes, sectionNames, sections } from '@/lib/routes';
import { documentTypeNames } from '@/lib/content/schema';
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
});
