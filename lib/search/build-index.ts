// Builds the static search index from articles (Node only), as segments: the documents newest
// first, cut into a main and a recent segment (segment-plan.ts), each written in the shard layout
// of write-segment.ts unless the output folder already holds it, then the whole-index menus and
// the manifest that lists the segments. Used by scripts/build-search-index.ts and tests.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { FileStampSchema, sameStamp, stampFile, type FileStamp } from '../build/file-stamp';
import type { Article, PageFragments } from '../content/schema';
import { INDEX_FORMAT_VERSION, parseManifest, type SearchManifest, type SearchSegment } from './format';
import { collectIndexEntries, countFilterValues, type IndexEntry } from './index-entries';
import { defaultSegmentStarts, indexBuildId, segmentBuildId, splitIntoSegments } from './segment-plan';
import { indexPaths } from './shard-key';
import { writeSegment, type SegmentLayout } from './write-segment';

export { articleSection, articleToSearchDoc, fragmentSearchEntries } from './index-entries';

/** Tuning knobs of the index layout (defaults suit 1k–100k articles), and where segments begin. */
export interface BuildSearchIndexOptions extends Partial<SegmentLayout> {
  /** Each page's stored fragments: the shown ones (not page furniture) are indexed as documents too. */
  fragments?: readonly PageFragments[];
  /**
   * Days (`YYYY-MM-DD`) where a newer segment begins; default: the first day of the newest month
   * present (`defaultSegmentStarts`). `[]` builds one segment.
   */
  segmentStarts?: readonly string[];
  /**
   * `docShardBytes` and `posShardBytes` of every segment but the oldest (default 8 KiB and 2 KiB):
   * a query fetches a shard from each segment, so small segments get small shards, and the first
   * query costs about what it cost with one segment. (Doc shards were 4 KiB before trigrams were
   * indexed; with trigrams 8 KiB keeps a month's segment at about as many files, which a day's
   * build rewrites, for ~2 KB more per query.)
   */
  recentShardBytes?: { doc: number; pos: number };
  /**
   * `docsPerChunk` of every segment but the oldest (default 4; the oldest segment's is
   * `docsPerChunk`, default 1). A results page fetches one docs/ chunk per result, and in a large
   * segment the ten results almost never share one, so the main segment stores one document per
   * chunk (a chunk of four was four articles' text for one result). A recent segment is rewritten
   * every day, so it keeps fewer, larger chunks: fewer files a day, and its results are often
   * neighbours (newest first).
   */
  recentDocsPerChunk?: number;
  /**
   * A JSON file outside the served folder (e.g. `.build-cache/search-index-stamps.json`) where the
   * build records the size and modification time of every segment file it leaves in `outDir`. A
   * later build keeps a segment only when its files on disk are exactly the recorded ones,
   * unchanged, so a file damaged, deleted or added by hand makes the segment be written again.
   * Without it every segment is written.
   */
  stampsFile?: string;
}

/** What happened to one segment in a build. */
export interface SegmentReport {
  buildId: string;
  docCount: number;
  /** First days of its oldest and newest documents (`YYYY-MM-DD`). */
  oldest: string;
  newest: string;
  /** True when its files were already in the output folder and were kept as they are. */
  reused: boolean;
  /** Seconds spent writing it (0 when reused). */
  seconds: number;
}

/** What a build wrote. */
export interface BuildSearchIndexResult {
  manifest: SearchManifest;
  /** Files written in this run (manifest included; a reused segment's files are not counted). */
  files: number;
  /** Bytes written in this run. */
  bytes: number;
  /** The segments, newest first, each built or reused. */
  segments: SegmentReport[];
  /** Files of segments no longer listed, deleted from the output folder. */
  removedFiles: number;
  /** Seconds spent turning articles into documents and hashing the segments. */
  planSeconds: number;
  /** Seconds spent listing the folder's files (to check reused segments) and deleting stale ones. */
  cleanupSeconds: number;
}

// The index's folders; every file in them is named `<name>.<buildId>.json`.
const INDEX_FOLDERS = ['shards', 'parts', 'pieces', 'docs', 'meta'] as const;

/**
 * Builds the index for `articles` into `outDir`. A segment whose buildId the folder's previous
 * manifest lists, with exactly the files `options.stampsFile` recorded for it, unchanged, is kept
 * without being recomputed; any other segment is written afresh (its old files deleted first);
 * files of segments the new manifest does not list are deleted. The output is the same bytes as a
 * build into an empty folder. The manifest is removed first and written last, so an interrupted build
 * leaves no manifest and the next one rebuilds every segment. Throws when a document is too long
 * to index.
 */
export function buildSearchIndex(
  articles: readonly Article[],
  outDir: string,
  options: BuildSearchIndexOptions = {},
): BuildSearchIndexResult {
  const layout: SegmentLayout = {
    docsPerChunk: options.docsPerChunk ?? 1,
    docShardBytes: options.docShardBytes ?? 48 * 1024,
    posShardBytes: options.posShardBytes ?? 8 * 1024,
    partBytes: options.partBytes ?? 24 * 1024,
    docPartBytes: options.docPartBytes ?? 48 * 1024,
  };
  const recent = options.recentShardBytes ?? { doc: 8 * 1024, pos: 2 * 1024 };
  const recentLayout = {
    ...layout,
    docShardBytes: recent.doc,
    posShardBytes: recent.pos,
    docsPerChunk: options.recentDocsPerChunk ?? options.docsPerChunk ?? 4,
  };
  const planStarted = performance.now();
  const entries = collectIndexEntries(articles, options.fragments ?? []);
  const cut = splitIntoSegments(entries, options.segmentStarts ?? defaultSegmentStarts(entries));
  const planned = cut.map((segmentEntries, i) => {
    const segmentLayout = i === cut.length - 1 ? layout : recentLayout;
    return {
      entries: segmentEntries,
      layout: segmentLayout,
      buildId: segmentBuildId(segmentEntries, segmentLayout),
    };
  });
  const planSeconds = (performance.now() - planStarted) / 1000;

  const manifestFile = path.join(outDir, indexPaths.manifest);
  const previous = readManifest(manifestFile);
  rmSync(manifestFile, { force: true });
  let cleanupStarted = performance.now();
  const filesOnDisk = groupFilesByBuildId(outDir);
  const recorded = options.stampsFile ? readStamps(options.stampsFile, outDir) : null;
  const stamps: Stamps['files'] = {};
  let cleanupSeconds = (performance.now() - cleanupStarted) / 1000;
  let files = 0;
  let bytes = 0;
  const segments: SearchSegment[] = [];
  const reports: SegmentReport[] = [];
  for (const { entries: segmentEntries, layout: segmentLayout, buildId } of planned) {
    const started = performance.now();
    const kept = previous?.segments.find((segment) => segment.buildId === buildId);
    const onDisk = filesOnDisk.get(buildId) ?? [];
    const reused =
      kept !== undefined &&
      recorded !== null &&
      onDisk.length === kept.files &&
      unchanged(outDir, onDisk, recorded);
    let segment: SearchSegment;
    if (reused) {
      segment = kept;
      for (const file of onDisk) stamps[file] = recorded[file] as NonNullable<FileStamp>;
    } else {
      // Whatever carries this buildId now (a stray or damaged file) must not outlive the rewrite.
      for (const file of onDisk) rmSync(path.join(outDir, file), { force: true });
      const written = writeSegment(segmentEntries, buildId, segmentLayout, outDir);
      for (const file of groupFilesByBuildId(outDir).get(buildId) ?? [])
        stamps[file] = stampFile(outDir, file) as NonNullable<FileStamp>;
      segment = written.segment;
      files += segment.files;
      bytes += written.bytes;
    }
    segments.push(segment);
    reports.push({
      buildId,
      docCount: segment.docCount,
      oldest: firstDay(segmentEntries[segmentEntries.length - 1] as IndexEntry),
      newest: firstDay(segmentEntries[0] as IndexEntry),
      reused,
      seconds: reused ? 0 : (performance.now() - started) / 1000,
    });
  }

  const manifest: SearchManifest = {
    format: 'lishui-search',
    version: INDEX_FORMAT_VERSION,
    buildId: indexBuildId(segments.map((segment) => segment.buildId)),
    docCount: entries.length,
    hash: 'fnv1a32-fmix',
    segments,
  };
  const write = (relative: string, value: unknown) => {
    const text = JSON.stringify(value);
    writeFileSync(path.join(outDir, relative), text);
    files += 1;
    bytes += Buffer.byteLength(text);
  };
  // The filter menus count over every segment: written each time (two small files).
  const { sections, columns, kinds } = countFilterValues(entries);
  write(indexPaths.sections(manifest.buildId), sections);
  write(indexPaths.facets(manifest.buildId), { columns, kinds });
  cleanupStarted = performance.now();
  const removedFiles = removeUnlistedFiles(
    outDir,
    new Set([manifest.buildId, ...segments.map((s) => s.buildId)]),
  );
  cleanupSeconds += (performance.now() - cleanupStarted) / 1000;
  if (options.stampsFile) writeStamps(options.stampsFile, { outDir: path.resolve(outDir), files: stamps });
  write(indexPaths.manifest, manifest);
  return { manifest, files, bytes, segments: reports, removedFiles, planSeconds, cleanupSeconds };
}

function firstDay(entry: IndexEntry): string {
  return entry.date.slice(0, 10);
}

/** The folder's manifest when there is a valid one of this format version, else null. */
function readManifest(file: string): SearchManifest | null {
  try {
    return parseManifest(file, JSON.parse(readFileSync(file, 'utf8')) as unknown);
  } catch {
    return null;
  }
}

/** The buildId in an index file name (`d3.<buildId>.json`), or null for a name not of that form. */
function fileBuildId(name: string): string | null {
  return /\.([0-9a-f]{8,64})\.json$/.exec(name)?.[1] ?? null;
}

/** Every index folder's file names, relative to `outDir` (none when a folder does not exist). */
function listIndexFiles(outDir: string): string[] {
  return INDEX_FOLDERS.flatMap((folder) => {
    try {
      return readdirSync(path.join(outDir, folder)).map((name) => `${folder}/${name}`);
    } catch {
      return [];
    }
  });
}

/** The index files in `outDir` that carry each buildId. */
function groupFilesByBuildId(outDir: string): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const file of listIndexFiles(outDir)) {
    const buildId = fileBuildId(file);
    if (buildId === null) continue;
    const group = groups.get(buildId);
    if (group) group.push(file);
    else groups.set(buildId, [file]);
  }
  return groups;
}

/** The stamps file: the folder it describes, and each segment file's stamp (lib/build/file-stamp.ts). */
const StampsSchema = z.object({
  outDir: z.string(),
  files: z.record(z.string(), FileStampSchema),
});
type Stamps = z.infer<typeof StampsSchema>;

/** Whether every one of `files` has the stamp `recorded` gives it (a file it lacks does not). */
function unchanged(outDir: string, files: readonly string[], recorded: Stamps['files']): boolean {
  return files.every((file) => {
    const stamp = recorded[file];
    return stamp !== undefined && sameStamp(stamp, stampFile(outDir, file));
  });
}

/** The stamps recorded for `outDir`, or null when the file is missing, unreadable or about another folder. */
function readStamps(file: string, outDir: string): Stamps['files'] | null {
  try {
    const stamps = StampsSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    return stamps.outDir === path.resolve(outDir) ? stamps.files : null;
  } catch {
    return null;
  }
}

/** Writes the stamps through a temporary file, so that a reader never sees half of them. */
function writeStamps(file: string, stamps: Stamps): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, JSON.stringify(stamps));
  renameSync(`${file}.tmp`, file);
}

/** Deletes every index file whose buildId is not in `live` (or that has none); returns how many. */
function removeUnlistedFiles(outDir: string, live: ReadonlySet<string>): number {
  let removed = 0;
  for (const file of listIndexFiles(outDir)) {
    const buildId = fileBuildId(file);
    if (buildId !== null && live.has(buildId)) continue;
    rmSync(path.join(outDir, file), { recursive: true, force: true });
    removed += 1;
  }
  return removed;
}
