import { describe, expect, it } from 'vitest';
import { INDEX_FORMAT_VERSION, parseManifest, SearchIndexError } from '@/lib/search/format';

const segment = (docCount: number) => ({
  buildId: 'a1b2c3d4e5f6',
  docCount,
  docsPerChunk: 4,
  docShards: 3,
  posShards: 2,
  files: 40,
});
const manifest = {
  format: 'lishui-search',
  version: INDEX_FORMAT_VERSION,
  buildId: '0123456789ab',
  docCount: 12,
  hash: 'fnv1a32-fmix',
  segments: [segment(2), segment(10)],
};

describe('parseManifest', () => {
  it('accepts a manifest of segments whose document counts add up', () => {
    expect(parseManifest('manifest.json', manifest)).toEqual(manifest);
    expect(parseManifest('manifest.json', { ...manifest, docCount: 0, segments: [] }).segments).toEqual([]);
  });

  it.each([
    // An index of format 5 (one segment, shard counts at the top) is rejected, not misread.
    ['an older format version', { ...manifest, version: 5 }, 'field "version" is 5'],
    ['no segment list', { ...manifest, segments: undefined }, 'field "segments" is not a list'],
    [
      'a segment without shards',
      { ...manifest, segments: [{ ...segment(2), docShards: 0 }, segment(10)] },
      'segment 0: chunk and shard counts',
    ],
    [
      'a segment without a file count',
      { ...manifest, segments: [segment(2), { ...segment(10), files: -1 }] },
      'segment 1: field "files"',
    ],
    ['counts that do not add up', { ...manifest, docCount: 13 }, 'not the sum'],
  ])('rejects %s', (_name, value, message) => {
    expect(() => parseManifest('manifest.json', value)).toThrow(SearchIndexError);
    expect(() => parseManifest('manifest.json', value)).toThrow(message);
  });
});
