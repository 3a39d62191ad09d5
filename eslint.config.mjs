import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  globalIgnores([
    '.next/**',
    '.contentlayer/**',
    'out/**',
    '.out-staging/**',
    '.test-site*/**',
    '.test-profile/**',
    '.test-choosing/**',
    // What npm run bench:build, shots and the image cache write: generated, never edited.
    '.bench-site/**',
    'shots/**',
    '.cache/**',
    'next-env.d.ts',
    'tests/fixtures/**',
    'test-results/**',
    'playwright-report/**',
  ]),
]);
