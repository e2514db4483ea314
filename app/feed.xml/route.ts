// The newest articles as RSS 2.0, emitted as a static file by the export.
import { getArchive } from '@/lib/site/data';
import { feedResponse, latestFeedSource } from '@/lib/site/feed';

export const dynamic = 'force-static';

/** GET /feed.xml */
export function GET() {
  const newestFirst = [...getArchive().articleById.values()].reverse();
  return feedResponse('rss', latestFeedSource(newestFirst));
}
