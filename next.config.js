// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Several builds (tests, benchmarks) may run side by side; each gets its own output folder.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
};

module.exports = nextConfig;
