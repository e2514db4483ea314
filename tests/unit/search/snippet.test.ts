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
