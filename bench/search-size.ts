// Prints where the search index's bytes go (gzip, per article) for a generated archive: FlexSearch's
// exported document lists, the rank side array, trigram positions and display text. Prints, never asserts.
// Run: npx tsx bench/search-size.ts 1000
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSearchIndex } from '../lib/search/build-index';
import type { DocShard } from '../lib/search/format';
import { generateArticles } from '../tests/search/corpus';

const gzip = (text: string | Buffer) => gzipSync(text, { level: 6 }).length;

function main() {
  const count = Number(process.argv[2] ?? 1000);
  const articles = generateArticles(7, count);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'search-size-'));
  try {
    const started = performance.now();
    const { manifest } = buildSearchIndex(articles, dir);
    const buildMs = performance.now() - started;
    const files = (folder: string) =>
      readdirSync(path.join(dir, folder)).map((name) => path.join(dir, folder, name));
    const sizes = {
      'doc shards + pieces (file)': 0,
      '  of which FlexSearch export alone': 0,
      '  of which rank array alone': 0,
      positions: 0,
      'docs chunks': 0,
      meta: 0,
    };
    let largest = 0;
    for (const file of [...files('shards'), ...files('pieces')]) {
      const bytes = readFileSync(file);
      const zipped = gzip(bytes);
      largest = Math.max(largest, zipped);
      if (/\/shards\/p/.test(file)) {
        sizes.positions += zipped;
        continue;
      }
      sizes['doc shards + pieces (file)'] += zipped;
      const shard = JSON.parse(bytes.toString('utf8')) as DocShard;
      sizes['  of which FlexSearch export alone'] += gzip(JSON.stringify(shard.flex));
      sizes['  of which rank array alone'] += gzip(JSON.stringify(shard.rank));
    }
    for (const file of files('parts')) sizes.positions += gzip(readFileSync(file));
    for (const file of files('docs')) sizes['docs chunks'] += gzip(readFileSync(file));
    for (const file of files('meta')) sizes.meta += gzip(readFileSync(file));
    const total = sizes['doc shards + pieces (file)'] + sizes.positions + sizes['docs chunks'] + sizes.meta;
    console.log(
      `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`,
    );
    console.log(
      `${count} articles: ${manifest.segments.map((segment) => `${segment.docShards} doc shards + ${segment.posShards} position shards`).join(', ')} (segments, newest first), ${files('pieces').length} pieces; build ${(buildMs / 1000).toFixed(1)} s`,
    );
    for (const [name, bytes] of Object.entries(sizes))
      console.log(`  ${name.padEnd(38)} ${(bytes / count).toFixed(0).padStart(6)} B/article gzip`);
    console.log(
      `  ${'total (without manifest)'.padEnd(38)} ${(total / count).toFixed(0).padStart(6)} B/article gzip; largest shard/piece ${(largest / 1024).toFixed(1)} KB gzip`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
