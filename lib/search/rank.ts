// Ranking: orders a query's matches (relevance: more head-field terms, more occurrences, newer;
// or by date) and cuts out one page.
import type { Matches } from './match';
import { lowerBound } from './sorted-lists';

// Packed sort keys (below 2^53): head-field terms, occurrences (capped), document number.
const MAX_HEADS = 15;
const COUNT_SCALE = 2 ** 21;
const DOC_SCALE = 2 ** 24;

/** How results are ordered: `relevance` (title hits, then occurrences, then newest) or `date` (newest first). */
export type SearchSort = 'relevance' | 'date';

/** One ranked match on the page: its document number and occurrence count. */
export interface RankedMatch {
  doc: number;
  count: number;
}

/** The matches on 1-based `page` of `pageSize`, in rank order. */
export function rankMatches(
  matches: Matches,
  sort: SearchSort | undefined,
  page: number,
  pageSize: number,
): RankedMatch[] {
  const { docs, heads, counts, total } = matches;
  // One packed number per match sorts natively: relevance is (more head-field terms, more
  // occurrences, newer = smaller document number); `date` is the document number alone.
  const keys = new Float64Array(total);
  for (let i = 0; i < total; i += 1) {
    const doc = docs[i] as number;
    keys[i] =
      sort === 'date'
        ? doc
        : ((MAX_HEADS - Math.min(heads[i] as number, MAX_HEADS)) * COUNT_SCALE +
            (COUNT_SCALE - 1 - Math.min(counts[i] as number, COUNT_SCALE - 1))) *
            DOC_SCALE +
          doc;
  }
  keys.sort();
  return Array.from(keys.subarray((page - 1) * pageSize, page * pageSize), (key) => {
    const doc = key % DOC_SCALE;
    return { doc, count: counts[lowerBound(docs.subarray(0, total), doc)] as number };
  });
}
