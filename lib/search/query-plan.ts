// Planning a term's grams: which of its trigrams a term longer than a trigram needs to fetch and
// join, given what the doc-level shards say about each (whole or pieced, how many documents).
import type { GramEntry } from './index-files';
import { POSITION_GRAM } from './tokenize';

/**
 * The entries of the trigrams a term of more than POSITION_GRAM characters needs: a cheapest set
 * of offsets that covers every character (offset i covers characters i … i + 2, so consecutive
 * chosen offsets are at most 3 apart, starting at 0 and ending at length − 3). Cost: a pieced gram
 * costs more than any whole one (more pieces, more), a whole gram its number of documents. The
 * first entry is offset 0's. `entries` are the term's distinct trigrams' entries (any order).
 */
export function chooseCoveringGrams(term: string, entries: readonly GramEntry[]): GramEntry[] {
  const byGram = new Map(entries.map((entry) => [entry.gram, entry]));
  const last = term.length - POSITION_GRAM;
  const gramAt = (offset: number) => term.slice(offset, offset + POSITION_GRAM);
  const costOf = (offset: number) => {
    const entry = byGram.get(gramAt(offset)) as GramEntry;
    return entry.whole === null ? ((entry.pieceStarts?.length ?? 0) + 1) * 1e7 : entry.whole.docs.length;
  };
  const best = new Float64Array(last + 1);
  const from = new Int32Array(last + 1).fill(-1);
  for (let offset = 0; offset <= last; offset += 1) {
    let previous = 0;
    if (offset > 0) {
      previous = Infinity;
      for (let step = 1; step <= POSITION_GRAM && offset - step >= 0; step += 1) {
        if ((best[offset - step] as number) < previous) {
          previous = best[offset - step] as number;
          from[offset] = offset - step;
        }
      }
    }
    best[offset] = previous + costOf(offset);
  }
  const chosen = new Set<string>();
  for (let offset = last; offset >= 0; offset = from[offset] as number) chosen.add(gramAt(offset));
  // Offset 0's entry first: the join walks its positions.
  const first = gramAt(0);
  return entries
    .filter((entry) => chosen.has(entry.gram))
    .sort((a, b) => (a.gram === first ? -1 : b.gram === first ? 1 : 0));
}
