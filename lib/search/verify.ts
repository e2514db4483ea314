// Term occurrences in normalised text: where each term stands in a document's text, as the ranges
// results mark. The engine decides matches from its index keys and trigram positions (match.ts);
// containsAllTerms states the same rule on plain text.

/** Start offsets of every occurrence of `needle` in `haystack`, overlapping ones included. */
export function findOccurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (needle.length === 0) return found;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/** True when every term is a substring of at least one of the texts (a match never spans texts). */
export function containsAllTerms(texts: readonly string[], terms: readonly string[]): boolean {
  return terms.every((term) => texts.some((text) => text.includes(term)));
}

/** A half-open character range `[start, end)`. */
export type Range = readonly [number, number];

/** Normalised-text ranges of every occurrence of every term, sorted and merged where they overlap. */
export function termRanges(normalized: string, terms: readonly string[]): Range[] {
  const ranges: [number, number][] = [];
  for (const term of terms) {
    for (const start of findOccurrences(normalized, term)) ranges.push([start, start + term.length]);
  }
  return mergeRanges(ranges);
}

/** Sorts ranges and merges overlapping or touching ones. */
export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** Maps a normalised-text range back to the source text through normalizeWithMap's position map. */
export function toSourceRange(range: Range, starts: readonly number[], ends: readonly number[]): Range {
  const start = starts[range[0]] ?? 0;
  const end = ends[range[1] - 1] ?? start;
  return [start, end];
}
