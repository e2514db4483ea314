// Writes one segment of the search index (Node only): for a run of documents, numbered from 0 in
// the order given, a FlexSearch Index (gram → documents, exported) per hash-keyed doc shard with
// a side array of counts, trigram positions in position shards, pieces and parts for common grams,
// display text in docs/ chunks and the filter fields in meta/. build-index.ts decides the segments.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { docSearchText, type SearchDoc } from './document';
import { gapChunks, gramMapChunks } from './flex-index';
import {
  dateToDayRange,
  DAY_NUMBER_OFFSET,
  type DocShard,
  type PosShard,
  type SearchMeta,
  type SearchSegment,
} from './format';
import { countFilterValues, type IndexEntry } from './index-entries';
import { bytesToBase64, varintSize, VarintWriter } from './postings';
import { indexPaths, shardKeyOf } from './shard-key';
import { codeToGram, forEachGramCode, gramCode } from './tokenize';

/** The layout knobs of a segment's files (build-index.ts fills in the defaults). */
export interface SegmentLayout {
  /** Documents per docs/ chunk: a results page fetches at most one chunk per result. */
  docsPerChunk: number;
  /** Target raw JSON bytes per doc-level shard (FlexSearch export plus the rank array). */
  docShardBytes: number;
  /** Target raw bytes of positions per position shard. */
  posShardBytes: number;
  /** A gram whose positions exceed this many raw bytes gets part files of about this size. */
  partBytes: number;
  /** A gram whose FlexSearch entry would exceed this many raw JSON bytes gets piece files of about this size. */
  docPartBytes: number;
}

/** A segment as written: its manifest entry, and the bytes of its files. */
export interface WrittenSegment {
  segment: SearchSegment;
  bytes: number;
}

/** Gram code → dense id, open addressing on typed arrays (a Map lookup per character was the build's hot spot). */
class GramIdTable {
  private keys = new Float64Array(1 << 16).fill(-1);
  private ids = new Int32Array(1 << 16);
  private size = 0;
  /** Codes by id. */
  readonly codes: number[] = [];

  private slot(code: number, keys: Float64Array): number {
    const mask = keys.length - 1;
    let at = Math.imul((code / 65536) ^ Math.imul(code & 0xffff, 0x9e3779b1), 0x85ebca6b) & mask;
    while (keys[at] !== -1 && keys[at] !== code) at = (at + 1) & mask;
    return at;
  }

  /** The id of a gram code, assigned in order of first sight. */
  idOf(code: number): number {
    const at = this.slot(code, this.keys);
    if (this.keys[at] === code) return this.ids[at] as number;
    const id = this.codes.length;
    this.codes.push(code);
    this.keys[at] = code;
    this.ids[at] = id;
    this.size += 1;
    if (this.size * 2 > this.keys.length) this.grow();
    return id;
  }

  private grow(): void {
    const keys = new Float64Array(this.keys.length * 2).fill(-1);
    const ids = new Int32Array(keys.length);
    for (let i = 0; i < this.keys.length; i += 1) {
      const code = this.keys[i] as number;
      if (code === -1) continue;
      const at = this.slot(code, keys);
      keys[at] = code;
      ids[at] = this.ids[i] as number;
    }
    this.keys = keys;
    this.ids = ids;
  }
}

/** A growable Int32Array (the build keeps millions of postings; JS arrays of objects would not fit). */
class IntList {
  data = new Int32Array(1 << 16);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  /** Drops the values (frees the memory while the build goes on). */
  release(): void {
    this.data = new Int32Array(0);
    this.length = 0;
  }
}

// Per document, occurrences are sorted as one number: gram id · 2^24 + position.
const POSITION_BITS = 2 ** 24;

/** Characters of a non-negative integer in JSON. */
function decimalDigits(value: number): number {
  let digits = 1;
  for (let rest = value; rest >= 10; rest = Math.floor(rest / 10)) digits += 1;
  return digits;
}

/** UTF-8 bytes of a gram code in a JSON key, plus the punctuation of its FlexSearch map entry `["…",[[…]]],`. */
function gramEntryBytes(code: number): number {
  const gram = codeToGram(code);
  let bytes = 10;
  for (let i = 0; i < gram.length; i += 1) {
    const char = gram.charCodeAt(i);
    bytes += char < 0x80 ? 1 : char < 0x800 ? 2 : 3;
  }
  return bytes;
}

// Positions are stored for trigrams (tokenize.ts's POSITION_GRAM), the longest grams, whose codes
// are the largest: from the smallest trigram code on.
const FIRST_POSITION_GRAM_CODE = gramCode(0, 0, 0);

/**
 * Whether the index stores the positions of a gram (trigrams: what a longer term is joined
 * from). One comparison: called per posting, where a call into tokenize.ts was measurable.
 */
function hasPositions(code: number): boolean {
  return code >= FIRST_POSITION_GRAM_CODE;
}

/** Every (gram, document) posting of a run of documents, in document order, with encoded sizes per gram. */
interface CollectedPostings {
  /** Gram codes by dense gram id (tokenize.ts's gramCode). */
  gramCodes: number[];
  /** Per posting: gram id, document number, occurrences, occurrences in head fields. */
  postingGram: IntList;
  postingDoc: IntList;
  postingCount: IntList;
  postingHead: IntList;
  /** Trigram positions, posting after posting. */
  positions: IntList;
  /** Per gram id: bytes of its encoded positions, and of its FlexSearch map entry plus rank values. */
  gramPosBytes: Float64Array;
  gramDocBytes: Float64Array;
}

/** Pass 1: every (gram, document) posting in document order, in flat typed arrays. */
function collectPostings(docs: readonly SearchDoc[]): CollectedPostings {
  const gramIds = new GramIdTable();
  const gramCodes = gramIds.codes;
  const postingGram = new IntList();
  const postingDoc = new IntList();
  const postingCount = new IntList();
  const postingHead = new IntList();
  const positions = new IntList(); // trigram positions, posting after posting
  let occurrences = new Float64Array(1024);
  let gramLastDoc = new Int32Array(1 << 16).fill(-1);
  let gramPosBytes = new Float64Array(1 << 16);
  let gramDocBytes = new Float64Array(1 << 16);
  const idOf = (code: number) => {
    const id = gramIds.idOf(code);
    if (id >= gramPosBytes.length) {
      const grownBytes = new Float64Array(gramPosBytes.length * 2);
      grownBytes.set(gramPosBytes);
      gramPosBytes = grownBytes;
      const grownDocBytes = new Float64Array(gramDocBytes.length * 2);
      grownDocBytes.set(gramDocBytes);
      gramDocBytes = grownDocBytes;
      const grownLast = new Int32Array(gramLastDoc.length * 2).fill(-1);
      grownLast.set(gramLastDoc);
      gramLastDoc = grownLast;
    }
    return id;
  };
  docs.forEach((doc, docNumber) => {
    const { text, headLength } = docSearchText(doc);
    if (text.length >= POSITION_BITS)
      throw new Error(`article ${doc.id} is too long to index (${text.length} characters)`);
    if (occurrences.length < text.length * 3) occurrences = new Float64Array(text.length * 3);
    let n = 0;
    forEachGramCode(text, (code, position) => {
      occurrences[n++] = idOf(code) * POSITION_BITS + position;
    });
    const sortedOccurrences = occurrences.subarray(0, n).sort();
    for (let at = 0; at < n;) {
      const id = Math.floor((sortedOccurrences[at] as number) / POSITION_BITS);
      const withPositions = hasPositions(gramCodes[id] as number);
      let count = 0;
      let headCount = 0;
      let previousPosition = -1;
      for (; at < n && Math.floor((sortedOccurrences[at] as number) / POSITION_BITS) === id; at += 1) {
        const position = (sortedOccurrences[at] as number) % POSITION_BITS;
        if (position < headLength) headCount += 1;
        if (withPositions) {
          positions.push(position);
          gramPosBytes[id] = (gramPosBytes[id] as number) + varintSize(position - previousPosition - 1);
          previousPosition = position;
        }
        count += 1;
      }
      // Encoded sizes, tracked here so that shard counts are known without a second encoding pass:
      // the gap-coded document number in FlexSearch's map, the rank value(s), a comma each.
      const lastDoc = gramLastDoc[id] as number;
      gramDocBytes[id] =
        (gramDocBytes[id] as number) +
        (lastDoc < 0 ? gramEntryBytes(gramCodes[id] as number) : 0) +
        decimalDigits(docNumber - lastDoc - 1) +
        decimalDigits(count * 2 + 1) +
        2 +
        (headCount > 0 ? decimalDigits(headCount) + 1 : 0);
      gramLastDoc[id] = docNumber;
      postingGram.push(id);
      postingDoc.push(docNumber);
      postingCount.push(count);
      postingHead.push(headCount);
    }
  });

  return {
    gramCodes,
    postingGram,
    postingDoc,
    postingCount,
    postingHead,
    positions,
    gramPosBytes,
    gramDocBytes,
  };
}

/** A segment's postings grouped by gram: gram g's postings are `postingsPerGram[g] … postingsPerGram[g + 1] − 1`. */
interface GramPostings {
  gramCodes: number[];
  gramPosBytes: Float64Array;
  gramDocBytes: Float64Array;
  postingsPerGram: Int32Array;
  /** Where each gram's positions start in `gramPositions`. */
  positionsPerGram: Float64Array;
  /** Per posting, in gram order: document number, occurrences, head-field occurrences. */
  gramDoc: Int32Array;
  gramCountOf: Int32Array;
  gramHead: Int32Array;
  gramPositions: Int32Array;
}

/**
 * Groups postings by gram: one sequential pass over the postings (in document order) scatters
 * them, and their positions, into gram order (a counting sort keeps document order within a
 * gram). Everything after reads these arrays front to back, which keeps a 100k build
 * cache-friendly. Releases the collected lists.
 */
function groupPostingsByGram(collected: CollectedPostings): GramPostings {
  const { gramCodes, postingGram, postingDoc, postingCount, postingHead, positions } = collected;
  const gramCount = gramCodes.length;
  const postingTotal = postingGram.length;
  const postingsPerGram = new Int32Array(gramCount + 1);
  const positionsPerGram = new Float64Array(gramCount + 1);
  for (let p = 0; p < postingTotal; p += 1) {
    const id = postingGram.data[p] as number;
    postingsPerGram[id + 1]! += 1;
    if (hasPositions(gramCodes[id] as number)) positionsPerGram[id + 1]! += postingCount.data[p] as number;
  }
  for (let g = 0; g < gramCount; g += 1) {
    postingsPerGram[g + 1]! += postingsPerGram[g] as number;
    positionsPerGram[g + 1]! += positionsPerGram[g] as number;
  }
  const gramDoc = new Int32Array(postingTotal);
  const gramCountOf = new Int32Array(postingTotal);
  const gramHead = new Int32Array(postingTotal);
  const gramPositions = new Int32Array(positions.length);
  {
    const fill = postingsPerGram.slice(0, gramCount);
    const positionFill = positionsPerGram.slice(0, gramCount);
    const positionData = positions.data;
    let positionAt = 0;
    for (let p = 0; p < postingTotal; p += 1) {
      const id = postingGram.data[p] as number;
      const k = fill[id]!++;
      const count = postingCount.data[p] as number;
      gramDoc[k] = postingDoc.data[p] as number;
      gramCountOf[k] = count;
      gramHead[k] = postingHead.data[p] as number;
      if (hasPositions(gramCodes[id] as number)) {
        // A plain copy: most trigram postings hold one position, and a subarray per posting was
        // millions of short-lived objects.
        const to = positionFill[id] as number;
        for (let i = 0; i < count; i += 1) gramPositions[to + i] = positionData[positionAt + i] as number;
        positionFill[id] = to + count;
        positionAt += count;
      }
    }
  }
  for (const list of [postingGram, postingDoc, postingCount, postingHead, positions]) list.release();
  return {
    gramCodes,
    gramPosBytes: collected.gramPosBytes,
    gramDocBytes: collected.gramDocBytes,
    postingsPerGram,
    positionsPerGram,
    gramDoc,
    gramCountOf,
    gramHead,
    gramPositions,
  };
}

/**
 * Writes the files of one segment into `outDir` (creating its folders): `entries` are the
 * segment's documents in global newest-first order (document k of the segment is `entries[k]`),
 * `buildId` names every file. Files of other segments in `outDir` are left alone. Throws when a
 * document's text is too long to index (≥ 2^24 characters).
 */
export function writeSegment(
  entries: readonly IndexEntry[],
  buildId: string,
  layout: SegmentLayout,
  outDir: string,
): WrittenSegment {
  const { docsPerChunk, docShardBytes, posShardBytes, partBytes, docPartBytes } = layout;
  const docs = entries.map((entry) => entry.doc);

  const {
    gramCodes,
    gramPosBytes,
    gramDocBytes,
    postingsPerGram,
    positionsPerGram,
    gramDoc,
    gramCountOf,
    gramHead,
    gramPositions,
  } = groupPostingsByGram(collectPostings(docs));
  const gramCount = gramCodes.length;

  const posWriter = new VarintWriter();
  /**
   * Encodes one trigram's positions, split into parts of about partBytes, or — for a pieced gram —
   * at the given posting indices (its pieces' boundaries, relative to the gram's first posting).
   */
  const encodePositions = (id: number, splitAt: readonly number[] | null = null) => {
    posWriter.reset();
    const partStarts: number[] = [];
    const partOffsets: number[] = [];
    const first = postingsPerGram[id] as number;
    const last = postingsPerGram[id + 1] as number;
    let nextPartAt = partBytes;
    let nextSplit = 0;
    let at = positionsPerGram[id] as number;
    for (let k = first; k < last; k += 1) {
      const count = gramCountOf[k] as number;
      const split =
        splitAt === null
          ? posWriter.size >= nextPartAt
          : nextSplit < splitAt.length && splitAt[nextSplit] === k - first;
      if (split) {
        partStarts.push(k - first);
        partOffsets.push(posWriter.size);
        nextPartAt = posWriter.size + partBytes;
        nextSplit += 1;
      }
      let previousPosition = -1;
      for (const end = at + count; at < end; at += 1) {
        const position = gramPositions[at] as number;
        posWriter.writeSmall(position - previousPosition - 1);
        previousPosition = position;
      }
    }
    return { positions: posWriter.toBytes(), partStarts, partOffsets };
  };

  // Shard counts from the encoded sizes, so shards stay small at any archive size (position lists
  // over partBytes go to part files; the estimate only sizes shards, it never changes what is found).
  let totalPosBytes = 0;
  let totalDocBytes = 0;
  for (let id = 0; id < gramCount; id += 1) {
    const bytes = gramPosBytes[id] as number;
    const docBytes = gramDocBytes[id] as number;
    // A pieced gram's positions always go to part files (aligned with its pieces).
    if (bytes < partBytes && docBytes <= docPartBytes) totalPosBytes += bytes;
    if (docBytes <= docPartBytes) totalDocBytes += docBytes;
  }
  const docShards = Math.max(1, Math.ceil(totalDocBytes / docShardBytes));
  const posShards = Math.max(1, Math.ceil(totalPosBytes / posShardBytes));

  for (const folder of ['shards', 'parts', 'pieces', 'docs', 'meta'])
    mkdirSync(path.join(outDir, folder), { recursive: true });
  let files = 0;
  let bytes = 0;
  const write = (relative: string, value: unknown) => {
    const text = JSON.stringify(value);
    writeFileSync(path.join(outDir, relative), text);
    files += 1;
    bytes += Buffer.byteLength(text);
  };

  // Pass 2: shard by shard (sorted grams inside, for byte-stable output).
  const grams = gramCodes.map(codeToGram);
  const byDocShard: number[][] = Array.from({ length: docShards }, () => []);
  for (let id = 0; id < gramCount; id += 1) byDocShard[shardKeyOf(grams[id] as string, docShards)]!.push(id);
  const posShardEntries: PosShard[] = Array.from({ length: posShards }, () => ({}));
  /** Postings first … last − 1 of a gram: its documents (for FlexSearch's map) and rank values, appended to `rank`. */
  const gramEntry = (gram: string, first: number, last: number, rank: number[]): [string, number[]] => {
    const ids = new Array<number>(last - first);
    for (let k = first; k < last; k += 1) {
      ids[k - first] = gramDoc[k] as number;
      const headCount = gramHead[k] as number;
      rank.push((gramCountOf[k] as number) * 2 + (headCount > 0 ? 1 : 0));
      if (headCount > 0) rank.push(headCount);
    }
    return [gram, ids];
  };
  const isPieced = (id: number) => (gramDocBytes[id] as number) > docPartBytes;

  /** Posting indices (relative to the gram's first) where a pieced gram's pieces begin. */
  const pieceStarts = (id: number): number[] => {
    const first = postingsPerGram[id] as number;
    const last = postingsPerGram[id + 1] as number;
    const perPiece = Math.max(
      1,
      Math.floor(docPartBytes / Math.max(1, (gramDocBytes[id] as number) / (last - first))),
    );
    const starts: number[] = [];
    for (let from = 0; from < last - first; from += perPiece) starts.push(from);
    return starts;
  };

  /**
   * Writes a gram too large for a shard as pieces, each a one-gram FlexSearch map over a run of
   * documents; returns the first document number of each piece.
   */
  const writePieces = (id: number, starts: readonly number[]): number[] => {
    const gram = grams[id] as string;
    const first = postingsPerGram[id] as number;
    const last = postingsPerGram[id + 1] as number;
    return starts.map((start, piece) => {
      const from = first + start;
      const to = piece + 1 < starts.length ? first + (starts[piece + 1] as number) : last;
      const rank: number[] = [];
      const flex = gapChunks(gramMapChunks([gramEntry(gram, from, to, rank)]));
      const shard: DocShard = { flex, rank, parts: {}, pieces: {} };
      write(indexPaths.docPiece(gram, piece, buildId), shard);
      return gramDoc[from] as number;
    });
  };

  byDocShard.forEach((ids, key) => {
    ids.sort((a, b) => ((grams[a] as string) < (grams[b] as string) ? -1 : 1));
    const pieces: Record<string, number[]> = {};
    const entries: [string, number[]][] = [];
    const rank: number[] = [];
    const parts: Record<string, number[]> = {};
    for (const id of ids) {
      const gram = grams[id] as string;
      const starts = isPieced(id) ? pieceStarts(id) : null;
      if (starts) pieces[gram] = writePieces(id, starts);
      else
        entries.push(gramEntry(gram, postingsPerGram[id] as number, postingsPerGram[id + 1] as number, rank));
      if (!hasPositions(gramCodes[id] as number)) continue;
      const encoded = encodePositions(id, starts && starts.slice(1));
      if (starts === null && encoded.partStarts.length === 0) {
        (posShardEntries[shardKeyOf(gram, posShards)] as PosShard)[gram] = bytesToBase64(encoded.positions);
      } else {
        if (starts === null) parts[gram] = encoded.partStarts;
        const offsets = [0, ...encoded.partOffsets, encoded.positions.length];
        for (let part = 0; part + 1 < offsets.length; part += 1) {
          write(indexPaths.posPart(gram, part, buildId), {
            [gram]: bytesToBase64(encoded.positions.subarray(offsets[part], offsets[part + 1])),
          });
        }
      }
    }
    const shard: DocShard = { flex: gapChunks(gramMapChunks(entries)), rank, parts, pieces };
    write(indexPaths.docShard(key, buildId), shard);
  });
  posShardEntries.forEach((entries, key) => {
    const sortedEntries: PosShard = {};
    for (const gram of Object.keys(entries).sort()) sortedEntries[gram] = entries[gram] as string;
    write(indexPaths.posShard(key, buildId), sortedEntries);
  });

  for (let chunk = 0; chunk * docsPerChunk < docs.length; chunk += 1) {
    write(indexPaths.docChunk(chunk, buildId), docs.slice(chunk * docsPerChunk, (chunk + 1) * docsPerChunk));
  }

  write(indexPaths.meta(buildId), segmentMeta(entries));
  return {
    segment: { buildId, docCount: docs.length, docsPerChunk, docShards, posShards, files },
    bytes,
  };
}

/** The segment's filter fields: its value lists with counts, and per document varints (see SearchMeta). */
function segmentMeta(entries: readonly IndexEntry[]): SearchMeta {
  const { sections, columns, kinds } = countFilterValues(entries);
  const indexOf = (list: readonly { name: string }[]) => new Map(list.map((item, i) => [item.name, i]));
  const sectionIndex = indexOf(sections);
  const columnIndex = indexOf(columns);
  const kindIndex = indexOf(kinds);
  const metaWriter = new VarintWriter();
  let previousStart: number | null = null;
  for (const entry of entries) {
    const [start, end] = dateToDayRange(entry.date);
    metaWriter.write(previousStart === null ? start + DAY_NUMBER_OFFSET : previousStart - start);
    metaWriter.write(end - start);
    metaWriter.write(sectionIndex.get(entry.section) ?? 0);
    metaWriter.write(entry.column === null ? 0 : (columnIndex.get(entry.column) ?? -1) + 1);
    metaWriter.write(entry.kind === null ? 0 : (kindIndex.get(entry.kind) ?? -1) + 1);
    previousStart = start;
  }
  return { sections, columns, kinds, docs: bytesToBase64(metaWriter.toBytes()) };
}
