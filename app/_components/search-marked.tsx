// Renders text with <mark> around [start, end) ranges. Text from content or from a query is only
// ever a React text child, never HTML, so `<img onerror>` in either shows as text.
import type { ReactNode } from 'react';
import { splitByRanges } from '@/lib/search/snippet';
import type { Range } from '@/lib/search/verify';

/** Text with the given ranges wrapped in <mark>. */
export function SearchMarked({ text, ranges }: { text: string; ranges: readonly Range[] }): ReactNode {
  return splitByRanges(text, ranges).map((part, i) =>
    part.marked ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
  );
}
