// robots.txt: allow everything and point at the sitemap (written by scripts/postbuild.ts).
import type { MetadataRoute } from 'next';
import { absoluteUrl, paths } from '@/lib/site/urls';

export const dynamic = 'force-static';

/** GET /robots.txt */
export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: '*', allow: '/' }, sitemap: absoluteUrl(paths.sitemap()) };
}
