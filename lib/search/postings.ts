// The posting-list byte format: unsigned LEB128 varints, base64 in the JSON shard files.
// Written by build-index.ts, read by the worker; one codec so both agree byte for byte.

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

/** One document's entry in a gram's doc-level postings. */
export interface DocPosting {
  /** Document number (0 = newest). */
  doc: number;
  /** Occurrences of the gram in the document. */
  count: number;
  /** Of those, occurrences in the title, kicker or subtitle (they come first in the text). */
  headCount: number;
}

/** Encodes doc-level postings (ascending doc): doc delta, count·2 + (has head hits), [head count]. */
export function encodeDocPostings(postings: readonly DocPosting[]): Uint8Array {
  const writer = new VarintWriter();
  let previous = -1;
  for (const { doc, count, headCount } of postings) {
    writer.write(doc - previous - 1);
    writer.write(count * 2 + (headCount > 0 ? 1 : 0));
    if (headCount > 0) writer.write(headCount);
    previous = doc;
  }
  return writer.toBytes();
}

/** Decodes what `encodeDocPostings` wrote. */
export function decodeDocPostings(bytes: Uint8Array): DocPosting[] {
  const reader = new VarintReader(bytes);
  const postings: DocPosting[] = [];
  let previous = -1;
  while (reader.hasMore) {
    const doc = previous + 1 + reader.read();
    const packed = reader.read();
    const headCount = packed % 2 === 1 ? reader.read() : 0;
    postings.push({ doc, count: Math.floor(packed / 2), headCount });
    previous = doc;
  }
  return postings;
}

/** Doc-level postings decoded into parallel typed arrays (compact in the worker's heap). */
export interface DocPostingList {
  docs: Int32Array;
  counts: Int32Array;
  headCounts: Int32Array;
}

/** Decodes what `encodeDocPostings` wrote into typed arrays. */
export function decodeDocPostingList(bytes: Uint8Array): DocPostingList {
  const reader = new VarintReader(bytes);
  // Every posting takes at least two bytes, so bytes / 2 bounds the count.
  const docs = new Int32Array(bytes.length >> 1);
  const counts = new Int32Array(docs.length);
  const headCounts = new Int32Array(docs.length);
  let n = 0;
  let previous = -1;
  while (reader.hasMore) {
    const doc = previous + 1 + reader.read();
    const packed = reader.read();
    docs[n] = doc;
    counts[n] = Math.floor(packed / 2);
    headCounts[n] = packed % 2 === 1 ? reader.read() : 0;
    previous = doc;
    n += 1;
  }
  return { docs: docs.slice(0, n), counts: counts.slice(0, n), headCounts: headCounts.slice(0, n) };
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
