// The site's data source at build time: validated content from lib/content/load.ts, indexed
// once per process by lib/content/archive.ts. Node only (reads files): Server Components and scripts.
import { loadArticles, loadFragmentPages, loadRedirects } from '../content/load';
import { buildArchive, type Archive } from '../content/archive';
import type { RedirectMap } from '../content/schema';

let archive: Archive | undefined;

/** The archive index of `content/` (or CONTENT_DIR), built on first use and memoised. */
export function getArchive(): Archive {
  archive ??= buildArchive(loadArticles(), loadFragmentPages());
  return archive;
}

/** The redirect map (old id → current id), keeping only targets that exist in the archive. */
export function getRedirects(): RedirectMap {
  const { articleById } = getArchive();
  return Object.fromEntries(
    Object.entries(loadRedirects()).filter(
      ([from, to]) => from !== to && articleById.has(to) && !articleById.has(from),
    ),
  );
}
