// Planning a term's grams: which of its bigrams a ≥3-character term needs to fetch and join, given
// what the doc-level shards say about each (whole or pieced, how many documents).
import type { GramEntry } from './index-files';

/**
 * The entries of the bigrams a ≥3-character term needs: a cheapest set of offsets that covers
 * every character (offset i covers characters i and i + 1, so consecutive chosen offsets are at
 * most 2 apart, starting at 0 and ending at length − 2). Cost: a pieced gram costs more than any
 * whole one (more pieces, more), a whole gram its number of documents. The first entry is offset 0's.
 */
export function chooseCoveringGrams(term: string, entries: readonly GramEntry[]): GramEntry[] {
  const byGram = new Map(entries.map((entry) => [entry.gram, entry]));
  const last = term.length - 2;
  const costOf = (offset: number) => {
    const entry = byGram.get(term.slice(offset, offset + 2)) as GramEntry;
    return entry.whole === null ? ((entry.pieceStarts?.length ?? 0) + 1) * 1e7 : entry.whole.docs.length;
  };
  const best = new Float64Array(last + 1);
  const from = new Int32Array(last + 1).fill(-1);
  for (let offset = 0; offset <= last; offset += 1) {
    let previous = 0;
    if (offset > 0) {
      from[offset] = offset - 1;
      previous = best[offset - 1] as number;
      if (offset > 1 && (best[offset - 2] as number) < previous) {
        from[offset] = offset - 2;
        previous = best[offset - 2] as number;
      }
    }
    best[offset] = previous + costOf(offset);
  }
  const chosen = new Set<string>();
  for (let offset = last; offset >= 0; offset = from[offset] as number)
    chosen.add(term.slice(offset, offset + 2));
  return entries.filter((entry) => chosen.has(entry.gram));
}
