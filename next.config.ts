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
};

export default nextConfig;
