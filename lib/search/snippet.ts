// Builds the excerpt shown under a search result: a window of source text around the first match
// with match ranges relative to the window. React renders <mark> from the ranges, never HTML.
import { mergeRanges, type Range } from './verify';

/** An excerpt of source text with highlighted ranges (relative to `text`). */
export interface Snippet {
  text: string;
  ranges: Range[];
  /** True when text was cut at the start (show "…"). */
  cutStart: boolean;
  /** True when text was cut at the end (show "…"). */
  cutEnd: boolean;
}

/** Default length of an excerpt in UTF-16 units (about two lines of Chinese on a phone). */
export const SNIPPET_LENGTH = 96;

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Cuts about `length` characters of `source` around the first range (a quarter of the window
 * before it), never splitting a surrogate pair or a later range: a match the window's end would
 * cut is left out whole (a marked 丽 before "…" reads as a match that is not there), and the
 * window grows instead only when the cut range is the first. Keeps the ranges inside.
 */
export function makeSnippet(source: string, ranges: readonly Range[], length = SNIPPET_LENGTH): Snippet {
  const sorted = mergeRanges(ranges);
  const first = sorted[0];
  let start = first ? Math.max(0, first[0] - Math.floor(length / 4)) : 0;
  let end = Math.min(source.length, start + length);
  if (end - start < length) start = Math.max(0, end - length);
  if (start > 0 && isLowSurrogate(source.charCodeAt(start))) start -= 1;
  if (end < source.length && isLowSurrogate(source.charCodeAt(end))) end += 1;
  // The window starts at or before the first range, so only its end can cut one.
  const cut = sorted.find(([from, to]) => from < end && end < to);
  if (cut) end = cut === first ? cut[1] : cut[0];
  const kept: Range[] = [];
  for (const [from, to] of sorted) {
    const clippedFrom = Math.max(from, start);
    const clippedTo = Math.min(to, end);
    if (clippedFrom < clippedTo) kept.push([clippedFrom - start, clippedTo - start]);
  }
  return { text: source.slice(start, end), ranges: kept, cutStart: start > 0, cutEnd: end < source.length };
}

/** Splits text into plain and marked parts for rendering: `[{text, marked}]`, in order. */
export function splitByRanges(text: string, ranges: readonly Range[]): { text: string; marked: boolean }[] {
  const parts: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const [start, end] of mergeRanges(ranges)) {
    const from = Math.max(start, at);
    const to = Math.min(end, text.length);
    if (from >= to) continue;
    if (from > at) parts.push({ text: text.slice(at, from), marked: false });
    parts.push({ text: text.slice(from, to), marked: true });
    at = to;
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false });
  return parts;
}
