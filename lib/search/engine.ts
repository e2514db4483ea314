// The query engine: fetches only the shards a query needs, asks each shard's FlexSearch Index for
// the candidate documents of every gram (intersected rarest first), verifies longer terms exactly
// with bigram positions, ranks, and builds highlighted results. Runs in the worker and in Node.
import type { Index } from 'flexsearch';
import { normalizeDocFields, type SearchDoc } from './document';
import { importGramIndex, lookupGram, ungapChunks } from './flex-index';
import {
  DAY_NUMBER_OFFSET,
  dayNumber,
  parseDocChunk,
  parseDocShard,
  parseManifest,
  parseMeta,
  parseSections,
  parsePosShard,
  SearchIndexError,
  type SearchManifest,
  type SearchMeta,
} from './format';
import { base64ToBytes, readPositions, VarintReader, type DocPostingList } from './postings';
import { indexPaths, shardKeyOf } from './shard-key';
import { makeSnippet, type Snippet } from './snippet';
import { parseQuery, termGrams } from './tokenize';
import { termRanges, toSourceRange, type Range } from './verify';

/** Loads and parses one JSON file of the index, by path relative to the index root. */
export type IndexLoader = (relativePath: string) => Promise<unknown>;

/** Minimal fetch signature (the browser's fetch, or a shim in tests). */
export type FetchLike = (url: string) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

/** How many parsed index files a loader keeps (least recently used go first): bounds the worker's heap. */
export const LOADER_CACHE_FILES = 192;

/**
 * A loader that fetches `<baseUrl>/<path>` and memoises each file as a promise (failed fetches
 * are retried); the memo keeps the most recently used files, so a long session stays small.
 */
export function createFetchLoader(
  baseUrl: string,
  fetchImpl: FetchLike = (url) => fetch(url),
  cacheFiles = LOADER_CACHE_FILES,
): IndexLoader {
  const cache = new Map<string, Promise<unknown>>();
  const base = baseUrl.replace(/\/+$/, '');
  return (relativePath) => {
    let pending = cache.get(relativePath);
    if (pending) {
      cache.delete(relativePath);
      cache.set(relativePath, pending);
    } else {
      pending = fetchImpl(`${base}/${relativePath}`).then((response) => {
        if (!response.ok) throw new Error(`${relativePath}: HTTP ${response.status}`);
        return response.json();
      });
      pending.catch(() => cache.delete(relativePath));
      cache.set(relativePath, pending);
      if (cache.size > cacheFiles) {
        const oldest = cache.keys().next().value;
        if (oldest !== undefined) cache.delete(oldest);
      }
    }
    return pending;
  };
}

/** A search as the URL and the form describe it. */
export interface SearchRequest {
  query: string;
  /** 版面 name to keep, or null for all. */
  section?: string | null;
  /** First day `YYYY-MM-DD` (inclusive), or null. */
  from?: string | null;
  /** Last day `YYYY-MM-DD` (inclusive), or null. */
  to?: string | null;
  /** `relevance` (title hits, then occurrences, then newest) or `date` (newest first). */
  sort?: 'relevance' | 'date';
  /** 1-based page of results. */
  page?: number;
  pageSize?: number;
  /** Return results with ids only (no excerpts): for tests and tools that need whole result sets. */
  idsOnly?: boolean;
}

/** One result on screen. */
export interface SearchResult {
  id: string;
  date: string;
  page: number;
  pageName: string;
  title: string;
  /** Match ranges in `title`. */
  titleRanges: Range[];
  kicker: string | null;
  subtitle: string | null;
  /** Excerpt around the first match outside the title (or the opening of the body). */
  snippet: Snippet;
  /** Occurrences of the terms (all fields). */
  occurrences: number;
}

/** The answer to one search. */
export interface SearchResponse {
  /** Normalised terms that all had to match (empty when the query has no searchable characters). */
  terms: string[];
  /** Exact number of matching articles (after filters). */
  total: number;
  page: number;
  pageSize: number;
  results: SearchResult[];
}

/** A 版面 with its article count, for the filter. */
export interface SectionCount {
  name: string;
  count: number;
}

interface GramPostings {
  postings: DocPostingList;
  /** Posting index where parts 1… of the positions begin; null when positions sit in a position shard. */
  partStarts: number[] | null;
}

const DEFAULT_PAGE_SIZE = 10;
// Packed sort keys (below 2^53): head-field terms, occurrences (capped), document number.
const MAX_HEADS = 15;
const COUNT_SCALE = 2 ** 21;
const DOC_SCALE = 2 ** 24;
const GRAM_CACHE_LIMIT = 256;

function lowerBound(sorted: ArrayLike<number>, value: number, from = 0): number {
  let lo = from;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function hasValue(sorted: readonly number[], value: number): boolean {
  const at = lowerBound(sorted, value);
  return sorted[at] === value;
}

/** The search engine over one index (one manifest). */
export class SearchEngine {
  private readonly gramCache = new Map<string, Promise<GramPostings>>();
  private metaPromise: Promise<{
    meta: SearchMeta;
    starts: Int32Array;
    ends: Int32Array;
    sections: Uint16Array;
  }> | null = null;

  private constructor(
    private readonly load: IndexLoader,
    /** The validated manifest. */
    readonly manifest: SearchManifest,
  ) {}

  /** Loads and validates the manifest, then returns an engine over that index. */
  static async open(load: IndexLoader): Promise<SearchEngine> {
    return new SearchEngine(load, parseManifest(indexPaths.manifest, await load(indexPaths.manifest)));
  }

  /** Runs a search: exact matches of every term, filtered, ranked, one page of highlighted results. */
  async search(request: SearchRequest): Promise<SearchResponse> {
    const terms = parseQuery(request.query);
    const pageSize = Math.max(1, request.pageSize ?? DEFAULT_PAGE_SIZE);
    const page = Math.max(1, Math.floor(request.page ?? 1));
    if (terms.length === 0) return { terms, total: 0, page, pageSize, results: [] };

    // Per term its matching documents (ascending) with counts; intersected from the rarest, on typed
    // arrays: at 100k articles a common term matches tens of thousands of documents.
    const perTerm = await Promise.all(terms.map((term) => this.matchTerm(term)));
    perTerm.sort((a, b) => a.docs.length - b.docs.length);
    const [rarest = EMPTY_POSTINGS, ...others] = perTerm;
    const keep = await this.docFilter(request);
    const matchDocs = new Int32Array(rarest.docs.length);
    const matchHeads = new Int32Array(rarest.docs.length);
    const matchCounts = new Float64Array(rarest.docs.length);
    const cursors = others.map(() => 0);
    let total = 0;
    for (let i = 0; i < rarest.docs.length; i += 1) {
      const doc = rarest.docs[i] as number;
      let heads = (rarest.headCounts[i] as number) > 0 ? 1 : 0;
      let count = rarest.counts[i] as number;
      let all = true;
      for (let t = 0; t < others.length; t += 1) {
        const other = others[t] as DocPostingList;
        const at = lowerBound(other.docs, doc, cursors[t]);
        cursors[t] = at;
        if (other.docs[at] !== doc) {
          all = false;
          break;
        }
        heads += (other.headCounts[at] as number) > 0 ? 1 : 0;
        count += other.counts[at] as number;
      }
      if (!all || (keep !== null && !keep(doc))) continue;
      matchDocs[total] = doc;
      matchHeads[total] = heads;
      matchCounts[total] = count;
      total += 1;
    }

    // One packed number per match sorts natively: relevance is (more head-field terms, more
    // occurrences, newer = smaller document number); `date` is the document number alone.
    const keys = new Float64Array(total);
    for (let i = 0; i < total; i += 1) {
      const doc = matchDocs[i] as number;
      keys[i] =
        request.sort === 'date'
          ? doc
          : ((MAX_HEADS - Math.min(matchHeads[i] as number, MAX_HEADS)) * COUNT_SCALE +
              (COUNT_SCALE - 1 - Math.min(matchCounts[i] as number, COUNT_SCALE - 1))) *
              DOC_SCALE +
            doc;
    }
    keys.sort();
    const onPage = Array.from(keys.subarray((page - 1) * pageSize, page * pageSize), (key) => {
      const doc = key % DOC_SCALE;
      return { doc, count: matchCounts[lowerBound(matchDocs.subarray(0, total), doc)] as number };
    });
    const results = await Promise.all(
      onPage.map(async ({ doc, count }) => {
        const loaded = await this.loadDoc(doc);
        return request.idsOnly ? this.toBareResult(loaded, count) : this.toResult(loaded, terms, count);
      }),
    );
    return { terms, total, page, pageSize, results };
  }

  /** Every 版面 with its article count (for the section filter). */
  async sections(): Promise<SectionCount[]> {
    const file = indexPaths.sections(this.manifest.buildId);
    return parseSections(file, await this.load(file));
  }

  /** Documents containing `term` exactly, with occurrence and title-hit counts. */
  private async matchTerm(term: string): Promise<DocPostingList> {
    const grams = termGrams(term);
    if (term.length <= 2) {
      // A one- or two-character term is itself an indexed gram (an exact FlexSearch key): the
      // documents FlexSearch lists for it are the exact answer, no verification needed.
      return (await this.gramPostings(grams[0] as string)).postings;
    }
    // Position shards are named by the gram alone, so fetch them alongside the doc-level shards
    // (one round trip instead of two; grams whose positions live in parts fetch those later).
    for (const gram of grams) {
      this.load(indexPaths.posShard(shardKeyOf(gram, this.manifest.posShards), this.manifest.buildId)).catch(
        () => undefined,
      );
    }
    const lists = await Promise.all(grams.map((gram) => this.gramPostings(gram)));
    // Candidates (FlexSearch's lists, intersected rarest first) hold every bigram of the term; only
    // the positions decide whether the bigrams stand side by side, so a candidate is never a match by itself.
    const bySize = [...lists].sort((a, b) => a.postings.docs.length - b.postings.docs.length);
    let candidates = Array.from((bySize[0] as GramPostings).postings.docs);
    for (const list of bySize.slice(1)) {
      const docs = list.postings.docs;
      let from = 0;
      candidates = candidates.filter((doc) => {
        from = lowerBound(docs, doc, from);
        return docs[from] === doc;
      });
      if (candidates.length === 0) return EMPTY_POSTINGS;
    }
    const positions = await Promise.all(
      grams.map((gram, i) => this.gramPositions(gram, lists[i] as GramPostings, candidates)),
    );
    const byGram = new Map(grams.map((gram, i) => [gram, positions[i] as Map<number, number[]>]));
    const firstGram = grams[0] as string;
    const firstPostings = (lists[0] as GramPostings).postings;
    const headCounts = new Map<number, number>();
    for (const doc of candidates) {
      headCounts.set(doc, firstPostings.headCounts[lowerBound(firstPostings.docs, doc)] as number);
    }
    const docs: number[] = [];
    const counts: number[] = [];
    const heads: number[] = [];
    for (const doc of candidates) {
      const starts = byGram.get(firstGram)?.get(doc) ?? [];
      let count = 0;
      let headCount = 0;
      const firstHeadCount = headCounts.get(doc) ?? 0;
      starts.forEach((start, occurrence) => {
        for (let offset = 1; offset + 2 <= term.length; offset += 1) {
          const list = byGram.get(term.slice(offset, offset + 2))?.get(doc);
          if (!list || !hasValue(list, start + offset)) return;
        }
        count += 1;
        if (occurrence < firstHeadCount) headCount += 1;
      });
      if (count > 0) {
        docs.push(doc);
        counts.push(count);
        heads.push(headCount);
      }
    }
    return {
      docs: Int32Array.from(docs),
      counts: Int32Array.from(counts),
      headCounts: Int32Array.from(heads),
    };
  }

  /** A gram's doc-level postings (memoised, bounded); empty when the index does not have the gram. */
  private gramPostings(gram: string): Promise<GramPostings> {
    let pending = this.gramCache.get(gram);
    if (pending) {
      this.gramCache.delete(gram);
      this.gramCache.set(gram, pending);
      return pending;
    }
    const file = indexPaths.docShard(shardKeyOf(gram, this.manifest.docShards), this.manifest.buildId);
    pending = this.load(file).then(async (value): Promise<GramPostings> => {
      const shard = openShardCached(file, value);
      const pieceCount = shard.pieces[gram];
      if (pieceCount === undefined)
        return {
          postings: shardPostings(file, shard, gram, this.manifest.docCount),
          partStarts: shard.parts[gram] ?? null,
        };
      // A very common gram: its FlexSearch export is split by document range into piece files.
      const pieces = await Promise.all(
        Array.from({ length: pieceCount }, async (_, piece) => {
          const pieceFile = indexPaths.docPiece(gram, piece, this.manifest.buildId);
          return shardPostings(
            pieceFile,
            openShardCached(pieceFile, await this.load(pieceFile)),
            gram,
            this.manifest.docCount,
          );
        }),
      );
      const concatenated = concatPostings(pieces);
      for (let i = 1; i < concatenated.docs.length; i += 1) {
        if ((concatenated.docs[i] as number) <= (concatenated.docs[i - 1] as number))
          throw new SearchIndexError(file, `pieces of "${gram}" are not in document order`);
      }
      return { postings: concatenated, partStarts: shard.parts[gram] ?? null };
    });
    pending.catch(() => this.gramCache.delete(gram));
    this.gramCache.set(gram, pending);
    if (this.gramCache.size > GRAM_CACHE_LIMIT) {
      const oldest = this.gramCache.keys().next().value;
      if (oldest !== undefined) this.gramCache.delete(oldest);
    }
    return pending;
  }

  /** Positions of a bigram in the candidate documents, reading only the parts that hold them. */
  private async gramPositions(
    gram: string,
    list: GramPostings,
    candidates: readonly number[],
  ): Promise<Map<number, number[]>> {
    const wanted = new Set(candidates);
    const found = new Map<number, number[]>();
    const { docs, counts } = list.postings;
    const partStarts = list.partStarts === null ? null : [0, ...list.partStarts, docs.length];
    const pieces: { file: string; first: number; last: number }[] = [];
    if (partStarts === null) {
      pieces.push({
        file: indexPaths.posShard(shardKeyOf(gram, this.manifest.posShards), this.manifest.buildId),
        first: 0,
        last: docs.length,
      });
    } else {
      for (let part = 0; part + 1 < partStarts.length; part += 1) {
        const first = partStarts[part] as number;
        const last = partStarts[part + 1] as number;
        if (docs.subarray(first, last).some((doc) => wanted.has(doc))) {
          pieces.push({ file: indexPaths.posPart(gram, part, this.manifest.buildId), first, last });
        }
      }
    }
    await Promise.all(
      pieces.map(async ({ file, first, last }) => {
        const encoded = parsePosShard(file, await this.load(file))[gram];
        if (encoded === undefined) return;
        const reader = new VarintReader(base64ToBytes(encoded));
        for (let i = first; i < last; i += 1) {
          const doc = docs[i] as number;
          if (wanted.has(doc)) found.set(doc, readPositions(reader, counts[i] as number));
          else for (let skip = counts[i] as number; skip > 0; skip -= 1) reader.read();
        }
      }),
    );
    return found;
  }

  /** The filters of a request as a test per document, or null when nothing is filtered. */
  private async docFilter(request: SearchRequest): Promise<((doc: number) => boolean) | null> {
    const section = request.section || null;
    const from = request.from && /^\d{4}-\d{2}-\d{2}$/.test(request.from) ? dayNumber(request.from) : null;
    const to = request.to && /^\d{4}-\d{2}-\d{2}$/.test(request.to) ? dayNumber(request.to) : null;
    if (section === null && from === null && to === null) return null;
    const { meta, starts, ends, sections } = await this.loadMeta();
    const sectionIndex = section === null ? -1 : meta.sections.findIndex((entry) => entry.name === section);
    if (section !== null && sectionIndex < 0) return () => false;
    // An article dated by an interval (2022-03-06/2022-03-12) is kept when the interval overlaps the filter.
    return (doc) =>
      (sectionIndex < 0 || sections[doc] === sectionIndex) &&
      (from === null || (ends[doc] as number) >= from) &&
      (to === null || (starts[doc] as number) <= to);
  }

  private loadMeta() {
    if (!this.metaPromise) {
      const file = indexPaths.meta(this.manifest.buildId);
      this.metaPromise = this.load(file).then((value) => {
        const meta = parseMeta(file, value);
        const count = this.manifest.docCount;
        const starts = new Int32Array(count);
        const ends = new Int32Array(count);
        const sections = new Uint16Array(count);
        const reader = new VarintReader(base64ToBytes(meta.docs));
        let previous = 0;
        for (let doc = 0; doc < count; doc += 1) {
          const value = reader.read();
          const start = doc === 0 ? value - DAY_NUMBER_OFFSET : previous - value;
          starts[doc] = start;
          ends[doc] = start + reader.read();
          sections[doc] = reader.read();
          previous = start;
        }
        return { meta, starts, ends, sections };
      });
      this.metaPromise.catch(() => {
        this.metaPromise = null;
      });
    }
    return this.metaPromise;
  }

  private async loadDoc(doc: number): Promise<SearchDoc> {
    const chunk = Math.floor(doc / this.manifest.docsPerChunk);
    const file = indexPaths.docChunk(chunk, this.manifest.buildId);
    const docs = parseChunkCached(file, await this.load(file));
    const found = docs[doc - chunk * this.manifest.docsPerChunk];
    if (!found) throw new Error(`${file}: document ${doc} is missing`);
    return found;
  }

  private toBareResult(doc: SearchDoc, occurrences: number): SearchResult {
    const { id, date, page, pageName, title, kicker, subtitle } = doc;
    const snippet = { text: '', ranges: [], cutStart: false, cutEnd: false };
    return { id, date, page, pageName, title, titleRanges: [], kicker, subtitle, snippet, occurrences };
  }

  private toResult(doc: SearchDoc, terms: readonly string[], occurrences: number): SearchResult {
    const fields = normalizeDocFields(doc);
    const rangesOf = (field: (typeof fields)[number]) =>
      termRanges(field.normalized.text, terms).map((range) =>
        toSourceRange(range, field.normalized.starts, field.normalized.ends),
      );
    const title = fields.find((field) => field.kind === 'title');
    const titleRanges = title ? rangesOf(title) : [];
    let snippet: Snippet | null = null;
    for (const field of fields) {
      if (field.kind === 'title') continue;
      const ranges = rangesOf(field);
      if (ranges.length > 0) {
        snippet = makeSnippet(field.text, ranges);
        break;
      }
    }
    snippet ??= makeSnippet(doc.body[0] ?? doc.subtitle ?? '', []);
    return {
      id: doc.id,
      date: doc.date,
      page: doc.page,
      pageName: doc.pageName,
      title: doc.title,
      titleRanges,
      kicker: doc.kicker,
      subtitle: doc.subtitle,
      snippet,
      occurrences,
    };
  }
}

const EMPTY_POSTINGS: DocPostingList = {
  docs: new Int32Array(0),
  counts: new Int32Array(0),
  headCounts: new Int32Array(0),
};

/** A gram's documents in one shard or piece: FlexSearch finds them; the rank array, in the same order, gives their counts. */
function shardPostings(file: string, shard: OpenShard, gram: string, docCount: number): DocPostingList {
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
  pieces: Record<string, number>;
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
  const opened: OpenShard = { index: importGramIndex(flex), rank, rankStart, parts, pieces };
  if (typeof value === 'object' && value !== null) openShards.set(value, opened);
  return opened;
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
