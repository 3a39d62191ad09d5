import { availableParallelism } from 'node:os';
import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Every page is rendered to static HTML; `trailingSlash` writes each as
  // <path>/index.html so any static host serves it without rewrites.
  output: 'export',
  trailingSlash: true,
  // Builds can go to a staging folder (see scripts/build.ts) so that a failed
  // build never replaces the last good site.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
  // Types are checked by `npm run typecheck` (part of `npm test`), not again
  // on every build: content changes cannot break them, and the check cost a
  // third of a small build.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // Next uses one core fewer than the machine has for static generation;
    // rendering pages is all that runs then, so use them all.
    cpus: availableParallelism(),
    // Each worker renders its share of pages in one batch, keeping the
    // content index it built (lib/content) for all of them.
    staticGenerationMinPagesPerWorker: 50,
  },
};

export default nextConfig;
