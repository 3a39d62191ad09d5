/** Tests that run whole builds (slow, so apart from the unit tests): `npm run test:build`. */
import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: { include: ['tests/build/**/*.test.ts'], environment: 'node', testTimeout: 240_000, hookTimeout: 300_000, fileParallelism: false },
});
