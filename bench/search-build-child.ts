// Child process of bench/search.bench.ts: generates N articles, builds the search index into a
// folder and prints one JSON line (a separate process so peak memory is this build's alone).
// SEARCH_BUILD_OPTIONS, a JSON object of BuildSearchIndexOptions, overrides layout defaults for
// A/B runs, e.g. '{"docsPerChunk":4}'.
import { buildSearchIndex, type BuildSearchIndexOptions } from '../lib/search/build-index';
import { generateArticles } from '../tests/search/corpus';

const [count, outDir, seed] = [Number(process.argv[2]), process.argv[3] ?? '', Number(process.argv[4] ?? 1)];
const startGenerate = performance.now();
const articles = generateArticles(seed, count);
const generateMs = performance.now() - startGenerate;
const rssAfterGenerate = process.memoryUsage().rss;
const startBuild = performance.now();
const options = JSON.parse(process.env.SEARCH_BUILD_OPTIONS ?? '{}') as BuildSearchIndexOptions;
const result = buildSearchIndex(articles, outDir, options);
const buildMs = performance.now() - startBuild;
let chars = 0;
for (const article of articles) chars += article.body.length + article.title.length;
console.log(
  JSON.stringify({
    articles: articles.length,
    chars,
    generateMs,
    buildMs,
    rssAfterGenerate,
    peakRss: process.resourceUsage().maxRSS * 1024,
    files: result.files,
    bytes: result.bytes,
    manifest: result.manifest,
  }),
);
