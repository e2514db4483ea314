// Search numbers for the scale benchmark: serves a built export's search index gzip-compressed on
// loopback and runs the real worker (lib/search/worker.ts, via bench/search-harness.ts) in headless
// Chromium, counting the bytes a first query transfers and timing later queries.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { listMarkdownFiles, parseArticleFile } from '../lib/content/load';
import { markdownToBlocks } from '../lib/content/markdown';
import { createRng } from '../lib/generator/prng';
import { bundleSearchHarness } from './search-harness-bundle';
import { CHROMIUM_LAUNCH_OPTIONS } from '../scripts/chromium';

/** What one archive's search costs a reader. */
export interface SearchNumbers {
  /** gzip bytes from opening search to the first results: manifest, worker, converter, shards, docs. */
  firstQueryGzipBytes: number;
  firstQueryMs: number;
  p50Ms: number;
  p95Ms: number;
}

const LATER_QUERIES = 100;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};

/** Random 2–4 character substrings of a sample of the archive's articles, as readers type them. */
function sampleQueries(contentDir: string, count: number): string[] {
  const files = listMarkdownFiles(path.join(contentDir, 'articles'));
  const rng = createRng(7, 'scale-queries', files.length);
  const queries: string[] = [];
  while (queries.length < count && files.length > 0) {
    const file = files[rng.int(0, files.length - 1)] ?? '';
    const article = parseArticleFile(file, readFileSync(file, 'utf8'));
    const texts = [article.title, ...markdownToBlocks(article.body).map((block) => block.text)];
    const text = (texts[rng.int(0, texts.length - 1)] ?? '').replace(/[\s\p{P}]/gu, '');
    if (text.length < 2) continue;
    const length = Math.min(text.length, rng.int(2, 4));
    const start = rng.int(0, text.length - length);
    queries.push(text.slice(start, start + length));
  }
  return queries;
}

/** Measures search over `<outDir>/search/` with queries drawn from the archive in `contentDir`. */
export async function measureSearch(outDir: string, contentDir: string): Promise<SearchNumbers> {
  const harnessDir = mkdtempSync(path.join(os.tmpdir(), 'search-probe-'));
  await bundleSearchHarness(harnessDir);

  const indexDir = path.join(outDir, 'search');
  let sent = 0;
  const server = createServer((request, response) => {
    const url = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let body: Buffer;
    try {
      if (url === '/') body = readFileSync(path.join(harnessDir, 'index.html'));
      else if (url === '/harness.js' || url === '/worker.js') body = readFileSync(path.join(harnessDir, url));
      else {
        const file = path.join(indexDir, url);
        if (!file.startsWith(indexDir)) return void response.writeHead(403).end();
        body = readFileSync(file);
      }
    } catch {
      return void response.writeHead(404).end();
    }
    const zipped = gzipSync(body, { level: 6 });
    const type = url.endsWith('.js') ? 'text/javascript' : url === '/' ? 'text/html' : 'application/json';
    response.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'content-encoding': 'gzip' });
    response.end(zipped);
    if (url !== '/' && url !== '/harness.js') sent += zipped.length;
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    const [first = '丽水', ...later] = sampleQueries(contentDir, LATER_QUERIES + 1);
    const started = Date.now();
    await page.evaluate(() => window.searchBench.open());
    const firstResult = await page.evaluate((q) => window.searchBench.query(q), first);
    const firstQueryMs = Date.now() - started;
    const firstQueryGzipBytes = sent;
    const times: number[] = [];
    for (const query of later)
      times.push((await page.evaluate((q) => window.searchBench.query(q), query)).ms);
    void firstResult;
    return { firstQueryGzipBytes, firstQueryMs, p50Ms: percentile(times, 50), p95Ms: percentile(times, 95) };
  } finally {
    await browser.close();
    server.close();
    rmSync(harnessDir, { recursive: true, force: true });
  }
}
