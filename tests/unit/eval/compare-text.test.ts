// score.py's text comparison: normalisation, the dateline strip, marker removal, letter counting.
import { describe, expect, it } from 'vitest';
import {
  countLettersAndDigits,
  countMissing,
  normalizeForScoring,
  removeContinuationMarkers,
  stripDateline,
} from '@/lib/eval/compare-text';

describe('normalizeForScoring', () => {
  it.each([
    ['ＡＢＣ１２３', 'ABC123'], // NFKC folds full-width letters and digits to ASCII
    ['青田,好', '青田，好'], // ASCII comma folded to full width
    ['青田，好', '青田，好'], // full width survives the round trip through NFKC
    ['(一)缙云:好;吗?是!', '（一）缙云：好；吗？是！'],
    ['“烧饼节”', '"烧饼节"'], // curly double quotes become "
    ['龙泉 青瓷\u3000进\n校园\t', '龙泉青瓷进校园'], // every kind of whitespace removed
    ['甲\u0085乙\u001c丙', '甲乙丙'], // Python whitespace that JS \s misses
    ['甲\ufeff乙', '甲\ufeff乙'], // a BOM is not Python whitespace
    ['①号', '1号'],
    ['a.b', 'a.b'], // only , ( ) : ; ? ! are folded
  ])('%j → %j', (text, expected) => {
    expect(normalizeForScoring(text)).toBe(expected);
  });

  it('gives an empty string for null and undefined', () => {
    expect(normalizeForScoring(null)).toBe('');
    expect(normalizeForScoring(undefined)).toBe('');
  });
});

describe('stripDateline', () => {
  it.each([
    ['本报讯（记者周明）今年以来，青田县新建三座桥梁。', '今年以来，青田县新建三座桥梁。'],
    ['本报讯（）桥梁建成。', '桥梁建成。'],
    ['新华社北京3月4日电（记者王五）会议召开。', '新华社北京3月4日电（记者王五）会议召开。'], // only 本报讯
    ['昨天，本报讯（记者周明）说', '昨天，本报讯（记者周明）说'], // only at the start
  ])('%s → %s', (text, expected) => {
    expect(stripDateline(text)).toBe(expected);
  });

  it('strips the ASCII-bracket dateline once it is normalised', () => {
    expect(stripDateline(normalizeForScoring('本报讯(记者 周明) 桥梁建成。'))).toBe('桥梁建成。');
  });
});

describe('removeContinuationMarkers', () => {
  it.each([
    ['茶农增收。(下转第七版)', '茶农增收。'],
    ['（上接第1版）桥梁建成', '桥梁建成'],
    ['（下接 3 版 ）', ''],
    ['(下转第七版', '(下转第七版'], // unclosed: kept
    ['（下转第一二三四五六七八九十一二版）', '（下转第一二三四五六七八九十一二版）'], // more than 12 characters between
    ['（上期第七版）', ''], // 转/接 are optional, as in score.py
    ['（第七版）', '（第七版）'], // no 上/下
  ])('%s → %s', (text, expected) => {
    expect(removeContinuationMarkers(text)).toBe(expected);
  });
});

describe('countLettersAndDigits and countMissing', () => {
  it('counts letters and digits with multiplicity, after normalisation', () => {
    expect(countLettersAndDigits('丽丽，水１ a')).toEqual(
      new Map([
        ['丽', 2],
        ['水', 1],
        ['1', 1],
        ['a', 1],
      ]),
    );
  });

  it('counts what the output lacks, never what it has extra', () => {
    const source = countLettersAndDigits('丽丽丽水23');
    const output = countLettersAndDigits('丽水水3青田');
    expect(countMissing(source, output)).toBe(3); // two 丽 and the 2
  });
});
