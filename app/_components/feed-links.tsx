// Visible links to one feed in its three formats (RSS 2.0, Atom, JSON Feed 1.1): in the footer for
// the whole archive, on a section's listing pages for that section.
import { FEED_FORMAT_NAMES, FEED_FORMATS, FEED_MEDIA_TYPES, type FeedFormat } from '@/lib/site/feed';
import { withBasePath } from '@/lib/site/urls';

/** `订阅：RSS · Atom · JSON Feed`, each a link to the feed's file (root-relative paths, base path added here). */
export function FeedLinks({
  feedPaths,
  label = '订阅',
}: {
  feedPaths: Record<FeedFormat, string>;
  label?: string;
}) {
  return (
    <span className="feed-links">
      {label}：
      {FEED_FORMATS.map((format, index) => (
        <span key={format}>
          {index > 0 ? ' · ' : null}
          <a href={withBasePath(feedPaths[format])} type={FEED_MEDIA_TYPES[format]}>
            {FEED_FORMAT_NAMES[format]}
          </a>
        </span>
      ))}
    </span>
  );
}
