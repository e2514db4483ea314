import { describe, expect, it } from 'vitest';
import { forEachGram, parseQuery, termGrams } from '@/lib/search/tokenize';

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

describe('termGrams', () => {
  it('looks up a one-character term by itself', () => {
    expect(termGrams('水')).toEqual(['水']);
  });

  it('looks up a longer term by its distinct bigrams', () => {
    expect(termGrams('经济发展')).toEqual(['经济', '济发', '发展']);
    expect(termGrams('哈哈哈')).toEqual(['哈哈']);
  });
});

describe('forEachGram', () => {
  it('emits unigrams and bigrams but never across a field boundary', () => {
    const grams: [string, number][] = [];
    forEachGram('丽水\n日报', (gram, position) => grams.push([gram, position]));
    expect(grams).toEqual([
      ['丽', 0],
      ['丽水', 0],
      ['水', 1],
      ['日', 3],
      ['日报', 3],
      ['报', 4],
    ]);
  });

  it('keeps bigrams with a space so quoted phrases can be found, but never a lone space', () => {
    const grams: string[] = [];
    forEachGram('a b', (gram) => grams.push(gram));
    expect(grams).toEqual(['a', 'a ', ' b', 'b']);
  });
});
