// The query engine: fetches only the shards a query needs, asks each shard's FlexSearch Index for
// the candidate documents of every gram (intersected rarest first), verifies longer terms exactly
// with bigram positions and ranks; result.ts turns each hit into what the page shows. Runs in the
// worker and in Node.
import type { Index } from 'flexsearch';
import type { SearchDoc } from './document';
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
  parseFacets,
  type SearchFacets,
  type SearchManifest,
  type SearchMeta,
} from './format';
import { base64ToBytes, VarintReader, type DocPostingList } from './postings';
import { indexPaths, shardKeyOf } from './shard-key';
import { docToBareResult, docToResult, type SearchResult } from './result';
import { parseQuery, termGrams } from './tokenize';

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
  /** 栏目 (column) name to keep, or null for all. */
  column?: string | null;
  /** 体裁 (kind: 消息, 评论, 访谈, 署名文章) to keep, or null for all. */
  kind?: string | null;
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

export type { SearchResult } from './result';

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

/** What a gram's doc-level shard says about it (the first round trip of a query). */
interface GramEntry {
  gram: string;
  /** The gram's documents when its shard holds them whole; null for a pieced gram. */
  whole: DocPostingList | null;
  /** Whole gram: posting index where parts 1… of its positions begin; null when they sit in a position shard. */
  partStarts: number[] | null;
  /** Pieced gram: first document of each piece (part k of its positions covers piece k's documents). */
  pieceStarts: number[] | null;
}

/** A run of one gram's postings and the file holding their positions (in the same order). */
interface PositionSegment {
  gram: string;
  file: string;
  postings: DocPostingList;
  first: number;
  last: number;
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

/** The values two ascending lists share (a galloping walk over the longer one). */
function intersectSorted(a: Int32Array, b: Int32Array): Int32Array {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  const out = new Int32Array(small.length);
  let n = 0;
  let from = 0;
  for (let i = 0; i < small.length; i += 1) {
    const value = small[i] as number;
    from = lowerBound(large, value, from);
    if (from === large.length) break;
    if (large[from] === value) out[n++] = value;
  }
  return out.subarray(0, n);
}

/**
 * The entries of the bigrams a ≥3-character term needs: a cheapest set of offsets that covers
 * every character (offset i covers characters i and i + 1, so consecutive chosen offsets are at
 * most 2 apart, starting at 0 and ending at length − 2). Cost: a pieced gram costs more than any
 * whole one (more pieces, more), a whole gram its number of documents. The first entry is offset 0's.
 */
function coverEntries(term: string, entries: readonly GramEntry[]): GramEntry[] {
  const byGram = new Map(entries.map((entry) => [entry.gram, entry]));
  const last = term.length - 2;
  const costOf = (offset: number) => {
    const entry = byGram.get(term.slice(offset, offset + 2)) as GramEntry;
    return entry.whole === null ? ((entry.pieceStarts?.length ?? 0) + 1) * 1e7 : entry.whole.docs.length;
  };
  const best = new Float64Array(last + 1);
  const from = new Int32Array(last + 1).fill(-1);
  for (let offset = 0; offset <= last; offset += 1) {
    let previous = 0;
    if (offset > 0) {
      from[offset] = offset - 1;
      previous = best[offset - 1] as number;
      if (offset > 1 && (best[offset - 2] as number) < previous) {
        from[offset] = offset - 2;
        previous = best[offset - 2] as number;
      }
    }
    best[offset] = previous + costOf(offset);
  }
  const chosen = new Set<string>();
  for (let offset = last; offset >= 0; offset = from[offset] as number)
    chosen.add(term.slice(offset, offset + 2));
  return entries.filter((entry) => chosen.has(entry.gram));
}

/** True when the ascending list has a value in low … high. */
function rangeHolds(sorted: Int32Array, low: number, high: number): boolean {
  const at = lowerBound(sorted, low);
  return at < sorted.length && (sorted[at] as number) <= high;
}

/** The offset after `count` varints from `offset`. */
function skipVarints(bytes: Uint8Array, offset: number, count: number): number {
  let at = offset;
  for (let left = count; left > 0; at += 1) if ((bytes[at] as number) < 0x80) left -= 1;
  return at;
}

/** A bigram's positions for each candidate: `values[offsets[c] … offsets[c + 1]]`, ascending. */
interface CandidatePositions {
  /** Index of candidate c in the gram's postings. */
  postingIndex: Int32Array;
  offsets: Int32Array;
  values: Int32Array;
}

/** The search engine over one index (one manifest). */
export class SearchEngine {
  private readonly gramCache = new Map<string, Promise<GramEntry>>();
  private metaPromise: Promise<{
    meta: SearchMeta;
    starts: Int32Array;
    ends: Int32Array;
    sections: Uint16Array;
    /** Per document: column index + 1, or 0. */
    columns: Uint32Array;
    /** Per document: kind index + 1, or 0. */
    kinds: Uint8Array;
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
        return request.idsOnly ? docToBareResult(loaded, count) : docToResult(loaded, terms, count);
      }),
    );
    return { terms, total, page, pageSize, results };
  }

  /** Every 版面 with its article count (for the section filter). */
  async sections(): Promise<SectionCount[]> {
    const file = indexPaths.sections(this.manifest.buildId);
    return parseSections(file, await this.load(file));
  }

  /** Every 栏目 and 体裁 with its count (for the column and kind filters). */
  async facets(): Promise<SearchFacets> {
    const file = indexPaths.facets(this.manifest.buildId);
    return parseFacets(file, await this.load(file));
  }

  /** Documents containing `term` exactly, with occurrence and title-hit counts. */
  private async matchTerm(term: string): Promise<DocPostingList> {
    const grams = termGrams(term);
    if (term.length <= 2) {
      // A one- or two-character term is itself an indexed gram (an exact FlexSearch key): the
      // documents FlexSearch lists for it are the exact answer, no verification needed.
      const entry = await this.gramEntry(grams[0] as string);
      return entry.whole ?? (await this.piecesPostings(entry, null, false)).postings;
    }
    // Round trip 1: the doc-level shards, and (named by the gram alone) the position shards.
    for (const gram of grams) {
      this.load(indexPaths.posShard(shardKeyOf(gram, this.manifest.posShards), this.manifest.buildId)).catch(
        () => undefined,
      );
    }
    const allEntries = await Promise.all(grams.map((gram) => this.gramEntry(gram)));
    // Only a set of bigrams that covers every character of the term is needed: the term stands at p
    // exactly when each chosen bigram at offset i stands at p + i. Offsets 0 and length − 2 are
    // always chosen; between them, the cheapest cover (no two skipped offsets side by side) leaves
    // out common bigrams where it can, and with them their pieces and position parts.
    const entries = coverEntries(term, allEntries);
    // Candidates from the grams whose shards hold them whole (FlexSearch's lists, intersected
    // rarest first): a pieced gram then fetches only the pieces whose document range can hold one.
    let estimate: Int32Array | null = null;
    for (const entry of entries
      .filter((candidate) => candidate.whole !== null)
      .sort((a, b) => (a.whole as DocPostingList).docs.length - (b.whole as DocPostingList).docs.length)) {
      const docs = (entry.whole as DocPostingList).docs;
      estimate = estimate === null ? docs : intersectSorted(estimate, docs);
      if (estimate.length === 0) return EMPTY_POSTINGS;
    }
    // Round trip 2, all at once: those pieces and every position file the candidates need.
    const perGram = await Promise.all(
      entries.map(async (entry) => {
        if (entry.whole !== null) {
          return { postings: entry.whole, segments: this.wholeSegments(entry, entry.whole, estimate) };
        }
        const { postings, segments } = await this.piecesPostings(entry, estimate, true);
        return { postings, segments };
      }),
    );
    // Candidates hold every bigram of the term; only the positions decide whether the bigrams stand
    // side by side, so a candidate is never a match by itself.
    let candidates: Int32Array | null = null;
    for (const { postings } of [...perGram].sort((a, b) => a.postings.docs.length - b.postings.docs.length)) {
      candidates = candidates === null ? postings.docs : intersectSorted(candidates, postings.docs);
      if (candidates.length === 0) return EMPTY_POSTINGS;
    }
    const found = candidates ?? new Int32Array(0);
    const positions = await Promise.all(
      perGram.map(({ postings, segments }) => this.gramPositions(postings, segments, found)),
    );
    const byGram = new Map(entries.map((entry, i) => [entry.gram, positions[i] as CandidatePositions]));
    const first = positions[0] as CandidatePositions;
    const firstPostings = (perGram[0] as { postings: DocPostingList }).postings;
    const docs: number[] = [];
    const counts: number[] = [];
    const heads: number[] = [];
    const checks: { offset: number; positions: CandidatePositions }[] = [];
    for (let offset = 1; offset + 2 <= term.length; offset += 1) {
      const known = byGram.get(term.slice(offset, offset + 2));
      if (known) checks.push({ offset, positions: known });
    }
    for (let c = 0; c < found.length; c += 1) {
      const firstHeadCount = firstPostings.headCounts[first.postingIndex[c] as number] as number;
      let count = 0;
      let headCount = 0;
      for (let at = first.offsets[c] as number, end = first.offsets[c + 1] as number; at < end; at += 1) {
        const start = first.values[at] as number;
        let all = true;
        for (const { offset, positions: other } of checks) {
          const from = other.offsets[c] as number;
          const to = other.offsets[c + 1] as number;
          const wanted = start + offset;
          let lo = from;
          let hi = to;
          while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if ((other.values[mid] as number) < wanted) lo = mid + 1;
            else hi = mid;
          }
          if (lo === to || other.values[lo] !== wanted) {
            all = false;
            break;
          }
        }
        if (!all) continue;
        count += 1;
        if (at - (first.offsets[c] as number) < firstHeadCount) headCount += 1;
      }
      if (count > 0) {
        docs.push(found[c] as number);
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

  /** What a gram's doc-level shard holds for it (memoised, bounded). */
  private gramEntry(gram: string): Promise<GramEntry> {
    let pending = this.gramCache.get(gram);
    if (pending) {
      this.gramCache.delete(gram);
      this.gramCache.set(gram, pending);
      return pending;
    }
    const file = indexPaths.docShard(shardKeyOf(gram, this.manifest.docShards), this.manifest.buildId);
    pending = this.load(file).then((value): GramEntry => {
      const shard = openShardCached(file, value);
      const pieceStarts = shard.pieces[gram] ?? null;
      return {
        gram,
        whole: pieceStarts === null ? shardPostings(file, shard, gram, this.manifest.docCount) : null,
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

  /** Position files of a whole gram: its position shard, or the parts holding `candidates` (all when null). */
  private wholeSegments(entry: GramEntry, postings: DocPostingList, candidates: Int32Array | null) {
    const { buildId, posShards } = this.manifest;
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
   * (when every gram of a term is pieced, all their parts: the candidates of common bigrams
   * touch nearly every part, and waiting for them would cost a round trip); the documents of
   * pieces not fetched cannot be candidates, so intersections stay exact.
   */
  private async piecesPostings(
    entry: GramEntry,
    candidates: Int32Array | null,
    withPositions: boolean,
  ): Promise<{ postings: DocPostingList; segments: PositionSegment[] }> {
    const { buildId, docCount } = this.manifest;
    const starts = entry.pieceStarts ?? [];
    const wanted: number[] = [];
    starts.forEach((low, piece) => {
      const high = piece + 1 < starts.length ? (starts[piece + 1] as number) - 1 : docCount - 1;
      if (candidates === null || rangeHolds(candidates, low, high)) wanted.push(piece);
    });
    const isBigram = entry.gram.length === 2;
    const lists = await Promise.all(
      wanted.map(async (piece) => {
        const file = indexPaths.docPiece(entry.gram, piece, buildId);
        const partFile = indexPaths.posPart(entry.gram, piece, buildId);
        if (withPositions && isBigram) this.load(partFile).catch(() => undefined);
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

  /**
   * Positions of a bigram in each candidate (ascending), read from the segments that hold them,
   * as one flat array with offsets per candidate.
   */
  private async gramPositions(
    postings: DocPostingList,
    segments: readonly PositionSegment[],
    candidates: Int32Array,
  ): Promise<CandidatePositions> {
    const { docs, counts } = postings;
    // Where each candidate sits in the gram's postings, and its positions' offsets.
    const postingIndex = new Int32Array(candidates.length);
    const offsets = new Int32Array(candidates.length + 1);
    let at = 0;
    for (let c = 0; c < candidates.length; c += 1) {
      at = lowerBound(docs, candidates[c] as number, at);
      postingIndex[c] = at;
      offsets[c + 1] = (offsets[c] as number) + (counts[at] as number);
    }
    const values = new Int32Array(offsets[candidates.length] as number);
    await Promise.all(
      segments.map(async ({ gram, file, first, last }) => {
        let c = lowerBound(postingIndex, first);
        if (c === candidates.length || (postingIndex[c] as number) >= last) return;
        const bytes = positionBytes(file, await this.load(file), gram);
        if (bytes === null) return;
        let offset = 0;
        for (let i = first; i < last && c < candidates.length; i += 1) {
          const count = counts[i] as number;
          if (postingIndex[c] !== i) {
            offset = skipVarints(bytes, offset, count);
            continue;
          }
          let previous = -1;
          let to = offsets[c] as number;
          for (let k = 0; k < count; k += 1) {
            let value = 0;
            let scale = 1;
            for (;;) {
              const byte = bytes[offset++];
              if (byte === undefined) throw new SearchIndexError(file, 'truncated positions');
              value += (byte & 0x7f) * scale;
              if (byte < 0x80) break;
              scale *= 0x80;
            }
            previous = previous + 1 + value;
            values[to++] = previous;
          }
          c += 1;
        }
      }),
    );
    return { postingIndex, offsets, values };
  }

  /** The filters of a request as a test per document, or null when nothing is filtered. */
  private async docFilter(request: SearchRequest): Promise<((doc: number) => boolean) | null> {
    const section = request.section || null;
    const column = request.column || null;
    const kind = request.kind || null;
    const from = request.from && /^\d{4}-\d{2}-\d{2}$/.test(request.from) ? dayNumber(request.from) : null;
    const to = request.to && /^\d{4}-\d{2}-\d{2}$/.test(request.to) ? dayNumber(request.to) : null;
    if (section === null && column === null && kind === null && from === null && to === null) return null;
    const { meta, starts, ends, sections, columns, kinds } = await this.loadMeta();
    const sectionIndex = section === null ? -1 : meta.sections.findIndex((entry) => entry.name === section);
    // Facet values are stored + 1 (0: the document has none).
    const columnValue = column === null ? -1 : meta.columns.findIndex((entry) => entry.name === column) + 1;
    const kindValue = kind === null ? -1 : meta.kinds.findIndex((entry) => entry.name === kind) + 1;
    if ((section !== null && sectionIndex < 0) || columnValue === 0 || kindValue === 0) return () => false;
    // An article dated by an interval (2022-03-06/2022-03-12) is kept when the interval overlaps the filter.
    return (doc) =>
      (sectionIndex < 0 || sections[doc] === sectionIndex) &&
      (columnValue < 0 || columns[doc] === columnValue) &&
      (kindValue < 0 || kinds[doc] === kindValue) &&
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

  private async loadDoc(doc: number): Promise<SearchDoc> {
    const chunk = Math.floor(doc / this.manifest.docsPerChunk);
    const file = indexPaths.docChunk(chunk, this.manifest.buildId);
    const docs = parseChunkCached(file, await this.load(file));
    const found = docs[doc - chunk * this.manifest.docsPerChunk];
    if (!found) throw new Error(`${file}: document ${doc} is missing`);
    return found;
  }
}

const EMPTY_POSTINGS: DocPostingList = {
  docs: new Int32Array(0),
  counts: new Int32Array(0),
  headCounts: new Int32Array(0),
};

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
function positionBytes(file: string, value: unknown, gram: string): Uint8Array | null {
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
