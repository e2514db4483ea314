// Planning a term's grams: which of its trigrams a term longer than a trigram fetches and joins.
import { POSITION_GRAM } from './tokenize';

/**
 * The trigrams a term of POSITION_GRAM or more characters is matched by: those at offsets 0, 3,
 * 6, … and length − 3, the fewest that cover every character (经济发展规划 → 经济发, 展规划). The
 * term stands at p exactly when each of them stands at p + its offset. The set is fixed by the
 * term's length, so the first round trip fetches just these trigrams' doc shards and position
 * shards together (asking every trigram's shard first, to pick the rarest, cost a doc shard per
 * trigram for a choice that trigrams, unlike bigrams, rarely need). Offset 0's trigram comes first;
 * a trigram that repeats at two chosen offsets is listed once.
 */
export function coveringGrams(term: string): string[] {
  const last = term.length - POSITION_GRAM;
  if (last < 0) return [];
  const grams: string[] = [];
  const add = (offset: number) => {
    const gram = term.slice(offset, offset + POSITION_GRAM);
    if (!grams.includes(gram)) grams.push(gram);
  };
  for (let offset = 0; offset < last; offset += POSITION_GRAM) add(offset);
  add(last);
  return grams;
}
