// The on-disk format of the search index (public/search/), validated where the worker reads it.
// Hand-written checks rather than zod keep the worker bundle small; they run once per file.
import type { SearchDoc } from './document';
import type { FlexChunk } from './flex-index';

/** Bumped whenever the file layout or the normalisation changes (old indexes are then rejected). */
export const INDEX_FORMAT_VERSION = 7;

/**
 * One segment of the index: a run of documents with its own files in the shard layout below (doc
 * shards, position shards, pieces, parts, docs/ chunks, meta), all named with the segment's
 * buildId. Segments are listed newest first and their documents follow each other in the global
 * newest-first order, so a segment's document k is global document `offset + k`, where `offset`
 * is the sum of the docCounts of the segments before it.
 */
export interface SearchSegment {
  /** Hash of the segment's documents and layout; part of every file name of the segment. */
  buildId: string;
  docCount: number;
  docsPerChunk: number;
  /** Number of doc-level shard files (grams are assigned by `hashGram(gram) % docShards`). */
  docShards: number;
  /** Number of position shard files (same hash, `% posShards`). */
  posShards: number;
  /** Number of files the segment has (a later build checks they are all there before reusing them). */
  files: number;
}

/**
 * public/search/manifest.json: fetched first; its size depends on the number of segments (two by
 * default), never on the number of documents.
 */
export interface SearchManifest {
  format: 'lishui-search';
  version: number;
  /** Hash of the segments' buildIds: names the files that describe the whole index (sections, facets). */
  buildId: string;
  /** Documents in all segments together. */
  docCount: number;
  hash: 'fnv1a32-fmix';
  /** The segments, newest documents first. */
  segments: SearchSegment[];
}

/** Thrown when an index file is missing, malformed or from another format version. */
export class SearchIndexError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'SearchIndexError';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/** Validates manifest.json and its segments; throws SearchIndexError naming the bad field. */
export function parseManifest(file: string, value: unknown): SearchManifest {
  if (!isRecord(value)) throw new SearchIndexError(file, 'not a JSON object');
  if (value.format !== 'lishui-search')
    throw new SearchIndexError(file, 'field "format" is not lishui-search');
  if (value.version !== INDEX_FORMAT_VERSION)
    throw new SearchIndexError(
      file,
      `field "version" is ${String(value.version)}, expected ${INDEX_FORMAT_VERSION}`,
    );
  if (!isBuildId(value.buildId)) throw new SearchIndexError(file, 'field "buildId" is not a hex string');
  if (!isCount(value.docCount)) throw new SearchIndexError(file, 'field "docCount" is not a count');
  if (value.hash !== 'fnv1a32-fmix') throw new SearchIndexError(file, 'field "hash" is not fnv1a32-fmix');
  if (!Array.isArray(value.segments)) throw new SearchIndexError(file, 'field "segments" is not a list');
  const segments = value.segments.map((segment: unknown, i) => parseSegment(file, i, segment));
  if (segments.reduce((sum, segment) => sum + segment.docCount, 0) !== value.docCount)
    throw new SearchIndexError(file, 'field "docCount" is not the sum of the segments\' docCounts');
  return {
    format: 'lishui-search',
    version: INDEX_FORMAT_VERSION,
    buildId: value.buildId,
    docCount: value.docCount,
    hash: 'fnv1a32-fmix',
    segments,
  };
}

function isBuildId(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{8,64}$/.test(value);
}

function parseSegment(file: string, index: number, value: unknown): SearchSegment {
  const where = `segment ${index}`;
  if (!isRecord(value)) throw new SearchIndexError(file, `${where} is not a JSON object`);
  if (!isBuildId(value.buildId))
    throw new SearchIndexError(file, `${where}: field "buildId" is not a hex string`);
  for (const field of ['docCount', 'docsPerChunk', 'docShards', 'posShards', 'files'] as const) {
    if (!isCount(value[field])) throw new SearchIndexError(file, `${where}: field "${field}" is not a count`);
  }
  if (
    (value.docsPerChunk as number) < 1 ||
    (value.docShards as number) < 1 ||
    (value.posShards as number) < 1
  )
    throw new SearchIndexError(file, `${where}: chunk and shard counts must be at least 1`);
  return {
    buildId: value.buildId,
    docCount: value.docCount as number,
    docsPerChunk: value.docsPerChunk as number,
    docShards: value.docShards as number,
    posShards: value.posShards as number,
    files: value.files as number,
  };
}

/**
 * A doc-level shard. `flex`: FlexSearch's export (its `map` chunks) of an Index holding the grams
 * hashed to this shard — the candidate documents of each gram, ascending, each list gap-coded
 * (first id, then difference − 1; `ungapChunks` restores FlexSearch's ids before `import`). `rank`: per gram in
 * export order, per document in FlexSearch's order, `count · 2 + (has head hits)` then, if odd, the
 * head count (what FlexSearch cannot carry: occurrences and title/kicker/subtitle hits). `parts`:
 * for a trigram of this shard whose positions are split into part files, the posting index where
 * parts 1… begin. `pieces`: grams too common for one shard — their FlexSearch export is split by
 * document range into piece files of this same format — with the first document number of each
 * piece, so a query fetches only the pieces that can hold its candidates. A pieced trigram's
 * positions are split at the same document boundaries: part k holds the positions of piece k's
 * documents, so a piece and its part can be fetched together.
 */
export interface DocShard {
  flex: FlexChunk[];
  rank: number[];
  parts: Record<string, number[]>;
  pieces: Record<string, number[]>;
}

/** A position shard or part: gram → base64 positions. */
export type PosShard = Record<string, string>;

/** Validates a doc-level shard file (structure; FlexSearch's map entries are checked where they are walked). */
export function parseDocShard(file: string, value: unknown): DocShard {
  if (!isRecord(value)) throw new SearchIndexError(file, 'not a JSON object');
  const { flex, rank, parts, pieces } = value;
  if (
    !Array.isArray(flex) ||
    !flex.every(
      (chunk) =>
        Array.isArray(chunk) && chunk.length === 2 && typeof chunk[0] === 'string' && Array.isArray(chunk[1]),
    )
  )
    throw new SearchIndexError(file, 'field "flex" is not a list of FlexSearch export chunks');
  if (!Array.isArray(rank) || !rank.every(isCount))
    throw new SearchIndexError(file, 'field "rank" is not a list of counts');
  if (!isRecord(parts)) throw new SearchIndexError(file, 'field "parts" is not an object');
  for (const [gram, starts] of Object.entries(parts)) {
    if (!Array.isArray(starts) || !starts.every(isCount))
      throw new SearchIndexError(file, `part starts of "${gram}" are malformed`);
  }
  if (
    !isRecord(pieces) ||
    !Object.values(pieces).every(
      (starts) =>
        Array.isArray(starts) &&
        starts.length > 0 &&
        starts.every((start, i) => isCount(start) && (i === 0 || start > (starts[i - 1] as number))),
    )
  )
    throw new SearchIndexError(file, 'field "pieces" is not an object of ascending piece start documents');
  return value as unknown as DocShard;
}

/** Validates a position shard or part file. */
export function parsePosShard(file: string, value: unknown): PosShard {
  if (!isRecord(value)) throw new SearchIndexError(file, 'not a JSON object');
  for (const [gram, entry] of Object.entries(value)) {
    if (typeof entry !== 'string') throw new SearchIndexError(file, `entry for "${gram}" is not a string`);
  }
  return value as PosShard;
}

function isNullableString(value: unknown): value is string | null {
  return value === null || typeof value === 'string';
}

/** Validates a docs/ chunk: an array of SearchDoc. */
export function parseDocChunk(file: string, value: unknown): SearchDoc[] {
  if (!Array.isArray(value)) throw new SearchIndexError(file, 'not a JSON array');
  value.forEach((doc: unknown, i) => {
    const ok =
      isRecord(doc) &&
      typeof doc.id === 'string' &&
      typeof doc.date === 'string' &&
      isCount(doc.page) &&
      typeof doc.pageName === 'string' &&
      typeof doc.title === 'string' &&
      isNullableString(doc.kicker) &&
      isNullableString(doc.subtitle) &&
      isNullableString(doc.column) &&
      isNullableString(doc.byline) &&
      isNullableString(doc.dateline) &&
      Array.isArray(doc.names) &&
      doc.names.every((name) => typeof name === 'string') &&
      Array.isArray(doc.body) &&
      doc.body.every((text) => typeof text === 'string') &&
      (doc.fragmentPath === undefined ||
        (typeof doc.fragmentPath === 'string' && doc.fragmentPath.startsWith('/')));
    if (!ok) throw new SearchIndexError(file, `document ${i} is malformed`);
  });
  return value as SearchDoc[];
}

/**
 * meta/docs.<buildId>.json, one per segment (fetched only when a filter is used): the segment's
 * sections, columns and kinds with counts, and per document its date range and their indexes.
 */
export interface SearchMeta {
  /** 版面 names with article counts, sorted by name. */
  sections: { name: string; count: number }[];
  /** 栏目 (column) names with counts, sorted by name. */
  columns: { name: string; count: number }[];
  /** 体裁 (kind) names with counts, sorted by name. */
  kinds: { name: string; count: number }[];
  /**
   * Base64 varints per document: start day (first + DAY_NUMBER_OFFSET, then the decrease),
   * end − start, section index, column index + 1 (0: none), kind index + 1 (0: none).
   */
  docs: string;
}

/** meta/facets.<buildId>.json (the manifest's buildId): the 栏目 and 体裁 filter menus with counts over all segments, fetched when the page opens. */
export interface SearchFacets {
  columns: { name: string; count: number }[];
  kinds: { name: string; count: number }[];
}

/** Validates the facets file. */
export function parseFacets(file: string, value: unknown): SearchFacets {
  if (!isRecord(value)) throw new SearchIndexError(file, 'expected {columns, kinds}');
  const columns = parseSections(file, value.columns);
  const kinds = parseSections(file, value.kinds);
  return { columns, kinds };
}

/** Validates the meta file. */
export function parseMeta(file: string, value: unknown): SearchMeta {
  if (
    !isRecord(value) ||
    !Array.isArray(value.sections) ||
    !Array.isArray(value.columns) ||
    !Array.isArray(value.kinds) ||
    typeof value.docs !== 'string'
  )
    throw new SearchIndexError(file, 'expected {sections, columns, kinds, docs}');
  for (const section of [...value.sections, ...value.columns, ...value.kinds]) {
    if (!isRecord(section) || typeof section.name !== 'string' || !isCount(section.count))
      throw new SearchIndexError(file, 'malformed section');
  }
  return value as unknown as SearchMeta;
}

/** Validates the sections file: `[{name, count}]`. */
export function parseSections(file: string, value: unknown): { name: string; count: number }[] {
  if (!Array.isArray(value)) throw new SearchIndexError(file, 'not a JSON array');
  for (const section of value) {
    if (!isRecord(section) || typeof section.name !== 'string' || !isCount(section.count))
      throw new SearchIndexError(file, 'malformed section');
  }
  return value as { name: string; count: number }[];
}

/** Added to the first day number in the meta file, so issues before 1970 stay non-negative varints. */
export const DAY_NUMBER_OFFSET = 200_000;

/** Days since 1970-01-01 of a `YYYY-MM-DD` day. */
export function dayNumber(day: string): number {
  return Math.floor(Date.parse(`${day}T00:00:00Z`) / 86_400_000);
}

/** First and last day numbers of an issue date (a day, or an interval `from/to`). */
export function dateToDayRange(date: string): [number, number] {
  const [from, to] = date.split('/');
  const start = dayNumber(from ?? date);
  return [start, to ? dayNumber(to) : start];
}
