// One section's newest articles as JSON Feed 1.1, emitted as a static file per section.
// example: /sections/commentary/feed.json
import { getArchive } from '@/lib/site/data';
import { feedResponse, sectionFeedSource } from '@/lib/site/feed';

export const dynamic = 'force-static';
export const dynamicParams = false;

/** One feed per section. */
export function generateStaticParams() {
  return getArchive().sections.map((section) => ({ section: section.slug }));
}

/** GET /sections/<slug>/feed.json */
export async function GET(_request: Request, { params }: { params: Promise<{ section: string }> }) {
  const { section: slug } = await params;
  const section = getArchive().sectionBySlug.get(slug);
  if (!section) return new Response('not found', { status: 404 });
  return feedResponse('json', sectionFeedSource(section));
}
