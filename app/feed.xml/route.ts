// RSS feed of the newest articles, emitted as a static file by the export.
import { getArchive } from '@/lib/site/data';
import { latestFeed, xmlResponse } from '@/lib/site/feed';

export const dynamic = 'force-static';

/** GET /feed.xml */
export function GET() {
  const newestFirst = [...getArchive().articleById.values()].reverse();
  return xmlResponse(latestFeed(newestFirst), 'application/rss+xml');
}
