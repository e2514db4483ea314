// Builds the static search index from articles (Node only): doc-level postings and bigram
// positions in hash-keyed shard files, display text in docs/ chunks, a small manifest.
// Called by scripts/build-search-index.ts, the quality test and the benchmarks.
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Article } from '../content/schema';
import { markdownToBlocks } from '../content/markdown';
import { docSearchText, type SearchDoc } from './document';
import { dateToDayRange, INDEX_FORMAT_VERSION, type DocShard, type PosShard, type SearchManifest, type SearchMeta } from './format';
import { normalize } from './normalize';
import { bytesToBase64, VarintWriter, writePositions } from './postings';
import { indexPaths, shardKeyOf } from './shard-key';
import { forEachGram } from './tokenize';

/** Tuning knobs of the index layout (defaults suit 1k–100k articles). */
export interface BuildSearchIndexOptions {
  /** Documents per docs/ chunk: a results page fetches at most one chunk per result. */
  docsPerChunk?: number;
  /** Target raw bytes of postings per doc-level shard. */
  docShardBytes?: number;
  /** Target raw bytes of positions per position shard. */
  posShardBytes?: number;
  /** A gram whose positions exceed this many raw bytes gets part files of about this size. */
  partBytes?: number;
}

/** What a build wrote. */
export interface BuildSearchIndexResult {
  manifest: SearchManifest;
  /** Files written (manifest included). */
  files: number;
  /** Bytes written. */
  bytes: number;
}

/** The section a search filter uses: the 版面 name (要闻, 综合 …). */
export function articleSection(article: Pick<Article, 'pageName'>): string {
  return article.pageName;
}

/** Turns an article into the search document stored in docs/ chunks (Markdown → plain text). */
export function articleToSearchDoc(article: Article): SearchDoc {
  const byline = article.byline;
  const normalizedByline = byline ? normalize(byline) : '';
  return {
    id: article.id,
    date: article.date,
    page: article.page,
    pageName: article.pageName,
    title: article.title,
    kicker: article.kicker,
    subtitle: article.subtitle,
    column: article.column,
    byline,
    names: article.authors
      .map((author) => author.name)
      .filter((name) => !normalizedByline.includes(normalize(name))),
    dateline: article.dateline,
    body: markdownToBlocks(article.body).map((block) => block.text),
  };
}

/** Newest first (by the first day of the date), then by page and reading order: the document numbers. */
function compareNewestFirst(a: Article, b: Article): number {
  const [aStart] = dateToDayRange(a.date);
  const [bStart] = dateToDayRange(b.date);
  return bStart - aStart || a.page - b.page || a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

interface GramState {
  docs: VarintWriter;
  positions: VarintWriter | null;
  lastDoc: number;
  postings: number;
  /** Posting index and byte offset where each position part after the first begins. */
  partStarts: number[];
  partOffsets: number[];
}

/** Builds the index for `articles` into `outDir` (replacing an older index there). */
export function buildSearchIndex(
  articles: readonly Article[],
  outDir: string,
  options: BuildSearchIndexOptions = {},
): BuildSearchIndexResult {
  const docsPerChunk = options.docsPerChunk ?? 8;
  const docShardBytes = options.docShardBytes ?? 48 * 1024;
  const posShardBytes = options.posShardBytes ?? 64 * 1024;
  const partBytes = options.partBytes ?? 64 * 1024;

  const sorted = [...articles].sort(compareNewestFirst);
  const docs = sorted.map(articleToSearchDoc);
  const buildId = createHash('sha256')
    .update(`lishui-search ${INDEX_FORMAT_VERSION}\n`)
    .update(JSON.stringify(docs))
    .digest('hex')
    .slice(0, 12);

  const grams = new Map<string, GramState>();
  docs.forEach((doc, docNumber) => {
    const { text, headLength } = docSearchText(doc);
    const local = new Map<string, number[]>();
    forEachGram(text, (gram, position) => {
      const list = local.get(gram);
      if (list) list.push(position);
      else local.set(gram, [position]);
    });
    for (const [gram, positions] of local) {
      let state = grams.get(gram);
      if (!state) {
        state = {
          docs: new VarintWriter(),
          positions: gram.length > 1 ? new VarintWriter() : null,
          lastDoc: -1,
          postings: 0,
          partStarts: [],
          partOffsets: [],
        };
        grams.set(gram, state);
      }
      let headCount = 0;
      while (headCount < positions.length && (positions[headCount] as number) < headLength) headCount += 1;
      state.docs.write(docNumber - state.lastDoc - 1);
      state.docs.write(positions.length * 2 + (headCount > 0 ? 1 : 0));
      if (headCount > 0) state.docs.write(headCount);
      if (state.positions) {
        const partStart = state.partOffsets[state.partOffsets.length - 1] ?? 0;
        if (state.positions.size - partStart >= partBytes) {
          state.partStarts.push(state.postings);
          state.partOffsets.push(state.positions.size);
        }
        writePositions(state.positions, positions);
      }
      state.lastDoc = docNumber;
      state.postings += 1;
    }
  });

  let totalDocBytes = 0;
  let totalPosBytes = 0;
  for (const state of grams.values()) {
    totalDocBytes += state.docs.size;
    if (state.positions && state.partStarts.length === 0) totalPosBytes += state.positions.size;
  }
  const docShards = Math.max(1, Math.ceil(totalDocBytes / docShardBytes));
  const posShards = Math.max(1, Math.ceil(totalPosBytes / posShardBytes));

  for (const folder of ['shards', 'parts', 'docs', 'meta']) rmSync(path.join(outDir, folder), { recursive: true, force: true });
  for (const folder of ['shards', 'parts', 'docs', 'meta']) mkdirSync(path.join(outDir, folder), { recursive: true });
  let files = 0;
  let bytes = 0;
  const write = (relative: string, value: unknown) => {
    const text = JSON.stringify(value);
    writeFileSync(path.join(outDir, relative), text);
    files += 1;
    bytes += Buffer.byteLength(text);
  };

  const docShardEntries: DocShard[] = Array.from({ length: docShards }, () => ({}));
  const posShardEntries: PosShard[] = Array.from({ length: posShards }, () => ({}));
  for (const gram of [...grams.keys()].sort()) {
    const state = grams.get(gram) as GramState;
    const docsBase64 = bytesToBase64(state.docs.toBytes());
    const docShard = docShardEntries[shardKeyOf(gram, docShards)] as DocShard;
    if (!state.positions) {
      docShard[gram] = docsBase64;
    } else if (state.partStarts.length === 0) {
      docShard[gram] = docsBase64;
      (posShardEntries[shardKeyOf(gram, posShards)] as PosShard)[gram] = bytesToBase64(state.positions.toBytes());
    } else {
      docShard[gram] = [docsBase64, state.partStarts];
      const all = state.positions.toBytes();
      const offsets = [0, ...state.partOffsets, all.length];
      for (let part = 0; part + 1 < offsets.length; part += 1) {
        write(indexPaths.posPart(gram, part, buildId), { [gram]: bytesToBase64(all.subarray(offsets[part], offsets[part + 1])) });
      }
    }
  }
  grams.clear();
  docShardEntries.forEach((entries, key) => write(indexPaths.docShard(key, buildId), entries));
  posShardEntries.forEach((entries, key) => write(indexPaths.posShard(key, buildId), entries));

  for (let chunk = 0; chunk * docsPerChunk < docs.length; chunk += 1) {
    write(indexPaths.docChunk(chunk, buildId), docs.slice(chunk * docsPerChunk, (chunk + 1) * docsPerChunk));
  }

  const sectionCounts = new Map<string, number>();
  for (const article of sorted) sectionCounts.set(articleSection(article), (sectionCounts.get(articleSection(article)) ?? 0) + 1);
  const sections = [...sectionCounts.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, count]) => ({ name, count }));
  const sectionIndex = new Map(sections.map((section, i) => [section.name, i]));
  const metaWriter = new VarintWriter();
  let previousStart: number | null = null;
  for (const article of sorted) {
    const [start, end] = dateToDayRange(article.date);
    metaWriter.write(previousStart === null ? start : previousStart - start);
    metaWriter.write(end - start);
    metaWriter.write(sectionIndex.get(articleSection(article)) ?? 0);
    previousStart = start;
  }
  const meta: SearchMeta = { sections, docs: bytesToBase64(metaWriter.toBytes()) };
  write(indexPaths.meta(buildId), meta);

  const manifest: SearchManifest = {
    format: 'lishui-search',
    version: INDEX_FORMAT_VERSION,
    buildId,
    docCount: docs.length,
    docsPerChunk,
    docShards,
    posShards,
    hash: 'fnv1a32-fmix',
  };
  write(indexPaths.manifest, manifest);
  return { manifest, files, bytes };
}
