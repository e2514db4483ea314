import { describe, expect, it } from 'vitest';
import { addDays, indexToSlot, WEEK_PATTERN } from '@/lib/generator/calendar';

describe('indexToSlot', () => {
  it.each([
    // [page index, issue, page, pages in that issue]
    [0, 0, 1, 8], // first page of the first (weekday) issue
    [7, 0, 8, 8], // its last page
    [8, 1, 1, 8], // the next day's front page
    [40, 5, 1, 4], // the sixth issue of a week is a four-page weekend issue
    [47, 6, 4, 4], // the last page of the week
    [48, 7, 1, 8], // the second week starts again with eight pages
  ])('puts page index %i in issue %i as page %i of %i', (index, issueIndex, page, pageCount) => {
    expect(indexToSlot(index)).toEqual({ issueIndex, page, pageCount });
  });

  it('numbers every issue contiguously with pages 1..n and no gaps', () => {
    const perWeek = WEEK_PATTERN.reduce((s, n) => s + n, 0);
    let expected = { issueIndex: 0, page: 1 };
    for (let i = 0; i < perWeek * 3; i++) {
      const slot = indexToSlot(i);
      expect({ issueIndex: slot.issueIndex, page: slot.page }).toEqual(expected);
      expected =
        slot.page === slot.pageCount
          ? { issueIndex: slot.issueIndex + 1, page: 1 }
          : { issueIndex: slot.issueIndex, page: slot.page + 1 };
    }
  });

  it('rejects a negative or fractional index', () => {
    expect(() => indexToSlot(-1)).toThrow(RangeError);
    expect(() => indexToSlot(1.5)).toThrow(RangeError);
  });
});

describe('addDays', () => {
  it.each([
    ['2021-12-31', 1, '2022-01-01'], // year boundary
    ['2020-02-28', 1, '2020-02-29'], // leap day
    ['2021-02-28', 1, '2021-03-01'], // no leap day
    ['2022-03-06', 6, '2022-03-12'], // the seed's inferred range
  ])('adds days on the calendar: %s + %i = %s', (from, days, to) => {
    expect(addDays(from, days)).toBe(to);
  });
});
