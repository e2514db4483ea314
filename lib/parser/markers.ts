// Pass 2 of parsePage: finds continuation markers `(下转第七版)` / `(上接第一版)` and cuts them out
// of the text into units of their own. It runs before any joining because a paragraph must never
// be joined across a jump to another page, and the marker itself is not body text.
import { readNumber } from './chars';

/** Which way a continuation marker points: `on` for 下转 (continued on page n), `from` for 上接. */
export type MarkerDirection = 'on' | 'from';

/** A parsed continuation marker: `(下转第七版)` → `{ direction: 'on', page: 7 }`. */
export interface ContinuationMarker {
  direction: MarkerDirection;
  page: number;
}

// ASCII or full-width brackets, 下转/上接 (or 转第/接第), 第 optional after 下转/上接, digits or
// Chinese numerals, 版. Bounded quantifiers only, so the scan stays linear.
const MARKER =
  /[(（]\s{0,3}(下转|上接|转(?=\s{0,3}第)|接(?=\s{0,3}第))\s{0,3}第?\s{0,3}([0-9０-９〇零一二三四五六七八九十百]{1,4})\s{0,3}(?:版|版面)\s{0,3}[)）]/g;

/** Parses a whole string as one continuation marker, or returns null: `（上接第1版）` → from page 1. */
export function parseContinuationMarker(text: string): ContinuationMarker | null {
  const pieces = splitAtMarkers(text.trim());
  const only = pieces.length === 1 ? pieces[0] : undefined;
  return only && only.marker ? only.marker : null;
}

/** A piece of a line: plain text, or a continuation marker with its printed text. */
export interface LinePiece {
  text: string;
  marker: ContinuationMarker | null;
}

/**
 * Splits a line at continuation markers: `…特色产业。(下转第七版)` → the sentence, then the
 * marker. A line without markers comes back as one plain piece.
 */
export function splitAtMarkers(line: string): LinePiece[] {
  // Every marker names a 版; a line without one needs no regex scan.
  if (!line.includes('版')) return [{ text: line, marker: null }];
  const pieces: LinePiece[] = [];
  let last = 0;
  for (const match of line.matchAll(MARKER)) {
    const index = match.index ?? 0;
    const page = readNumber(match[2] ?? '');
    if (page === null) continue;
    const before = line.slice(last, index).trim();
    if (before !== '') pieces.push({ text: before, marker: null });
    const direction: MarkerDirection = (match[1] ?? '').includes('转') ? 'on' : 'from';
    pieces.push({ text: match[0], marker: { direction, page } });
    last = index + match[0].length;
  }
  const rest = line.slice(last).trim();
  if (rest !== '') pieces.push({ text: rest, marker: null });
  return pieces;
}
