// The segmented search index (issue 12 item 3): a day added to an archive rebuilds only the recent
// segment and leaves the same files a build from scratch writes; a month's roll-over rebuilds the
// main segment and deletes the old one's files; and a query answers the same over any cut of the
// same documents into segments (same ids, same order, same totals).
import {
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '@/lib/content/schema';
import { createRng } from '@/lib/generator/prng';
import { buildSearchIndex, type BuildSearchIndexOptions } from '@/lib/search/build-index';
import { createFetchLoader, SearchEngine, type SearchRequest } from '@/lib/search/engine';
import { makeArticle } from '../unit/site/fixtures';
import { generateArticles } from './corpus';

const dirs: string[] = [];
// Thousands of small files: deleting them outlasts the default hook timeout on a busy machine.
afterAll(
  () =>
    dirs.forEach((dir) => {
      rmSync(dir, { recursive: true, force: true });
      rmSync(`${dir}.stamps.json`, { force: true });
    }),
  60_000,
);

function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'search-segments-'));
  dirs.push(dir);
  return dir;
}

/** Options for a folder built day after day: its stamps file sits beside it, outside the index. */
const kept = (dir: string): BuildSearchIndexOptions => ({ stampsFile: `${dir}.stamps.json` });

/** Every file under `dir` (relative path → bytes as text), for comparing two index trees. */
function readTree(dir: string): Map<string, string> {
  const tree = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    tree.set(path.relative(dir, file), readFileSync(file, 'latin1'));
  }
  return new Map([...tree].sort(([a], [b]) => (a < b ? -1 : 1)));
}

function expectSameTree(actual: string, expected: string): void {
  const a = readTree(actual);
  const b = readTree(expected);
  expect([...a.keys()]).toEqual([...b.keys()]);
  for (const [file, bytes] of b) expect(a.get(file) === bytes, file).toBe(true);
}

function openEngine(dir: string): Promise<SearchEngine> {
  return SearchEngine.open(
    createFetchLoader(`file://${dir}`, async (url) => {
      try {
        const text = await readFile(new URL(url), 'utf8');
        return { ok: true, status: 200, json: async () => JSON.parse(text) as unknown };
      } catch {
        return { ok: false, status: 404, json: async () => null };
      }
    }),
  );
}

// About five weeks of generated issues: January 2019 and the first days of February.
const articles = generateArticles(20261130, 1500);
const newestDay = articles.reduce((newest, article) => (article.date > newest ? article.date : newest), '');

describe('a day added to a segmented index', () => {
  it('writes the same files as a build from scratch, and rebuilds only the recent segment', () => {
    const beforeDay = articles.filter((article) => article.date !== newestDay);
    // The day must not open a month (that would be the roll-over case below).
    expect(beforeDay.some((article) => article.date.slice(0, 7) === newestDay.slice(0, 7))).toBe(true);

    const scratch = tempDir();
    const fromScratch = buildSearchIndex(articles, scratch);
    expect(fromScratch.segments.map((segment) => segment.reused)).toEqual([false, false]);

    const daily = tempDir();
    const first = buildSearchIndex(beforeDay, daily, kept(daily));
    const mainFiles = readdirSync(path.join(daily, 'shards'))
      .filter((name) => name.includes(first.segments[1]?.buildId ?? '?'))
      .map((name) => path.join(daily, 'shards', name));
    const mainTimes = mainFiles.map((file) => statSync(file).mtimeMs);
    const second = buildSearchIndex(articles, daily, kept(daily));

    expect(second.segments.map((segment) => [segment.newest.slice(0, 7), segment.reused])).toEqual([
      [newestDay.slice(0, 7), false],
      ['2019-01', true],
    ]);
    expect(second.segments[1]?.buildId).toBe(first.segments[1]?.buildId);
    expect(second.segments[0]?.buildId).not.toBe(first.segments[0]?.buildId);
    // The main segment's files were not written again, and the old recent segment's are gone.
    expect(mainFiles.length).toBeGreaterThan(0);
    expect(mainFiles.map((file) => statSync(file).mtimeMs)).toEqual(mainTimes);
    expect(second.removedFiles).toBeGreaterThan(0);
    expect(second.manifest).toEqual(fromScratch.manifest);
    expectSameTree(daily, scratch);
  });
});

describe('a month that rolls over', () => {
  const day = (date: string, n: number) =>
    makeArticle({ id: `${date}-${n}`, date, title: `${date}消息${n}`, body: `丽水第${n}条新闻。` });
  const january = [day('2022-01-10', 1), day('2022-01-20', 2)];
  const february = [day('2022-02-03', 3), day('2022-02-14', 4)];
  const march = [day('2022-03-01', 5)];

  it('rebuilds both segments, deletes the old segments’ files, and matches a build from scratch', () => {
    const daily = tempDir();
    const before = buildSearchIndex([...january, ...february], daily, kept(daily));
    const after = buildSearchIndex([...january, ...february, ...march], daily, kept(daily));
    expect(after.segments.map((segment) => [segment.oldest, segment.newest, segment.reused])).toEqual([
      ['2022-03-01', '2022-03-01', false],
      ['2022-01-10', '2022-02-14', false],
    ]);
    const names = [...readTree(daily).keys()].join('\n');
    for (const { buildId } of before.segments) expect(names).not.toContain(buildId);
    const scratch = tempDir();
    buildSearchIndex([...january, ...february, ...march], scratch);
    expectSameTree(daily, scratch);
  });

  it('rebuilds a segment whose files are not all in the folder any more', () => {
    const dir = tempDir();
    const first = buildSearchIndex([...january, ...february], dir, kept(dir));
    const main = first.segments[1]?.buildId ?? '?';
    const shard = readdirSync(path.join(dir, 'shards')).find((name) => name.includes(main)) ?? '?';
    unlinkSync(path.join(dir, 'shards', shard));
    const second = buildSearchIndex([...january, ...february], dir, kept(dir));
    expect(second.segments.map((segment) => segment.reused)).toEqual([true, false]);
    expect(readdirSync(path.join(dir, 'shards'))).toContain(shard);
  });

  // Found by a newcomer trying to break the build: a segment was kept on its file count alone.
  it('rebuilds a segment one of whose files was changed by hand, back to the bytes of a build from scratch', () => {
    const dir = tempDir();
    const first = buildSearchIndex([...january, ...february], dir, kept(dir));
    const main = first.segments[1]?.buildId ?? '?';
    const doc = readdirSync(path.join(dir, 'docs')).find((name) => name.includes(main)) ?? '?';
    writeFileSync(path.join(dir, 'docs', doc), '[]');
    const second = buildSearchIndex([...january, ...february], dir, kept(dir));
    expect(second.segments.map((segment) => segment.reused)).toEqual([true, false]);
    const scratch = tempDir();
    buildSearchIndex([...january, ...february], scratch);
    expectSameTree(dir, scratch);
  });

  it('rebuilds a segment whose file was swapped for a stray one of the same buildId, and drops the stray', () => {
    const dir = tempDir();
    const first = buildSearchIndex([...january, ...february], dir, kept(dir));
    const main = first.segments[1]?.buildId ?? '?';
    const [doc] = readdirSync(path.join(dir, 'docs')).filter((name) => name.includes(main));
    unlinkSync(path.join(dir, 'docs', doc ?? '?'));
    copyFileSync(path.join(dir, 'manifest.json'), path.join(dir, 'docs', `999.${main}.json`));
    const second = buildSearchIndex([...january, ...february], dir, kept(dir));
    expect(second.segments.map((segment) => segment.reused)).toEqual([true, false]);
    const scratch = tempDir();
    buildSearchIndex([...january, ...february], scratch);
    expectSameTree(dir, scratch);
  });

  it('keeps nothing without a stamps file, and nothing recorded for another folder', () => {
    const dir = tempDir();
    buildSearchIndex([...january, ...february], dir);
    expect(buildSearchIndex([...january, ...february], dir).segments.map((s) => s.reused)).toEqual([
      false,
      false,
    ]);
    const other = tempDir();
    buildSearchIndex([...january, ...february], other, kept(other));
    const borrowed = buildSearchIndex([...january, ...february], dir, kept(other));
    expect(borrowed.segments.map((s) => s.reused)).toEqual([false, false]);
  });

  it('rebuilds the main segment when an old article is corrected', () => {
    const dir = tempDir();
    buildSearchIndex([...january, ...february], dir, kept(dir));
    const corrected = { ...(january[0] as Article), body: '丽水第1条新闻（更正）。' };
    const second = buildSearchIndex([corrected, ...january.slice(1), ...february], dir, kept(dir));
    expect(second.segments.map((segment) => segment.reused)).toEqual([true, false]);
  });
});

describe('queries over segments', () => {
  // Tiny shards, parts and pieces, so common grams take the pieced paths in every segment.
  const layout: BuildSearchIndexOptions = {
    partBytes: 256,
    docShardBytes: 4096,
    posShardBytes: 4096,
    docPartBytes: 2048,
    docsPerChunk: 3,
  };
  let one: SearchEngine;
  let two: SearchEngine;
  let three: SearchEngine;

  beforeAll(async () => {
    const oneDir = tempDir();
    const twoDir = tempDir();
    const threeDir = tempDir();
    expect(buildSearchIndex(articles, oneDir, { ...layout, segmentStarts: [] }).segments).toHaveLength(1);
    expect(buildSearchIndex(articles, twoDir, layout).segments).toHaveLength(2);
    const cuts = ['2019-01-12', '2019-01-25'];
    expect(buildSearchIndex(articles, threeDir, { ...layout, segmentStarts: cuts }).segments).toHaveLength(3);
    [one, two, three] = await Promise.all([openEngine(oneDir), openEngine(twoDir), openEngine(threeDir)]);
  }, 120_000);

  it('answers every query with the same ids in the same order as the one-segment index', async () => {
    const rng = createRng(12, 'search-segments');
    const pick = <T>(list: readonly T[]): T => list[rng.int(0, list.length - 1)] as T;
    const substring = (min: number, max: number) => {
      const text = pick(articles).body.replace(/\s+/g, '');
      const length = Math.min(text.length, rng.int(min, max));
      const start = rng.int(0, text.length - length);
      return text.slice(start, start + length);
    };
    const section = articles[0]?.pageName ?? '';
    const requests: SearchRequest[] = [
      { query: '丽水' },
      { query: '发展', sort: 'date' },
      { query: '发展', section },
      { query: '发展', from: '2019-01-20', to: '2019-02-02' },
      { query: '发展', page: 3, pageSize: 7 },
      { query: '量子纠缠' },
    ];
    for (let i = 0; i < 60; i += 1) requests.push({ query: substring(1, 6) });
    for (let i = 0; i < 20; i += 1) requests.push({ query: `${substring(2, 3)} ${substring(1, 2)}` });
    let found = 0;
    for (const request of requests) {
      const full = { pageSize: 1_000_000, idsOnly: true, ...request };
      const expected = await one.search(full);
      const ids = expected.results.map((result) => result.id);
      if (expected.total > 0) found += 1;
      for (const engine of [two, three]) {
        const actual = await engine.search(full);
        expect({ query: request.query, total: actual.total, ids: actual.results.map((r) => r.id) }).toEqual({
          query: request.query,
          total: expected.total,
          ids,
        });
      }
    }
    expect(found).toBeGreaterThan(60);
  });

  it('shows the same first page with excerpts, and the same filter menus', async () => {
    const expected = await one.search({ query: '丽水' });
    expect(expected.results.length).toBeGreaterThan(0);
    expect(await two.search({ query: '丽水' })).toEqual(expected);
    expect(await three.search({ query: '丽水' })).toEqual(expected);
    expect(await two.sections()).toEqual(await one.sections());
    expect(await three.facets()).toEqual(await one.facets());
  });
});
