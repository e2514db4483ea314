import { describe, expect, it } from 'vitest';
import { fnv1a32, gramToHex, hashGram, indexPaths, shardKeyOf } from '@/lib/search/shard-key';

describe('shard keys', () => {
  it('starts from FNV-1a 32-bit (known vector: "a" → 0xe40c292c)', () => {
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('')).toBe(0x811c9dc5);
  });

  it('mixes the FNV hash so neighbouring grams land far apart', () => {
    expect(hashGram('丽水')).not.toBe(fnv1a32('丽水'));
    expect(hashGram('丽水') % 16).not.toBe(hashGram('丽氵') % 16);
  });

  it('puts every gram in a shard below the shard count, the same one every time', () => {
    for (const gram of ['丽', '丽水', '水丽', 'gd', ' y']) {
      const key = shardKeyOf(gram, 37);
      expect(key).toBeGreaterThanOrEqual(0);
      expect(key).toBeLessThan(37);
      expect(shardKeyOf(gram, 37)).toBe(key);
    }
  });

  it('spreads grams over shards roughly evenly', () => {
    const counts = new Array<number>(16).fill(0);
    for (let code = 0x4e00; code < 0x4e00 + 1600; code += 1)
      counts[shardKeyOf(String.fromCharCode(code, code + 1), 16)]! += 1;
    expect(Math.min(...counts)).toBeGreaterThan(50);
  });

  it('derives file names from the key and the build id alone', () => {
    expect(indexPaths.docShard(3, 'abc123def456')).toBe('shards/d3.abc123def456.json');
    expect(indexPaths.posPart('丽水', 2, 'abc123def456')).toBe('parts/4e3d-6c34-2.abc123def456.json');
    expect(gramToHex('丽水')).toBe('4e3d-6c34');
  });
});
