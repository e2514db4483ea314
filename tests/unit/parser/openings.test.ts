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
    ['的“最强大脑”，已然成为产学研核心。', true], // starts with the particle 的
    ['的确，变化就在身边。', false], // 的确 opens sentences
    ['了解到，该项目已开工。', false], // 了解 opens sentences
    ['万元，同比增长8.0%。', true], // a unit that follows a number
    ['作为头号工程。”缙云县县委常委朱拱瑜感慨地说。', true], // the quotation closes before it opens
    ['“作为头号工程。”朱拱瑜说。', false], // a balanced quotation
    ['市委审议《投资计划（送审稿)》，听取汇报。', false], // mixed ASCII and full-width brackets still pair
    ['“加油！这里！快传……”3月8日的丽水体育场，寒风刺骨。', false], // a quoted exclamation opens a story
  ])('%s → %s', (text, expected) => {
    expect(isOpeningMissing(text)).toBe(expected);
  });
});
