// The newest articles as Atom (RFC 4287), emitted as a static file by the export.
import { getArchive } from '@/lib/site/data';
import { feedResponse, latestFeedSource } from '@/lib/site/feed';

export const dynamic = 'force-static';

/** GET /atom.xml */
export function GET() {
  const newestFirst = [...getArchive().articleById.values()].reverse();
  return feedResponse('atom', latestFeedSource(newestFirst));
}
