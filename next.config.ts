// Static export: the archive is plain files that any static host can serve.
import os from 'node:os';
import type { NextConfig } from 'next';
import { siteConfig } from './lib/site/config';

const nextConfig: NextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  ...(siteConfig.basePath ? { basePath: siteConfig.basePath } : {}),
  poweredByHeader: false,
  // Next renders static pages in cpus-1 workers by default: one worker on a 2-core machine, with
  // the main process idle while pages render. Use every core.
  experimental: { cpus: Math.max(1, os.availableParallelism()) },
};

export default nextConfig;
