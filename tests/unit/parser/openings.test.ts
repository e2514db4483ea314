import { describe, expect, it } from 'vitest';
import { isOpeningMissing } from '@/lib/parser/openings';

describe('isOpeningMissing', () => {
  it.each([
    ['比激动。她穿着畲族服饰盛装参加,感恩能生活在新时代', true], // the seed: tail of "无比激动。"
    ['更要知其所以然,解放思想永远在路上', true], // the seed: a connective leaning on a lost clause
    ['富裕美好社会山区样板。', false], // the seed's gold: a whole, terse sentence is not flagged
    ['，全市实现规上工业产值1960.4亿元', true], // starts with a comma
    ['”钟海燕说。', true], // starts with a closing quote
    ['而且要加强统筹协调。', true], // 而且
    ['因此，我们要加快发展。', true], // 因此
    ['生态工业高质量发展是现代化生态经济体系建设的重点,着力深化二次创业', false], // a normal opening
    ['市第五次党代会鲜明提出,区域增长极应是有规模的城市。', false], // a normal opening
    ['又是一年春来到，丽水处处生机。', false], // 又 can open a sentence, so it is not on the list
    ['好。', false], // one short sentence alone is a whole paragraph, not a lost opening
  ])('%s → %s', (text, expected) => {
    expect(isOpeningMissing(text)).toBe(expected);
  });
});
