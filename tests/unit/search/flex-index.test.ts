import { describe, expect, it } from 'vitest';
import {
  createGramIndex,
  exportGramIndex,
  flexEntries,
  gapChunks,
  GRAM_SEPARATOR,
  gramMapChunks,
  importGramIndex,
  lookupGram,
  ungapChunks,
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

  it('writes the same map chunk as FlexSearch’s own export (grams added document by document)', () => {
    const index = createGramIndex();
    const docsOf = new Map<string, number[]>();
    for (let doc = 0; doc < 300; doc += 1) {
      const grams = ['丽水', '水', 'ab', 'a', ' y', '的'].filter((_, i) => (doc * 7 + i * 3) % (i + 2) === 0);
      if (grams.length === 0) continue;
      index.add(doc, grams.join(GRAM_SEPARATOR));
      for (const gram of grams) docsOf.set(gram, [...(docsOf.get(gram) ?? []), doc]);
    }
    // FlexSearch keeps grams in order of first use; the index build writes them sorted. Same entries.
    const byGram = (chunks: ReturnType<typeof exportGramIndex>) =>
      [...flexEntries(chunks)].sort(([a], [b]) => (a < b ? -1 : 1));
    const direct = gramMapChunks([...docsOf.entries()]);
    expect(byGram(direct)).toEqual(byGram(exportGramIndex(index)));
    expect(direct.map(([key]) => key)).toEqual(exportGramIndex(index).map(([key]) => key));
  });

  it('gap-codes id lists and restores them exactly', () => {
    const chunks = gramMapChunks([
      ['丽水', [0, 1, 2, 9, 100]],
      ['水', [5]],
    ]);
    const gapped = gapChunks(JSON.parse(JSON.stringify(chunks)));
    expect([...flexEntries(gapped)]).toEqual([
      ['丽水', [0, 0, 0, 6, 90]],
      ['水', [5]],
    ]);
    expect(ungapChunks(gapped)).toEqual(chunks);
  });
});
