import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Article } from '@/lib/content/schema';
import { buildSearchIndex } from '@/lib/search/build-index';
import { createFetchLoader, SearchEngine } from '@/lib/search/engine';
import { importGramIndex, lookupGram, ungapChunks } from '@/lib/search/flex-index';
import { parseDocShard, type SearchManifest, type SearchSegment } from '@/lib/search/format';
import { indexPaths, shardKeyOf } from '@/lib/search/shard-key';
import { makeArticle } from '../site/fixtures';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function article(
  id: string,
  date: string,
  title: string,
  body: string,
  extra: Partial<Article> = {},
): Article {
  return makeArticle({ id, date, title, body, ...extra });
}

const ARCHIVE = [
  article('a', '2022-03-08', '丽水经济', '全市生态工业发展。'),
  article('b', '2022-03-06/2022-03-12', '美丽的水乡', '水丽与美丽的水乡。\n\n丽 水'),
  article('c', '1965-05-01', '旧报', '\\<img src=x onerror=alert(1)\\> 丽水', {
    pageName: '副刊',
    byline: '本报记者 叶江',
    authors: [{ name: '张壮雄', role: '记者' }],
  }),
];

async function open(articles: readonly Article[]) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'search-build-'));
  dirs.push(dir);
  const result = buildSearchIndex(articles, dir);
  const engine = await SearchEngine.open(
    createFetchLoader(`file://${dir}`, async (url) => ({
      ok: true,
      status: 200,
      json: async () => JSON.parse(await readFile(new URL(url), 'utf8')) as unknown,
    })),
  );
  return { dir, result, engine };
}

const ids = async (engine: SearchEngine, query: string, extra = {}) =>
  (await engine.search({ query, pageSize: 100, ...extra })).results.map((result) => result.id).sort();

describe('buildSearchIndex', () => {
  it('finds 丽水 exactly: not 美丽的水乡, not 水丽, yes across a space (丽 水)', async () => {
    const { engine } = await open(ARCHIVE);
    expect(await ids(engine, '丽水')).toEqual(['a', 'b', 'c']);
    expect(await ids(engine, '丽水经济')).toEqual(['a']);
    expect(await ids(engine, '美丽的水')).toEqual(['b']);
  });

  it('stores document lists as gap-coded FlexSearch exports that a fresh Index imports (candidates, not yet matches)', async () => {
    const { dir, result } = await open(ARCHIVE);
    // Two segments: March 2022 (the newest month: a, b), and everything before it (c).
    expect(result.manifest.segments.map((segment) => segment.docCount)).toEqual([2, 1]);
    const read = (gram: string, segment = 0) => {
      const { buildId, docShards } = result.manifest.segments[segment] as SearchSegment;
      const file = indexPaths.docShard(shardKeyOf(gram, docShards), buildId);
      return parseDocShard(file, JSON.parse(readFileSync(path.join(dir, file), 'utf8')));
    };
    // Documents are numbered newest first within a segment: a (2022-03-08) 0, b (2022-03-06) 1; c (1965) 0 of the next.
    expect(read('丽水').flex[0]?.[1]).toContainEqual(['丽水', [[0, 0]]]);
    expect(lookupGram(importGramIndex(ungapChunks(read('丽水').flex)), '丽水')).toEqual([0, 1]);
    expect(lookupGram(importGramIndex(ungapChunks(read('丽水', 1).flex)), '丽水')).toEqual([0]);
    expect(lookupGram(importGramIndex(ungapChunks(read('水丽').flex)), '水丽')).toEqual([1]);
    // The rank array carries at least one value (count · 2 + head flag) per listed document.
    expect(read('丽水').rank.length).toBeGreaterThanOrEqual(2);
  });

  it('finds byline and author names', async () => {
    const { engine } = await open(ARCHIVE);
    expect(await ids(engine, '叶江')).toEqual(['c']);
    expect(await ids(engine, '张壮雄')).toEqual(['c']);
  });

  it('lists the 版面 with counts for the filter menu', async () => {
    const { engine } = await open(ARCHIVE);
    expect(await engine.sections()).toEqual([
      { name: '副刊', count: 1 },
      { name: '要闻', count: 2 },
    ]);
  });

  it('filters by 版面 and by a date range that overlaps an interval date, also before 1970', async () => {
    const { engine } = await open(ARCHIVE);
    expect(await ids(engine, '丽水', { section: '副刊' })).toEqual(['c']);
    expect(await ids(engine, '丽水', { from: '2022-03-09', to: '2022-03-10' })).toEqual(['b']);
    expect(await ids(engine, '丽水', { from: '1960-01-01', to: '1970-01-01' })).toEqual(['c']);
  });

  it('returns hostile text as plain text with ranges (never HTML)', async () => {
    const { engine } = await open(ARCHIVE);
    const [result] = (await engine.search({ query: '丽水', section: '副刊' })).results;
    expect(result?.snippet.text).toContain('<img src=x onerror=alert(1)>');
    const [start, end] = result?.snippet.ranges[0] ?? [0, 0];
    expect(result?.snippet.text.slice(start, end)).toBe('丽水');
  });

  it('writes byte-identical files for the same content', async () => {
    const first = await open(ARCHIVE);
    const second = await open([...ARCHIVE].reverse());
    const list = (dir: string): string[] =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
        .sort();
    expect(list(second.dir)).toEqual(list(first.dir));
    for (const file of list(first.dir)) {
      expect(readFileSync(path.join(second.dir, file), 'utf8')).toBe(
        readFileSync(path.join(first.dir, file), 'utf8'),
      );
    }
  });

  it('keeps the manifest small and the same size however many articles there are', async () => {
    // Two months, so that both archives have two segments (the manifest grows with segments only).
    const many = Array.from({ length: 1200 }, (_, i) =>
      article(`m${i}`, i % 2 === 0 ? '2022-01-01' : '2021-12-01', `标题${i}`, `正文${i}丽水`),
    );
    const small = await open(ARCHIVE);
    const large = await open(many);
    const size = (dir: string) => readFileSync(path.join(dir, 'manifest.json')).length;
    const docShards = (manifest: SearchManifest) =>
      manifest.segments.reduce((sum, segment) => sum + segment.docShards, 0);
    expect(large.result.manifest.segments).toHaveLength(small.result.manifest.segments.length);
    expect(size(small.dir)).toBeLessThan(400);
    expect(Math.abs(size(large.dir) - size(small.dir))).toBeLessThan(16);
    expect(docShards(large.result.manifest)).toBeGreaterThan(docShards(small.result.manifest));
  });

  it('splits a common gram into pieces by document range, with position parts of a trigram on the same boundaries', () => {
    const many = Array.from({ length: 60 }, (_, i) =>
      article(`m${i}`, `2022-03-${String((i % 28) + 1).padStart(2, '0')}`, `第${i}篇`, '丽水市区丽水街。'),
    );
    const dir = mkdtempSync(path.join(os.tmpdir(), 'search-build-'));
    dirs.push(dir);
    const { manifest: index } = buildSearchIndex(many, dir, { docPartBytes: 64 });
    // One month: one segment.
    expect(index.segments).toHaveLength(1);
    const manifest = index.segments[0] as SearchSegment;
    const piecesOf = (gram: string) => {
      const file = indexPaths.docShard(shardKeyOf(gram, manifest.docShards), manifest.buildId);
      return parseDocShard(file, JSON.parse(readFileSync(path.join(dir, file), 'utf8'))).pieces[gram];
    };
    for (const gram of ['丽水', '丽水市']) {
      const starts = piecesOf(gram);
      expect(starts?.length).toBeGreaterThan(1);
      starts?.forEach((first, piece) => {
        const pieceFile = indexPaths.docPiece(gram, piece, manifest.buildId);
        const shard = parseDocShard(pieceFile, JSON.parse(readFileSync(path.join(dir, pieceFile), 'utf8')));
        expect(lookupGram(importGramIndex(ungapChunks(shard.flex)), gram)[0]).toBe(first);
      });
    }
    // Positions are stored for trigrams only: 丽水市 has one part per piece, 丽水 none.
    const trigramStarts = piecesOf('丽水市') ?? [];
    trigramStarts.forEach((_, piece) => {
      const partFile = path.join(dir, indexPaths.posPart('丽水市', piece, manifest.buildId));
      expect(Object.keys(JSON.parse(readFileSync(partFile, 'utf8')) as object)).toEqual(['丽水市']);
    });
    const parts = readdirSync(path.join(dir, 'parts'));
    expect(parts.filter((name) => name.startsWith('4e3d-6c34-5e02-'))).toHaveLength(trigramStarts.length);
    expect(parts.filter((name) => /^4e3d-6c34-\d+\./.test(name))).toHaveLength(0);
  });
});
