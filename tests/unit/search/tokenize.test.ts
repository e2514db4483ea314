import { describe, expect, it } from 'vitest';
import { codeToGram, forEachGram, gramCode, gramCodeLength, parseQuery } from '@/lib/search/tokenize';

describe('parseQuery', () => {
  it.each([
    ['丽水 经济', ['丽水', '经济']], // spaces separate terms that must all match
    ['"new york"', ['new york']], // a quoted phrase keeps its space
    ['“丽水 日报”', ['丽水日报']], // Chinese quotes work too; spaces between Chinese characters vanish
    ['ＧＤＰ　２０２１', ['gdp', '2021']], // the ideographic space separates terms
    ['丽水 丽水', ['丽水']], // a repeated term counts once
    ['。，！', []], // punctuation only: nothing to search
  ])('parses %s', (query, expected) => {
    expect(parseQuery(query)).toEqual(expected);
  });
});

describe('gramCode', () => {
  it('gives unigrams, bigrams and trigrams disjoint codes that codeToGram reverses', () => {
    const samples = [
      'a',
      '丽',
      '\uffff',
      'ab',
      '丽水',
      '\uffff\uffff',
      '\u0000\u0000\u0000',
      '丽水市',
      '\uffff\uffff\uffff',
    ];
    const codes = samples.map((gram) =>
      gramCode(
        gram.charCodeAt(0),
        gram.length > 1 ? gram.charCodeAt(1) : undefined,
        gram.length > 2 ? gram.charCodeAt(2) : undefined,
      ),
    );
    expect(codes.map(codeToGram)).toEqual(samples);
    expect(codes.map(gramCodeLength)).toEqual(samples.map((gram) => gram.length));
    expect(codes.every(Number.isSafeInteger)).toBe(true);
    // Longer grams have larger codes, so the ranges never meet.
    expect(Math.max(...codes.slice(0, 3))).toBeLessThan(Math.min(...codes.slice(3, 6)));
    expect(Math.max(...codes.slice(3, 6))).toBeLessThan(Math.min(...codes.slice(6)));
  });
});

describe('forEachGram', () => {
  it('emits unigrams, bigrams and trigrams but never across a field boundary', () => {
    const grams: [string, number][] = [];
    forEachGram('丽水市\n日报', (gram, position) => grams.push([gram, position]));
    expect(grams).toEqual([
      ['丽', 0],
      ['丽水', 0],
      ['丽水市', 0],
      ['水', 1],
      ['水市', 1],
      ['市', 2],
      ['日', 4],
      ['日报', 4],
      ['报', 5],
    ]);
  });

  it('keeps grams with a space so quoted phrases can be found, but never a lone space', () => {
    const grams: string[] = [];
    forEachGram('a b', (gram) => grams.push(gram));
    expect(grams).toEqual(['a', 'a ', 'a b', ' b', 'b']);
  });
});
