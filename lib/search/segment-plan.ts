// Which segments the search index has: the documents (newest first) cut at days computed from the
// content alone — by default the first day of the newest month present — so that a build from
// scratch and a daily build pick the same cut, and each segment is named by a hash of what it
// holds. build-index.ts reuses a segment whose name is already on disk.
import { createHash } from 'node:crypto';
import { libFingerprint } from '../build/lib-fingerprint';
import { dateToDayRange, dayNumber, INDEX_FORMAT_VERSION } from './format';
import type { IndexEntry } from './index-entries';
import type { SegmentLayout } from './write-segment';

/**
 * The default cut: the first day (`YYYY-MM-DD`) of the month of the newest document's first day,
 * or none when there are no documents. Documents from that day on form the recent segment (a
 * month at most: rebuilt every day), the older ones the main segment (rebuilt when the month
 * rolls over, or when an old document changes).
 */
export function defaultSegmentStarts(sorted: readonly IndexEntry[]): string[] {
  const newest = sorted[0];
  if (!newest) return [];
  const [start] = dateToDayRange(newest.date);
  return [`${new Date(start * 86_400_000).toISOString().slice(0, 7)}-01`];
}

/**
 * Cuts documents sorted newest first into segments, newest first: a segment begins at each day of
 * `starts` (`YYYY-MM-DD`, any order), and a document belongs to the newest segment whose start is
 * on or before its first day (an interval date counts by its first day, as the order does). Empty
 * segments are dropped, so one segment results when every document falls on one side of the cuts.
 */
export function splitIntoSegments(sorted: readonly IndexEntry[], starts: readonly string[]): IndexEntry[][] {
  const cuts = [...new Set(starts.map(dayNumber))].sort((a, b) => b - a);
  const segments: IndexEntry[][] = [];
  let current: IndexEntry[] = [];
  let cut = 0;
  for (const entry of sorted) {
    const [start] = dateToDayRange(entry.date);
    // Move to the segment that holds this day (older segments come later in the list).
    while (cut < cuts.length && start < (cuts[cut] as number)) {
      if (current.length > 0) segments.push(current);
      current = [];
      cut += 1;
    }
    current.push(entry);
  }
  if (current.length > 0) segments.push(current);
  return segments;
}

/**
 * A segment's buildId: 12 hex digits of the SHA-256 of the format version, the layout, the code
 * (lib/build/lib-fingerprint.ts) and what every document is made from (the whole article, or a
 * fragment's document: `IndexEntry.source`), so any change to an article, even one the index does
 * not show, renames its segment. Equal ids mean equal files, which is what lets a build keep a
 * segment it finds on disk.
 */
export function segmentBuildId(entries: readonly IndexEntry[], layout: SegmentLayout): string {
  const { docsPerChunk, docShardBytes, posShardBytes, partBytes, docPartBytes } = layout;
  const hash = createHash('sha256').update(
    `lishui-search ${INDEX_FORMAT_VERSION} segment ${JSON.stringify([docsPerChunk, docShardBytes, posShardBytes, partBytes, docPartBytes])}\n`,
  );
  // The code that writes the files: a changed writer must not keep a segment the old one wrote.
  hash.update(`code ${libFingerprint()}\n`);
  for (const entry of entries) hash.update(`${JSON.stringify(entry.source)}\n`);
  return hash.digest('hex').slice(0, 12);
}

/** The manifest's buildId: a hash of its segments' ids, in order (names the whole-index files). */
export function indexBuildId(segmentIds: readonly string[]): string {
  return createHash('sha256')
    .update(`lishui-search ${INDEX_FORMAT_VERSION} index\n${segmentIds.join('\n')}\n`)
    .digest('hex')
    .slice(0, 12);
}
