/**
 * The content step that `npm run build` runs (check, then generate) stops on
 * a broken file before generating anything, naming the file and the field.
 */
import { describe, expect, it } from 'vitest';
import { runWithContent } from '../helpers/runScript';

describe.concurrent('the content step', () => {
  it.each([
    ['unknown-author', 'author'],
    ['duplicate-slug', 'slug'],
    ['missing-title', 'title'],
    ['impossible-date', 'date'],
    ['unknown-citation', 'body'],
    ['unknown-area', 'areas'],
  ])(
    'stops on %s, naming the file and the %s field',
    async (fault, field) => {
      const { code, output } = await runWithContent('scripts/content.ts', `tests/fixtures/content/${fault}`);
      expect(code).toBe(1);
      expect(output).toMatch(new RegExp(`^tests/fixtures/content/${fault}/posts/hello\\.mdx:\\d+: ${field}: `, 'm'));
      expect(output).not.toContain('Generated');
    },
    // Six script runs start at once; on a busy two-core machine each can take most of a minute.
    120_000,
  );
});
