import { describe, expect, it } from 'vitest';
import {
  createGramIndex,
  exportGramIndex,
  flexEntries,
  GRAM_SEPARATOR,
  importGramIndex,
  lookupGram,
} from '@/lib/search/flex-index';

describe('FlexSearch gram index', () => {
  it('keeps grams exactly as given: no case folding, no width folding, spaces inside a bigram kept', () => {
    const index = createGramIndex();
    index.add(0, ['丽水', 'w ', ' y', 'A', 'ａ'].join(GRAM_SEPARATOR));
    index.add(1, ['a', '水丽'].join(GRAM_SEPARATOR));
    expect(lookupGram(index, '丽水')).toEqual([0]);
    expect(lookupGram(index, 'w ')).toEqual([0]);
    expect(lookupGram(index, ' y')).toEqual([0]);
    expect(lookupGram(index, 'A')).toEqual([0]);
    expect(lookupGram(index, 'a')).toEqual([1]);
    expect(lookupGram(index, 'ａ')).toEqual([0]);
    expect(lookupGram(index, '水')).toEqual([]);
  });

  it('returns every document of a gram in the order added, beyond FlexSearch’s default limit of 100', () => {
    const index = createGramIndex();
    for (let doc = 0; doc < 250; doc += 1) index.add(doc, doc % 2 === 0 ? `的${GRAM_SEPARATOR}水` : '水');
    expect(lookupGram(index, '水')).toEqual(Array.from({ length: 250 }, (_, doc) => doc));
    expect(lookupGram(index, '的')).toHaveLength(125);
  });

  it('round-trips through export and import, exporting only the gram map', () => {
    const index = createGramIndex();
    index.add(3, `丽水${GRAM_SEPARATOR}日报`);
    index.add(7, '丽水');
    const chunks = exportGramIndex(index);
    expect(chunks.every(([key]) => key.endsWith('map'))).toBe(true);
    expect([...flexEntries(chunks)]).toEqual([
      ['丽水', [3, 7]],
      ['日报', [3]],
    ]);
    const imported = importGramIndex(JSON.parse(JSON.stringify(chunks)));
    expect(lookupGram(imported, '丽水')).toEqual([3, 7]);
    expect(lookupGram(imported, '日报')).toEqual([3]);
    expect(lookupGram(imported, '丽')).toEqual([]);
  });
});
