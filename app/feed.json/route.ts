// The newest articles as JSON Feed 1.1, emitted as a static file by the export.
import { getArchive } from '@/lib/site/data';
import { feedResponse, latestFeedSource } from '@/lib/site/feed';

export const dynamic = 'force-static';

/** GET /feed.json */
export function GET() {
  const newestFirst = [...getArchive().articleById.values()].reverse();
  return feedResponse('json', latestFeedSource(newestFirst));
}
