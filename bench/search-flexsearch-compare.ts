// Prints FlexSearch 0.8's export size for the same unigram+bigram terms next to our doc-level postings
// and positions (the numbers behind the design note on not using FlexSearch's index).
// Run: npx tsx bench/search-flexsearch-compare.ts 3000
import FlexSearch from 'flexsearch';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { articleToSearchDoc, buildSearchIndex } from '../lib/search/build-index';
import { docSearchText } from '../lib/search/document';
import { forEachGram } from '../lib/search/tokenize';
import { generateArticles } from '../tests/search/corpus';

function gzipSizes(dir: string, filter: (name: string) => boolean): number {
  return readdirSync(dir)
    .filter(filter)
    .reduce((sum, name) => sum + gzipSync(readFileSync(path.join(dir, name))).length, 0);
}

async function main() {
  const count = Number(process.argv[2] ?? 3000);
  const articles = generateArticles(7, count);
  const index = new FlexSearch.Index({
    encode: (text: string) => {
      const grams = new Set<string>();
      forEachGram(text, (gram) => grams.add(gram));
      return [...grams];
    },
    resolution: 1,
  } as never);
  const started = performance.now();
  articles.map(articleToSearchDoc).forEach((doc, i) => index.add(i, docSearchText(doc).text));
  const addMs = performance.now() - started;
  let raw = 0;
  let gzip = 0;
  let keys = 0;
  await index.export((_key: string, data: string) => {
    keys += 1;
    if (data) {
      raw += Buffer.byteLength(data);
      gzip += gzipSync(data).length;
    }
  });
  console.log(
    `FlexSearch 0.8 Index, ${count} articles, unigram+bigram encoder: add ${addMs.toFixed(0)} ms; export ${keys} keys, ${(raw / 1024).toFixed(0)} KB raw, ${(gzip / 1024).toFixed(0)} KB gzip (${(gzip / count).toFixed(0)} B/article); doc ids only, no positions`,
  );
  const dir = mkdtempSync(path.join(os.tmpdir(), 'search-flex-compare-'));
  try {
    buildSearchIndex(articles, dir);
    const docLevel = gzipSizes(path.join(dir, 'shards'), (name) => name.startsWith('d'));
    const positions = gzipSizes(path.join(dir, 'shards'), (name) => name.startsWith('p')) + gzipSizes(path.join(dir, 'parts'), () => true);
    console.log(
      `ours: doc-level postings ${(docLevel / 1024).toFixed(0)} KB gzip (${(docLevel / count).toFixed(0)} B/article, with counts and title hits), in many small files; positions ${(positions / 1024).toFixed(0)} KB gzip (${(positions / count).toFixed(0)} B/article)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
