// score.py's `average` and the page kind used by --by-kind.
import { describe, expect, it } from 'vitest';
import type { PageScore } from '@/lib/eval/score-page';
import { averageScores, pageKindOf } from '@/lib/eval/summary';

function row(figures: Partial<PageScore>): PageScore {
  return {
    goldArticles: 1,
    predictedArticles: 1,
    exactArticles: 1,
    boundaryF1: 1,
    titleAcc: 1,
    headlineAcc: 1,
    authorAcc: null,
    continuationAcc: 1,
    paragraphAcc: 1,
    charsLost: 0,
    ...figures,
  };
}

describe('averageScores', () => {
  it('averages each metric over the pages where it is not null, rounded to 4 places, and sums chars_lost', () => {
    const average = averageScores([
      row({ boundaryF1: 0.4, titleAcc: 0.6667, authorAcc: 0.5, charsLost: 3 }),
      row({ boundaryF1: 1, titleAcc: 0.3333, charsLost: 4 }),
      row({ boundaryF1: null, titleAcc: null }),
    ]);
    expect(average).toEqual({
      boundaryF1: 0.7,
      titleAcc: 0.5,
      headlineAcc: 1,
      paragraphAcc: 1,
      continuationAcc: 1,
      authorAcc: 0.5, // one page labels authors
      pages: 3,
      charsLost: 7,
    });
  });

  it('rounds a mean that falls on an exact tie to the even digit, as Python does', () => {
    // (0.0625 + 0) / 2 = 0.03125 exactly: Python prints 0.0312.
    expect(averageScores([row({ boundaryF1: 0.0625 }), row({ boundaryF1: 0 })]).boundaryF1).toBe(0.0312);
  });

  it('gives null metrics and zero pages for no rows', () => {
    expect(averageScores([])).toMatchObject({ boundaryF1: null, pages: 0, charsLost: 0 });
  });
});

describe('pageKindOf', () => {
  it.each([
    ['评论 opinion', '评论'],
    ['要闻/综合 news', '要闻'],
    ['  体育', '体育'],
    [null, '?'],
    ['', '?'],
    ['   ', '?'], // score.py would fail here
  ])('%j → %s', (pageKind, expected) => {
    expect(pageKindOf(pageKind)).toBe(expected);
  });
});
