// The byte format of trigram positions and the filter meta: unsigned LEB128 varints, base64 in JSON.
// (Document lists are FlexSearch exports, see flex-index.ts.) One codec for the build and the worker.

/** Appends unsigned varints to a growing byte buffer. */
export class VarintWriter {
  private bytes = new Uint8Array(64);
  private length = 0;

  /** Appends one non-negative integer (< 2^53). */
  write(value: number): void {
    if (this.length + 8 > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    let rest = value;
    while (rest >= 0x80) {
      this.bytes[this.length++] = (rest % 0x80) | 0x80;
      rest = Math.floor(rest / 0x80);
    }
    this.bytes[this.length++] = rest;
  }

  /** Appends one integer in 0 … 2^31 − 1 (positions, gaps): the same bytes as `write`, with integer arithmetic. */
  writeSmall(value: number): void {
    if (this.length + 5 > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    let rest = value | 0;
    while (rest >= 0x80) {
      this.bytes[this.length++] = (rest & 0x7f) | 0x80;
      rest >>>= 7;
    }
    this.bytes[this.length++] = rest;
  }

  /** Forgets what was written, keeping the buffer for reuse. */
  reset(): void {
    this.length = 0;
  }

  /** Number of bytes written so far. */
  get size(): number {
    return this.length;
  }

  /** The bytes written so far (a view, not a copy). */
  toBytes(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }
}

/** Bytes that `VarintWriter.write(value)` takes. */
export function varintSize(value: number): number {
  let size = 1;
  for (let rest = value; rest >= 0x80; rest = Math.floor(rest / 0x80)) size += 1;
  return size;
}

/** Reads unsigned varints from bytes, in order. */
export class VarintReader {
  private offset = 0;

  constructor(private readonly bytes: Uint8Array) {}

  /** True while unread bytes remain. */
  get hasMore(): boolean {
    return this.offset < this.bytes.length;
  }

  /** Reads the next integer. */
  read(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = this.bytes[this.offset++];
      if (byte === undefined) throw new RangeError('truncated varint in search postings');
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 0x80;
    }
  }
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DECODE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i += 1) DECODE[ALPHABET.charCodeAt(i)] = i;

/** Encodes bytes as standard base64 (no Buffer/btoa, so the same code runs in Node and workers). */
export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] as number;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    chunk +=
      ALPHABET[(n >> 18) & 63]! +
      ALPHABET[(n >> 12) & 63]! +
      (b === undefined ? '=' : ALPHABET[(n >> 6) & 63]!) +
      (c === undefined ? '=' : ALPHABET[n & 63]!);
    if (chunk.length >= 8192) {
      parts.push(chunk);
      chunk = '';
    }
  }
  parts.push(chunk);
  return parts.join('');
}

/** Decodes standard base64; throws on a character outside the alphabet. */
export function base64ToBytes(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i += 1) {
    const code = clean.charCodeAt(i);
    const value = code < 128 ? (DECODE[code] as number) : -1;
    if (value < 0) throw new RangeError(`invalid base64 character at ${i} in search postings`);
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (buffer >> bits) & 0xff;
    }
  }
  return out;
}

/** A gram's documents (from FlexSearch) with their counts and head counts (from the rank array), as typed arrays. */
export interface DocPostingList {
  docs: Int32Array;
  counts: Int32Array;
  headCounts: Int32Array;
}

/** Encodes one document's ascending positions: the first, then gaps − 1. */
export function writePositions(writer: VarintWriter, positions: readonly number[]): void {
  let previous = -1;
  for (const position of positions) {
    writer.write(position - previous - 1);
    previous = position;
  }
}

/** Reads `count` positions written by `writePositions`. */
export function readPositions(reader: VarintReader, count: number): number[] {
  const positions = new Array<number>(count);
  let previous = -1;
  for (let i = 0; i < count; i += 1) {
    previous = previous + 1 + reader.read();
    positions[i] = previous;
  }
  return positions;
}
