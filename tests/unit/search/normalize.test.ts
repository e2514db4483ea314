import { describe, expect, it } from 'vitest';
import { normalize, normalizeWithMap } from '@/lib/search/normalize';

describe('normalize', () => {
  it.each([
    ['麗水', '丽水'], // traditional → simplified through OpenCC's character table
    ['經濟發展', '经济发展'],
    ['ＧＤＰ', 'gdp'], // full-width Latin folds to ASCII, then lower case
    ['GDP', 'gdp'],
    ['２０２１年', '2021年'], // full-width digits
    ['丽水,日报', '丽水日报'], // punctuation between Chinese characters is dropped
    ['丽水 日报', '丽水日报'], // so are spaces
    ['丽水　日报', '丽水日报'], // and the ideographic space U+3000
    ['New  York', 'new york'], // between two Latin words a separator becomes one space
    ['8.0%', '8 0'], // 8.0% keeps its digits apart
    ['“丽水”（要闻）', '丽水要闻'],
    ['<img src=x onerror=alert(1)>', 'img src x onerror alert 1'],
    // issue 10: invisible characters and variation selectors vanish, radicals fold, astral kept
    ['葛\u{e0100}城', '葛城'],
    ['叶\u200b江', '叶江'],
    ['王\u00ad䶮', '王䶮'],
    ['⻘⽥', '青田'],
    ['赵孟𫖯', '赵孟𫖯'],
    // variant pairs readers type either way (both sides fold, so 著作 still matches 著作)
    ['看著', '看着'],
    ['著作', '着作'],
    ['瞭解', '了解'],
    ['藉口', '借口'],
    ['復甦', '复苏'],
    ['祇有', '只有'],
    ['覆盖', '覆盖'],
  ])('normalises %s to %s', (input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  it('maps every normalised character back to its source characters', () => {
    const source = '（ＧＤＰ）增長 8.0%';
    const { text, starts, ends } = normalizeWithMap(source);
    expect(text).toBe('gdp增长8 0');
    expect(starts.length).toBe(text.length);
    expect(source.slice(starts[0], ends[2])).toBe('ＧＤＰ');
    expect(source.slice(starts[3], ends[4])).toBe('增長');
  });

  it('normalises a substring to a substring of the normalised text', () => {
    const text = '丽水經濟, GDP 增长 8.0%';
    for (let i = 0; i < text.length; i += 1) {
      for (let j = i + 1; j <= text.length; j += 1) {
        expect(normalize(text)).toContain(normalize(text.slice(i, j)));
      }
    }
  });
});
