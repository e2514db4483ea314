// Reading one segment of the index: which of its files a gram, a document or the filters need,
// fetched through the loader and turned into typed postings once per file (validation and
// FlexSearch's import are cached per parsed file object). Document numbers here are the
// segment's own (from 0). No matching or ranking here: this module only says what the files hold.
import type { Index } from 'flexsearch';
import type { SearchDoc } from './document';
import { importGramIndex, lookupGram, ungapChunks } from './flex-index';
import {
  DAY_NUMBER_OFFSET,
  parseDocChunk,
  parseDocShard,
  parseMeta,
  parsePosShard,
  SearchIndexError,
  type SearchMeta,
  type SearchSegment,
} from './format';
import type { IndexLoader } from './loader';
import { base64ToBytes, VarintReader, type DocPostingList } from './postings';
import { indexPaths, shardKeyOf } from './shard-key';
import { rangeHolds } from './sorted-lists';
import { POSITION_GRAM } from './tokenize';

/** What a gram's doc-level shard says about it (the first round trip of a query). */
export interface GramEntry {
  gram: string;
  /** The gram's documents when its shard holds them whole; null for a pieced gram. */
  whole: DocPostingList | null;
  /** Whole gram: posting index where parts 1… of its positions begin; null when they sit in a position shard. */
  partStarts: number[] | null;
  /** Pieced gram: first document of each piece (part k of its positions covers piece k's documents). */
  pieceStarts: number[] | null;
}

/** A run of one gram's postings and the file holding their positions (in the same order). */
export interface PositionSegment {
  gram: string;
  file: string;
  postings: DocPostingList;
  first: number;
  last: number;
}

/** Per-document filter fields, decoded once from meta.json into typed arrays. */
export interface DocMeta {
  meta: SearchMeta;
  /** Per document: first day (day number). */
  starts: Int32Array;
  /** Per document: last day (day number). */
  ends: Int32Array;
  /** Per document: 版面 index. */
  sections: Uint16Array;
  /** Per document: column index + 1, or 0. */
  columns: Uint32Array;
  /** Per document: kind index + 1, or 0. */
  kinds: Uint8Array;
}

/** An empty posting list (no documents). */
export const EMPTY_POSTINGS: DocPostingList = {
  docs: new Int32Array(0),
  counts: new Int32Array(0),
  headCounts: new Int32Array(0),
};

const GRAM_CACHE_LIMIT = 256;

/** The files of one segment (one manifest entry), read through a loader; gram entries are memoised (bounded). */
export class IndexFiles {
  private readonly gramCache = new Map<string, Promise<GramEntry>>();
  private metaPromise: Promise<DocMeta> | null = null;

  constructor(
    private readonly load: IndexLoader,
    /** The segment's entry in the validated manifest. */
    readonly segment: SearchSegment,
  ) {}

  /** Starts fetching the position shard that holds `gram` (named by the gram alone), ignoring failures. */
  prefetchPositionShard(gram: string): void {
    this.load(indexPaths.posShard(shardKeyOf(gram, this.segment.posShards), this.segment.buildId)).catch(
      () => undefined,
    );
  }

  /** What a gram's doc-level shard holds for it (memoised, bounded). */
  gramEntry(gram: string): Promise<GramEntry> {
    let pending = this.gramCache.get(gram);
    if (pending) {
      this.gramCache.delete(gram);
      this.gramCache.set(gram, pending);
      return pending;
    }
    const file = indexPaths.docShard(shardKeyOf(gram, this.segment.docShards), this.segment.buildId);
    pending = this.load(file).then((value): GramEntry => {
      const shard = openShardCached(file, value);
      const pieceStarts = shard.pieces[gram] ?? null;
      return {
        gram,
        whole: pieceStarts === null ? shardPostings(file, shard, gram, this.segment.docCount) : null,
        partStarts: shard.parts[gram] ?? null,
        pieceStarts,
      };
    });
    pending.catch(() => this.gramCache.delete(gram));
    this.gramCache.set(gram, pending);
    if (this.gramCache.size > GRAM_CACHE_LIMIT) {
      const oldest = this.gramCache.keys().next().value;
      if (oldest !== undefined) this.gramCache.delete(oldest);
    }
    return pending;
  }

  /**
   * Position files of a whole gram: its position shard, or the parts holding `candidates` (all
   * when null), whose fetches start at once.
   */
  wholeSegments(
    entry: GramEntry,
    postings: DocPostingList,
    candidates: Int32Array | null,
  ): PositionSegment[] {
    const { buildId, posShards } = this.segment;
    if (entry.partStarts === null)
      return [
        {
          gram: entry.gram,
          file: indexPaths.posShard(shardKeyOf(entry.gram, posShards), buildId),
          postings,
          first: 0,
          last: postings.docs.length,
        },
      ];
    const starts = [0, ...entry.partStarts, postings.docs.length];
    const segments: PositionSegment[] = [];
    for (let part = 0; part + 1 < starts.length; part += 1) {
      const first = starts[part] as number;
      const last = starts[part + 1] as number;
      if (first === last) continue;
      const low = postings.docs[first] as number;
      const high = postings.docs[last - 1] as number;
      if (candidates !== null && !rangeHolds(candidates, low, high)) continue;
      const file = indexPaths.posPart(entry.gram, part, buildId);
      this.load(file).catch(() => undefined);
      segments.push({ gram: entry.gram, file, postings, first, last });
    }
    return segments;
  }

  /**
   * A pieced gram's documents from the pieces whose document range can hold `candidates` (all
   * pieces when null), fetched together with the matching position parts when `withPositions`
   * (when every gram of a term is pieced, all their parts: the candidates of common trigrams
   * touch nearly every part, and waiting for them would cost a round trip); the documents of
   * pieces not fetched cannot be candidates, so intersections stay exact.
   */
  async piecesPostings(
    entry: GramEntry,
    candidates: Int32Array | null,
    withPositions: boolean,
  ): Promise<{ postings: DocPostingList; segments: PositionSegment[] }> {
    const { buildId, docCount } = this.segment;
    const starts = entry.pieceStarts ?? [];
    const wanted: number[] = [];
    starts.forEach((low, piece) => {
      const high = piece + 1 < starts.length ? (starts[piece + 1] as number) - 1 : docCount - 1;
      if (candidates === null || rangeHolds(candidates, low, high)) wanted.push(piece);
    });
    const hasPositions = entry.gram.length === POSITION_GRAM;
    const lists = await Promise.all(
      wanted.map(async (piece) => {
        const file = indexPaths.docPiece(entry.gram, piece, buildId);
        const partFile = indexPaths.posPart(entry.gram, piece, buildId);
        if (withPositions && hasPositions) this.load(partFile).catch(() => undefined);
        const postings = shardPostings(
          file,
          openShardCached(file, await this.load(file)),
          entry.gram,
          docCount,
        );
        const low = starts[piece] as number;
        const high = piece + 1 < starts.length ? (starts[piece + 1] as number) : docCount;
        if (
          postings.docs.length > 0 &&
          ((postings.docs[0] as number) !== low ||
            (postings.docs[postings.docs.length - 1] as number) >= high)
        )
          throw new SearchIndexError(file, `piece ${piece} of "${entry.gram}" is outside its document range`);
        return { postings, file: partFile };
      }),
    );
    const postings = concatPostings(lists.map((list) => list.postings));
    const segments: PositionSegment[] = [];
    let at = 0;
    for (const list of lists) {
      segments.push({
        gram: entry.gram,
        file: list.file,
        postings,
        first: at,
        last: at + list.postings.docs.length,
      });
      at += list.postings.docs.length;
    }
    return { postings, segments };
  }

  /** A gram's encoded positions in one position file (varints, per posting), or null when the file has none. */
  async positionBytes(file: string, gram: string): Promise<Uint8Array | null> {
    return positionBytesCached(file, await this.load(file), gram);
  }

  /** Every document's filter fields (fetched once; retried after a failure). */
  docMeta(): Promise<DocMeta> {
    if (!this.metaPromise) {
      const file = indexPaths.meta(this.segment.buildId);
      this.metaPromise = this.load(file).then((value) => {
        const meta = parseMeta(file, value);
        const count = this.segment.docCount;
        const starts = new Int32Array(count);
        const ends = new Int32Array(count);
        const sections = new Uint16Array(count);
        const columns = new Uint32Array(count);
        const kinds = new Uint8Array(count);
        const reader = new VarintReader(base64ToBytes(meta.docs));
        let previous = 0;
        for (let doc = 0; doc < count; doc += 1) {
          const value = reader.read();
          const start = doc === 0 ? value - DAY_NUMBER_OFFSET : previous - value;
          starts[doc] = start;
          ends[doc] = start + reader.read();
          sections[doc] = reader.read();
          columns[doc] = reader.read();
          kinds[doc] = reader.read();
          previous = start;
        }
        return { meta, starts, ends, sections, columns, kinds };
      });
      this.metaPromise.catch(() => {
        this.metaPromise = null;
      });
    }
    return this.metaPromise;
  }

  /** One document's searchable text and fields, from its docs/ chunk. */
  async doc(doc: number): Promise<SearchDoc> {
    const chunk = Math.floor(doc / this.segment.docsPerChunk);
    const file = indexPaths.docChunk(chunk, this.segment.buildId);
    const docs = parseChunkCached(file, await this.load(file));
    const found = docs[doc - chunk * this.segment.docsPerChunk];
    if (!found) throw new Error(`${file}: document ${doc} is missing`);
    return found;
  }
}

/** A gram's documents in one shard or piece: FlexSearch finds them; the rank array, in the same order, gives their counts. */
function shardPostings(file: string, shard: OpenShard, gram: string, docCount: number): DocPostingList {
  let list = shard.lists.get(gram);
  if (!list) {
    list = readShardPostings(file, shard, gram, docCount);
    shard.lists.set(gram, list);
  }
  return list;
}

function readShardPostings(file: string, shard: OpenShard, gram: string, docCount: number): DocPostingList {
  const start = shard.rankStart.get(gram);
  if (start === undefined) return EMPTY_POSTINGS;
  const ids = lookupGram(shard.index, gram);
  const docs = new Int32Array(ids.length);
  const counts = new Int32Array(ids.length);
  const headCounts = new Int32Array(ids.length);
  let at = start;
  let previous = -1;
  for (let i = 0; i < ids.length; i += 1) {
    const doc = ids[i] as number;
    if (!Number.isInteger(doc) || doc <= previous || doc >= docCount)
      throw new SearchIndexError(file, `documents of "${gram}" are not ascending document numbers`);
    const packed = shard.rank[at++] as number;
    docs[i] = doc;
    counts[i] = Math.floor(packed / 2);
    headCounts[i] = packed % 2 === 1 ? (shard.rank[at++] as number) : 0;
    previous = doc;
  }
  return { docs, counts, headCounts };
}

function concatPostings(lists: readonly DocPostingList[]): DocPostingList {
  const length = lists.reduce((sum, list) => sum + list.docs.length, 0);
  const out = {
    docs: new Int32Array(length),
    counts: new Int32Array(length),
    headCounts: new Int32Array(length),
  };
  let at = 0;
  for (const list of lists) {
    out.docs.set(list.docs, at);
    out.counts.set(list.counts, at);
    out.headCounts.set(list.headCounts, at);
    at += list.docs.length;
  }
  return out;
}

/** A doc-level shard ready for lookups: FlexSearch's Index, and where each gram's rank values start. */
interface OpenShard {
  index: Index;
  rank: number[];
  rankStart: Map<string, number>;
  parts: Record<string, number[]>;
  pieces: Record<string, number[]>;
  /** Postings already read, per gram. */
  lists: Map<string, DocPostingList>;
}

// JSON files are parsed by the loader once; validation and FlexSearch's import run once per file
// object, not per query (the loader's LRU drops the file, and with it the imported Index).
const openShards = new WeakMap<object, OpenShard>();
const ungapped = new WeakSet<object>();
function openShardCached(file: string, value: unknown): OpenShard {
  const known = typeof value === 'object' && value !== null ? openShards.get(value) : undefined;
  if (known) return known;
  const { flex, rank, parts, pieces } = parseDocShard(file, value);
  // Gaps back to document ids, in place: once per file object, even if validation below throws.
  if (!ungapped.has(flex)) {
    ungapped.add(flex);
    ungapChunks(flex);
  }
  const rankStart = new Map<string, number>();
  let at = 0;
  try {
    for (const [, data] of flex) {
      for (const [gram, slots] of data as [string, (number[] | null)[]][]) {
        rankStart.set(gram, at);
        for (const slot of slots)
          for (let i = 0; i < (slot?.length ?? 0); i += 1) at += (rank[at] as number) % 2 === 1 ? 2 : 1;
      }
    }
  } catch {
    throw new SearchIndexError(file, 'FlexSearch map entries are malformed');
  }
  if (at !== rank.length)
    throw new SearchIndexError(
      file,
      `field "rank" has ${rank.length} values, the FlexSearch map needs ${at}`,
    );
  const opened: OpenShard = {
    index: importGramIndex(flex),
    rank,
    rankStart,
    parts,
    pieces,
    lists: new Map(),
  };
  if (typeof value === 'object' && value !== null) openShards.set(value, opened);
  return opened;
}

// Base64 position strings decoded once per (file object, gram).
const decodedPositions = new WeakMap<object, Map<string, Uint8Array>>();
function positionBytesCached(file: string, value: unknown, gram: string): Uint8Array | null {
  const shard = value as Record<string, string>;
  let decoded = decodedPositions.get(shard);
  if (!decoded) {
    parsePosShard(file, value);
    decoded = new Map();
    decodedPositions.set(shard, decoded);
  }
  let bytes = decoded.get(gram);
  if (bytes === undefined) {
    const encoded = shard[gram];
    if (encoded === undefined) return null;
    bytes = base64ToBytes(encoded);
    decoded.set(gram, bytes);
  }
  return bytes;
}

const validatedChunks = new WeakMap<object, SearchDoc[]>();
function parseChunkCached(file: string, value: unknown): SearchDoc[] {
  if (typeof value === 'object' && value !== null) {
    const known = validatedChunks.get(value);
    if (known) return known;
    const parsed = parseDocChunk(file, value);
    validatedChunks.set(value, parsed);
    return parsed;
  }
  return parseDocChunk(file, value);
}
