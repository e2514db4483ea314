// Prints FlexSearch 0.8's export size for the same unigram+bigram terms next to our doc-level postings and
// positions (the numbers behind the design note on not using FlexSearch's index). Run: npx tsx bench/search-flexsearch-compare.ts 3000
import FlexSearch from 'flexsearch';
import { gzipSync } from 'node:zlib';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { generateArticles } from '../tests/search/corpus';
import { articleToSearchDoc, buildSearchIndex } from '../lib/search/build-index';
import { docSearchText } from '../lib/search/document';
import { forEachGram } from '../lib/search/tokenize';
const n = Number(process.argv[2] ?? 3000);
const arts = generateArticles(7, n);
const index = new FlexSearch.Index({
  encode: (text: string) => { const grams = new Set<string>(); forEachGram(text, (g) => grams.add(g)); return [...grams]; },
  resolution: 1,
} as never);
const t = performance.now();
arts.map(articleToSearchDoc).forEach((doc, i) => index.add(i, docSearchText(doc).text));
const addMs = performance.now() - t;
let raw = 0, gz = 0, keys = 0;
await index.export((key: string, data: string) => { keys += 1; if (data) { raw += Buffer.byteLength(data); gz += gzipSync(data).length; } });
console.log(`FlexSearch 0.8 Index, ${n} docs, unigram+bigram encoder: add ${addMs.toFixed(0)} ms, export ${keys} keys, ${(raw/1024).toFixed(0)} KB raw, ${(gz/1024).toFixed(0)} KB gzip (${(gz/n).toFixed(0)} B/article); no positions`);
buildSearchIndex(arts, '/tmp/flex-compare');
let d = 0, dz = 0, pz = 0;
for (const f of readdirSync('/tmp/flex-compare/shards')) { const b = readFileSync('/tmp/flex-compare/shards/' + f); if (f.startsWith('d')) { d += b.length; dz += gzipSync(b).length; } else { pz += gzipSync(b).length; } }
for (const f of readdirSync('/tmp/flex-compare/parts')) { const b = readFileSync('/tmp/flex-compare/parts/' + f); p += b.length; pz += gzipSync(b).length; }
console.log(`ours: doc-level postings ${(d/1024).toFixed(0)} KB raw, ${(dz/1024).toFixed(0)} KB gzip (${(dz/n).toFixed(0)} B/article, with counts + title hits); positions ${(pz/1024).toFixed(0)} KB gzip (${(pz/n).toFixed(0)} B/article)`);
rmSync('/tmp/flex-compare', { recursive: true, force: true });
