// RSS feed of one section (newest first), emitted as a static file per section.
// example: /sections/commentary/feed.xml
import { getArchive } from '@/lib/site/data';
import { buildRssFeed, xmlResponse } from '@/lib/site/feed';
import { paths } from '@/lib/site/urls';
import { siteConfig } from '@/lib/site/config';
import { sectionTypeLabel } from '@/lib/content/archive';

export const dynamic = 'force-static';
export const dynamicParams = false;

/** One feed per section. */
export function generateStaticParams() {
  return getArchive().sections.map((section) => ({ section: section.slug }));
}

/** GET /sections/<slug>/feed.xml */
export async function GET(_request: Request, { params }: { params: Promise<{ section: string }> }) {
  const { section: slug } = await params;
  const section = getArchive().sectionBySlug.get(slug);
  if (!section) return new Response('not found', { status: 404 });
  return xmlResponse(
    buildRssFeed({
      title: `${siteConfig.paperName} · ${section.name}`,
      pagePath: paths.section(section.slug),
      feedPath: paths.sectionFeed(section.slug),
      description: `${siteConfig.siteName}：${sectionTypeLabel(section.type)}“${section.name}”的文章`,
      articles: section.articles,
    }),
    'application/rss+xml',
  );
}
