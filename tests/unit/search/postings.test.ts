import { describe, expect, it } from 'vitest';
import {
  base64ToBytes,
  bytesToBase64,
  readPositions,
  VarintReader,
  VarintWriter,
  writePositions,
} from '@/lib/search/postings';

describe('postings codec', () => {
  it('round-trips positions', () => {
    const writer = new VarintWriter();
    writePositions(writer, [0, 1, 200, 70_000]);
    expect(readPositions(new VarintReader(writer.toBytes()), 4)).toEqual([0, 1, 200, 70_000]);
  });

  it('matches standard base64', () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 251, 252, 253]);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(Array.from(base64ToBytes(Buffer.from(bytes).toString('base64')))).toEqual(Array.from(bytes));
  });

  it('rejects a truncated varint', () => {
    expect(() => new VarintReader(new Uint8Array([0x80])).read()).toThrow(RangeError);
  });
});
