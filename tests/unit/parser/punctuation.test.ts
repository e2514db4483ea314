import { describe, expect, it } from 'vitest';
import { normalizePunctuation } from '@/lib/parser/punctuation';

describe('normalizePunctuation', () => {
  it.each([
    // the seed's dateline: brackets and comma between Chinese
    ['本报讯(记者 叶江)昨日下午,市政府召开', '本报讯（记者 叶江）昨日下午，市政府召开'],
    // numbers stay intact; the comma after % touches Chinese and converts
    ['全市工业增加值年均增长8.0%,其中', '全市工业增加值年均增长8.0%，其中'],
    ['降低1225.56万元;占比减少12.13%。', '降低1225.56万元；占比减少12.13%。'],
    ['2021年,全市实现', '2021年，全市实现'],
    // a time and a thousands separator are numbers
    ['会议于10:30开始,共1,000人参加', '会议于10:30开始，共1,000人参加'],
    // the colon after Chinese converts, the one inside the time does not
    ['时间:10:30', '时间：10:30'],
    // brackets convert in pairs even when the inside is Latin or digits
    ['国内生产总值(GDP)增长', '国内生产总值（GDP）增长'],
    ['《2022年市本级政府投资项目计划(送审稿)》', '《2022年市本级政府投资项目计划（送审稿）》'],
    ['规划(2021-2025)', '规划（2021-2025）'],
    // questions and exclamations in Chinese
    ['如何让群众办事更方便?各地交出了答卷!', '如何让群众办事更方便？各地交出了答卷！'],
    // Latin text keeps its punctuation
    ['Hello, world (test): ok?', 'Hello, world (test): ok?'],
    // already full-width: unchanged
    ['本报讯（记者 叶江），', '本报讯（记者 叶江），'],
    // a space between the dateline and the bracket
    ['本报讯 (记者 叶江)', '本报讯 （记者 叶江）'],
  ])('normalises %s', (text, expected) => {
    expect(normalizePunctuation(text)).toBe(expected);
  });
});
