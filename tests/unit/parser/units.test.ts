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
    // no blank lines: the `　　` indent still opens each paragraph, and a headline above it stays apart
    [
      '我市召开安全生产会议\n\u3000\u3000昨日，我市召开安全生产会议，会议强调\n要压实责任。\n\u3000\u3000会议要求',
      [
        ['我市召开安全生产会议', 1, 1, null],
        ['昨日，我市召开安全生产会议，会议强调要压实责任。', 2, 3, null],
        ['会议要求', 4, 4, null],
      ],
    ],
    // a dash-led subtitle on the next line is not a wrap of the title
    [
      '以有力有效监督保障助力共同富裕\n——访全国人大代表钟海燕',
      [
        ['以有力有效监督保障助力共同富裕', 1, 1, null],
        ['——访全国人大代表钟海燕', 2, 2, null],
      ],
    ],
    // Latin words broken across lines keep a space
    ['发布了Deep\nLearning框架。', [['发布了Deep Learning框架。', 1, 2, null]]],
  ])('cuts %j', (text, expected) => {
    expect(unitsOf(text)).toEqual(expected);
  });
});
