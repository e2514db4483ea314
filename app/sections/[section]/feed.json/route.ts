// One section's newest articles as JSON Feed 1.1, emitted as a static file per section.
// example: /sections/commentary/feed.json
import { getArchive } from '@/lib/site/data';
import { plannedParams } from '@/lib/build/render-plan';
import { paths } from '@/lib/site/urls';
import { feedResponse, sectionFeedSource } from '@/lib/site/feed';

export const dynamic = 'force-static';
export const dynamicParams = false;

/** One feed per section. */
export function generateStaticParams() {
  const params = getArchive().sections.map((section) => ({ section: section.slug }));
  return plannedParams(params, ({ section }) => paths.sectionJsonFeed(section));
}

/** GET /sections/<slug>/feed.json */
export async function GET(_request: Request, { params }: { params: Promise<{ section: string }> }) {
  const { section: slug } = await params;
  const section = getArchive().sectionBySlug.get(slug);
  if (!section) return new Response('not found', { status: 404 });
  return feedResponse('json', sectionFeedSource(section));
}
