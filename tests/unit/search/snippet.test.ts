import { describe, expect, it } from 'vitest';
import { makeSnippet, splitByRanges } from '@/lib/search/snippet';

describe('makeSnippet', () => {
  it('keeps a short text whole with its ranges', () => {
    expect(makeSnippet('丽水日报', [[0, 2]])).toEqual({
      text: '丽水日报',
      ranges: [[0, 2]],
      cutStart: false,
      cutEnd: false,
    });
  });

  it('cuts a window around the first match and shifts the ranges', () => {
    const text = '甲'.repeat(100) + '丽水' + '乙'.repeat(100);
    const snippet = makeSnippet(text, [[100, 102]], 20);
    expect(snippet.text.length).toBe(20);
    expect(snippet.cutStart).toBe(true);
    expect(snippet.cutEnd).toBe(true);
    const [range] = snippet.ranges;
    expect(snippet.text.slice(range![0], range![1])).toBe('丽水');
  });

  it('leaves out a later match that the window would cut, rather than mark half of it', () => {
    const text = '甲'.repeat(10) + '丽水' + '乙'.repeat(12) + '丽水' + '丙'.repeat(30);
    // A window of 20 from 5 would end at 25, between the second 丽 and 水.
    const snippet = makeSnippet(
      text,
      [
        [10, 12],
        [24, 26],
      ],
      20,
    );
    expect(snippet.text).toBe('甲'.repeat(5) + '丽水' + '乙'.repeat(12));
    expect(snippet.ranges).toEqual([[5, 7]]);
    expect(snippet.cutEnd).toBe(true);
  });

  it('grows the window to keep the first match whole when it is longer than the window', () => {
    const text = '甲'.repeat(10) + '丽水日报数字档案' + '乙'.repeat(10);
    const snippet = makeSnippet(text, [[10, 18]], 8);
    expect(snippet.text).toBe('甲'.repeat(2) + '丽水日报数字档案');
    expect(snippet.ranges).toEqual([[2, 10]]);
  });

  it('never splits a surrogate pair at the window edge', () => {
    const text = '𠀀'.repeat(30);
    const snippet = makeSnippet(text, [[20, 22]], 9);
    expect(Array.from(snippet.text).every((char) => char === '𠀀')).toBe(true);
  });
});

describe('splitByRanges', () => {
  it('splits text into plain and marked parts (rendered by React, never as HTML)', () => {
    expect(splitByRanges('<b>丽水</b>', [[3, 5]])).toEqual([
      { text: '<b>', marked: false },
      { text: '丽水', marked: true },
      { text: '</b>', marked: false },
    ]);
  });
});
