import { describe, expect, it } from 'vitest';
import { hashText, ingestStateToJson, parseIngestState } from '@/lib/content/ingest-state';
import { SourceError } from '@/lib/parser/errors';

const HASH = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';

describe('ingest state', () => {
  it('hashes text as UTF-8 with sha256', () => {
    expect(hashText('abc')).toBe(HASH);
    expect(hashText('丽水')).not.toBe(hashText('丽 水'));
  });

  it('serialises paths in sorted order and reads them back', () => {
    const text = ingestStateToJson({ version: 1, files: { 'b.md': HASH, 'a.md': HASH } });
    expect(text.indexOf('"a.md"')).toBeLessThan(text.indexOf('"b.md"'));
    expect(text.endsWith('\n')).toBe(true);
    expect(parseIngestState('content/ingest-state.json', text)).toEqual({
      version: 1,
      files: { 'a.md': HASH, 'b.md': HASH },
    });
  });

  it.each([
    ['malformed JSON', '{', /malformed JSON/],
    ['an unknown version', JSON.stringify({ version: 2, files: {} }), /version/],
    ['a digest that is not sha256', JSON.stringify({ version: 1, files: { 'a.md': 'abc' } }), /sha256/],
  ])('rejects %s naming the file', (_what, text, reason) => {
    expect(() => parseIngestState('content/ingest-state.json', text)).toThrow(SourceError);
    expect(() => parseIngestState('content/ingest-state.json', text)).toThrow(/^content\/ingest-state\.json:1: /);
    expect(() => parseIngestState('content/ingest-state.json', text)).toThrow(reason);
  });
});
