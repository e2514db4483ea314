import { describe, expect, it } from 'vitest';
import { normalizeWithMap } from '@/lib/search/normalize';
import {
  containsAllTerms,
  findOccurrences,
  mergeRanges,
  termRanges,
  toSourceRange,
} from '@/lib/search/verify';

describe('verify', () => {
  it('finds 丽水 but not characters apart or reversed', () => {
    expect(containsAllTerms(['美丽的水乡'], ['丽水'])).toBe(false);
    expect(containsAllTerms(['水丽'], ['丽水'])).toBe(false);
    expect(containsAllTerms(['丽水日报'], ['丽水'])).toBe(true);
  });

  it('needs every term, each inside one field', () => {
    expect(containsAllTerms(['丽水', '日报'], ['丽水', '日报'])).toBe(true);
    expect(containsAllTerms(['丽水', '日报'], ['水日'])).toBe(false);
  });

  it('counts overlapping occurrences', () => {
    expect(findOccurrences('哈哈哈', '哈哈')).toEqual([0, 1]);
  });

  it('merges overlapping ranges', () => {
    expect(
      mergeRanges([
        [4, 6],
        [0, 2],
        [1, 3],
      ]),
    ).toEqual([
      [0, 3],
      [4, 6],
    ]);
  });

  it('maps a match in normalised text back to the source for highlighting', () => {
    const source = '本報訊（記者 ＧＤＰ）麗水';
    const normalized = normalizeWithMap(source);
    const [range] = termRanges(normalized.text, ['丽水']);
    expect(range).toBeDefined();
    const [start, end] = toSourceRange(range!, normalized.starts, normalized.ends);
    expect(source.slice(start, end)).toBe('麗水');
  });
});
