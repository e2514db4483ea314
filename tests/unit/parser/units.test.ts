import { describe, expect, it } from 'vitest';
import { splitBlocks } from '@/lib/parser/blocks';
import { blocksToUnits } from '@/lib/parser/units';

const unitsOf = (text: string) =>
  blocksToUnits(splitBlocks(text)).map((u) => [u.text, u.start, u.end, u.marker?.page ?? null]);

describe('blocksToUnits', () => {
  it.each([
    // a headline printed over two lines is one unit
    ['迈向现代化生态经济\n发展新型轨道', [['迈向现代化生态经济发展新型轨道', 1, 2, null]]],
    // a paragraph wrapped inside a block is put back together
    ['全部工业增加值占\n地区生产总值的29.9%。', [['全部工业增加值占地区生产总值的29.9%。', 1, 2, null]]],
    // one paragraph per line: a finished sentence ends its unit
    [
      '第一段结束。\n第二段开始。',
      [
        ['第一段结束。', 1, 1, null],
        ['第二段开始。', 2, 2, null],
      ],
    ],
    // a byline line without a blank line before the text stands alone
    [
      '记者 濮小燕\n昨天，全市召开会议。',
      [
        ['记者 濮小燕', 1, 1, null],
        ['昨天，全市召开会议。', 2, 2, null],
      ],
    ],
    // a dateline line starts its own unit even after an unfinished line
    [
      '市政府召开常务会议\n本报讯(记者 叶江)昨日。',
      [
        ['市政府召开常务会议', 1, 1, null],
        ['本报讯(记者 叶江)昨日。', 2, 2, null],
      ],
    ],
    // a marker at the end of a paragraph becomes a unit of its own
    [
      '特色产业。(下转第七版)',
      [
        ['特色产业。', 1, 1, null],
        ['(下转第七版)', 1, 1, 7],
      ],
    ],
    // Latin words broken across lines keep a space
    ['发布了Deep\nLearning框架。', [['发布了Deep Learning框架。', 1, 2, null]]],
  ])('cuts %j', (text, expected) => {
    expect(unitsOf(text)).toEqual(expected);
  });
});
