import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mdxComponentNames, mdxComponentUsages } from '@/lib/components/catalogue';
import { componentDocs, withComponentDocs } from '@/lib/content/componentDocs';

describe('the components section of docs/publishing.md', () => {
  it('is the one generated from the components’ declarations (run npm run docs:components after changing one)', () => {
    const guide = readFileSync('docs/publishing.md', 'utf8');
    expect(withComponentDocs(guide)).toBe(guide);
  });

  it('lists every component and every attribute it accepts', () => {
    const docs = componentDocs();
    for (const name of mdxComponentNames) {
      expect(docs).toContain(`### ${name}\n`);
      for (const attribute of Object.keys(mdxComponentUsages[name].props.shape)) expect(docs).toContain(`| \`${attribute}\` |`);
    }
  });
});
