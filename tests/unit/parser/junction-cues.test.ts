// The dictionary cues at a junction: a word read across a column cut, and half-words either side
// (invented lines; the word breaker is the platform's ICU).
import { describe, expect, it } from 'vitest';
import { DICTIONARY_OUTCOMES, dictionaryCues, pairShare, wordAcross } from '@/lib/parser/junction-cues';

describe('wordAcross', () => {
  it.each([
    ['龙泉市举行的青瓷展上，我没', '想到一件瓷器能这样动人。', '没想到'],
    ['松阳县今年新建茶叶加工厂三家，国', '家级茶叶示范基地也落户在此。', '国家'],
    ['市公安局莲都分局城北派出', '所民警连夜走访独居老人。', '派出所'],
    ['全市上下要坚决防', '范各类安全风险。', '防范'],
  ])('%s|%s reads %s across the cut', (line, next, word) => {
    expect(wordAcross(line, next)).toBe(word);
    expect(dictionaryCues(line, next).wordAcross).toBe(1);
  });

  it.each([
    ['丽水山耕品牌走出大山', '近日，记者走进遂昌县的一家合作社。'],
    ['让群众办事更方便', '今年以来，市行政服务中心推出一批便民举措。'],
    ['青田侨乡迎新春', '春节前夕，青田县城张灯结彩。'],
  ])('a headline over its text: %s|%s has a word boundary at the junction', (line, next) => {
    expect(wordAcross(line, next)).toBeNull();
    expect(dictionaryCues(line, next).wordAcross).toBe(0);
  });

  it('is not asked across punctuation', () => {
    expect(dictionaryCues('丽水山耕品牌走出大山，', '近日，记者走进遂昌').wordAcross).toBe(0);
  });
});

describe('lone ideographs at a junction', () => {
  it('marks half-words left either side of a cut', () => {
    const cues = dictionaryCues('龙泉宝剑锻制技艺传承人郑', '国荣说，宝剑要经过二十八道工序。');
    expect(cues.wordAcross).toBe(0);
    expect(cues.lineEndsLone).toBe(1);
    expect(cues.nextStartsLone).toBe(1);
  });

  it('does not mark whole words', () => {
    const cues = dictionaryCues('丽水山耕品牌走出大山', '近日，记者走进遂昌县的一家合作社。');
    expect(cues.lineEndsLone).toBe(0);
    expect(cues.nextStartsLone).toBe(0);
  });
});

describe('dictionary outcomes', () => {
  it.each([
    ['龙泉市举行的青瓷展上，我没', '想到一件瓷器能这样动人。'],
    ['今年全县完成国内防', '范疫情输入的各项准备。'],
    ['游客在古堰画乡写生', '，留下了许多作品。'],
    ['2018', '年，这里还是一片荒地。'],
    ['景宁畲族自治县', '东坑镇的茶园里，采茶工正忙。'],
  ])('sets only cues that can be 1 together: %s | %s', (line, next) => {
    const cues = dictionaryCues(line, next);
    const set = Object.keys(cues)
      .filter((name) => cues[name] === 1)
      .sort();
    expect(DICTIONARY_OUTCOMES.map((names) => [...names].sort().join())).toContain(set.join());
  });
});

describe('pairShare', () => {
  it('counts distinct Han pairs of the line found in the text, across punctuation', () => {
    expect(pairShare('稳字当头，进字为先', '稳字当头进字为先')).toBe(1);
    // 青瓷 瓷小 小镇: only 青瓷 and 小镇 are in the text.
    expect(pairShare('青瓷小镇', '走进小镇，看青瓷烧制')).toBeCloseTo(2 / 3, 6);
    expect(pairShare('哈哈哈', '哈哈')).toBe(1);
    expect(pairShare('松', '松阳')).toBe(0);
    expect(pairShare('ABC', 'ABC')).toBe(0);
  });
});
