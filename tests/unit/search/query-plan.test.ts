import { describe, expect, it } from 'vitest';
import { coveringGrams } from '@/lib/search/query-plan';

describe('coveringGrams', () => {
  it('covers a trigram by itself, and nothing shorter', () => {
    expect(coveringGrams('丽水')).toEqual([]);
    expect(coveringGrams('丽水市')).toEqual(['丽水市']);
  });

  it('takes the trigrams at 0, 3, 6, … and length − 3: every character covered, offset 0 first', () => {
    expect(coveringGrams('经济发展')).toEqual(['经济发', '济发展']);
    expect(coveringGrams('经济发展规划')).toEqual(['经济发', '展规划']);
    expect(coveringGrams('经济发展规划纲要')).toEqual(['经济发', '展规划', '划纲要']);
  });

  it('lists a trigram that repeats at two chosen offsets once', () => {
    expect(coveringGrams('哈哈哈哈哈哈')).toEqual(['哈哈哈']);
    expect(coveringGrams('哈哈哈哈')).toEqual(['哈哈哈']);
  });
});
