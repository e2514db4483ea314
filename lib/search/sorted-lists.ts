// Ascending integer lists (document numbers, posting indexes): binary search, intersection and
// range tests, shared by the index reader, matching and ranking.

/** The first index from `from` whose value is ≥ `value` (the list's length when none is). */
export function lowerBound(sorted: ArrayLike<number>, value: number, from = 0): number {
  let lo = from;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The values two ascending lists share (a galloping walk over the longer one). */
export function intersectSorted(a: Int32Array, b: Int32Array): Int32Array {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  const out = new Int32Array(small.length);
  let n = 0;
  let from = 0;
  for (let i = 0; i < small.length; i += 1) {
    const value = small[i] as number;
    from = lowerBound(large, value, from);
    if (from === large.length) break;
    if (large[from] === value) out[n++] = value;
  }
  return out.subarray(0, n);
}

/** True when the ascending list has a value in low … high. */
export function rangeHolds(sorted: Int32Array, low: number, high: number): boolean {
  const at = lowerBound(sorted, low);
  return at < sorted.length && (sorted[at] as number) <= high;
}
