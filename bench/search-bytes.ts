// What a query downloads: runs the real engine in Node over a built index folder with a fetch
// that reads the folder's files, cold cache per query, and prints per query the gzip-6 bytes and
// files it fetched and its round trips (fetch waves). Prints, never asserts.
// Run: npx tsx bench/search-bytes.ts <articles> <index dir> [later queries, default 100]
// Builds the bench's index (bench/search-build-child.ts, seed 7) into the folder first unless it
// already holds a manifest of this format; the build's time and peak RSS are printed then.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { createFetchLoader, SearchEngine, type FetchLike } from '../lib/search/engine';
import { INDEX_FORMAT_VERSION } from '../lib/search/format';
import { benchQueries } from './search-queries';

/** One query's downloads: gzip-6 bytes, files, and fetch waves (round trips, the manifest's included). */
interface QueryCost {
  query: string;
  hits: number;
  gzipBytes: number;
  files: number;
  waves: number;
  byFolder: Record<string, number>;
}

// Each file's gzip size, computed once per file (the same shard is read by many queries).
const gzipSizes = new Map<string, number>();
function gzipSize(file: string): number {
  let size = gzipSizes.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(file), { level: 6 }).length;
    gzipSizes.set(file, size);
  }
  return size;
}

/**
 * A fetch over the folder that records each file once and its wave: 1 + the highest wave among
 * the fetches that had completed when it was issued (fetches issued together share a wave). Every
 * response waits a few milliseconds, so files requested together are in flight together.
 */
function recordingFetch(dir: string): { fetch: FetchLike; cost: () => Omit<QueryCost, 'query' | 'hits'> } {
  const seen = new Set<string>();
  const byFolder: Record<string, number> = {};
  let doneWave = 0;
  let waves = 0;
  let gzipBytes = 0;
  const fetch: FetchLike = async (url) => {
    const relative = url.replace(/^\/index\//, '');
    const wave = doneWave + 1;
    waves = Math.max(waves, wave);
    const file = path.join(dir, relative);
    if (!seen.has(relative) && existsSync(file)) {
      seen.add(relative);
      const size = gzipSize(file);
      gzipBytes += size;
      const folder = relative.includes('/') ? relative.split('/')[0]! : relative;
      const kind = folder === 'shards' ? `shards/${path.basename(relative)[0]}` : folder;
      byFolder[kind] = (byFolder[kind] ?? 0) + size;
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
    doneWave = Math.max(doneWave, wave);
    if (!existsSync(file)) return { ok: false, status: 404, json: async () => null };
    return { ok: true, status: 200, json: async () => JSON.parse(readFileSync(file, 'utf8')) as unknown };
  };
  return { fetch, cost: () => ({ gzipBytes, files: seen.size, waves, byFolder }) };
}

/** Runs one query against a fresh engine (cold cache), counting what it fetched. */
async function measure(dir: string, query: string): Promise<QueryCost> {
  const { fetch, cost } = recordingFetch(dir);
  const engine = await SearchEngine.open(createFetchLoader('/index', fetch));
  const response = await engine.search({ query });
  return { query, hits: response.total, ...cost() };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};

/** The index's files and gzip bytes, in all and per kind (doc shards, position shards, parts, pieces, docs, meta). */
function folderBytes(dir: string): { files: number; gzip: number; byKind: Record<string, number> } {
  let files = 0;
  let gzip = 0;
  const byKind: Record<string, number> = {};
  for (const folder of ['shards', 'parts', 'pieces', 'docs', 'meta']) {
    const at = path.join(dir, folder);
    if (!existsSync(at)) continue;
    for (const name of readdirSync(at)) {
      const size = gzipSize(path.join(at, name));
      const kind = folder === 'shards' ? `shards/${name[0]}` : folder;
      byKind[kind] = (byKind[kind] ?? 0) + size;
      files += 1;
      gzip += size;
    }
  }
  return { files, gzip, byKind };
}

function hasCurrentIndex(dir: string): boolean {
  try {
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as {
      version?: unknown;
    };
    return manifest.version === INDEX_FORMAT_VERSION;
  } catch {
    return false;
  }
}

async function main() {
  const [countArg, dirArg, laterArg] = process.argv.slice(2);
  const count = Number(countArg);
  if (!Number.isInteger(count) || count < 1 || !dirArg)
    throw new Error('usage: npx tsx bench/search-bytes.ts <articles> <index dir> [later queries]');
  const dir = path.resolve(dirArg);
  const later = Number(laterArg ?? 100);
  const root = path.resolve(import.meta.dirname, '..');
  console.log(`format ${INDEX_FORMAT_VERSION}, ${count} articles, index ${dir}`);
  console.log(
    `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, load ${os
      .loadavg()
      .map((v) => v.toFixed(1))
      .join(' ')}`,
  );
  if (!hasCurrentIndex(dir)) {
    // A child process, so that peak RSS is the build's alone.
    const line = execFileSync(
      process.execPath,
      ['--import', 'tsx', path.join(root, 'bench/search-build-child.ts'), String(count), dir, '7'],
      { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 },
    );
    const built = JSON.parse(line.trim().split('\n').pop() ?? '{}') as {
      buildMs: number;
      peakRss: number;
      files: number;
    };
    console.log(
      `build: ${(built.buildMs / 1000).toFixed(1)} s, peak RSS ${(built.peakRss / 2 ** 30).toFixed(2)} GB, ${built.files} files`,
    );
  } else {
    console.log(`reusing the index (built ${statSync(path.join(dir, 'manifest.json')).mtime.toISOString()})`);
  }
  const total = folderBytes(dir);
  console.log(
    `index: ${total.files} files, ${(total.gzip / 2 ** 20).toFixed(1)} MB gzip, ${(total.gzip / count / 1024).toFixed(2)} KB gzip per article`,
  );
  console.log(
    `  per article: ${Object.entries(total.byKind)
      .map(([kind, bytes]) => `${kind} ${(bytes / count / 1024).toFixed(2)} KB`)
      .join(', ')} (shards/d: doc shards, shards/p: position shards)`,
  );

  const queries = benchQueries(count, later);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  const show = (cost: QueryCost) =>
    `${cost.query}: ${cost.hits} hits, ${kb(cost.gzipBytes)} in ${cost.files} files, ${cost.waves} waves (${Object.entries(
      cost.byFolder,
    )
      .map(([folder, bytes]) => `${folder} ${kb(bytes)}`)
      .join(', ')})`;
  const first = await measure(dir, queries.first);
  console.log(`first query ${show(first)}`);
  const costs: QueryCost[] = [];
  for (const query of queries.later) costs.push(await measure(dir, query));
  const longest = [...costs].sort((a, b) => b.gzipBytes - a.gzipBytes).slice(0, 5);
  for (const cost of longest) console.log(`  heavy: ${show(cost)}`);
  const bytes = costs.map((cost) => cost.gzipBytes);
  const files = costs.map((cost) => cost.files);
  const waves = costs.map((cost) => cost.waves);
  console.log(
    `later queries (${costs.length}, each cold): KB p50 ${kb(percentile(bytes, 50))} / p95 ${kb(percentile(bytes, 95))}; files p50 ${percentile(files, 50)} / p95 ${percentile(files, 95)}; waves p50 ${percentile(waves, 50)} / p95 ${percentile(waves, 95)} / max ${Math.max(...waves)}`,
  );
  const byLength = new Map<number, number[]>();
  for (const cost of costs) {
    if (cost.query.includes(' ')) continue;
    const list = byLength.get(cost.query.length) ?? [];
    list.push(cost.gzipBytes);
    byLength.set(cost.query.length, list);
  }
  for (const [length, list] of [...byLength.entries()].sort((a, b) => a[0] - b[0]))
    console.log(
      `  ${length} characters (${list.length}): p50 ${kb(percentile(list, 50))} / max ${kb(Math.max(...list))}`,
    );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
