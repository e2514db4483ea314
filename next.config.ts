// Static export: the archive is plain files that any static host can serve.
import type { NextConfig } from 'next';
import { siteConfig } from './lib/site/config';

const nextConfig: NextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  ...(siteConfig.basePath ? { basePath: siteConfig.basePath } : {}),
  poweredByHeader: false,
};

export default nextConfig;
