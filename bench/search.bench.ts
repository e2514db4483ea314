// Search benchmark (prints numbers, never asserts): for generated archives of 1k and 10k articles
// (`--sizes 1000,10000,100000` for more), builds the index, serves it gzip-compressed on loopback
// and runs queries in headless Chromium through the real worker. Run: npm run bench:search
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { bundleSearchHarness } from './search-harness-bundle';
import { benchQueries } from './search-queries';
import { serve } from './search-serve';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium';

const sizesFlag = process.argv.indexOf('--sizes');
const SIZES = (sizesFlag >= 0 ? (process.argv[sizesFlag + 1] ?? '') : '1000,10000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const LATER_QUERIES = 200;
const root = path.resolve(__dirname, '..');

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

/**
 * Used JS heap of the (only) dedicated worker after a full garbage collection, through the DevTools
 * protocol (HeapProfiler.collectGarbage, then Runtime.getHeapUsage): what the worker retains.
 */
async function workerHeap(browser: Browser): Promise<number | null> {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as {
      targetInfos: { targetId: string; type: string }[];
    };
    const worker = targetInfos.find((target) => target.type === 'worker');
    if (!worker) return null;
    const { sessionId } = (await cdp.send('Target.attachToTarget', {
      targetId: worker.targetId,
      flatten: false,
    })) as { sessionId: string };
    const answer = new Promise<number | null>((resolve) => {
      cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
        const message = JSON.parse(event.message) as { id?: number; result?: { usedSize?: number } };
        if (event.sessionId === sessionId && message.id === 1) resolve(message.result?.usedSize ?? null);
      });
      setTimeout(() => resolve(null), 5000);
    });
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id: 2, method: 'HeapProfiler.collectGarbage' }),
    });
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id: 1, method: 'Runtime.getHeapUsage' }),
    });
    return await answer;
  } catch {
    return null;
  } finally {
    await cdp.detach();
  }
}

// Lighthouse's mobile slow-4G profile: 150 ms round trip, 1.6 Mbps down, 750 kbps up, CPU × 4.
const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1638.4 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};
const CPU_SLOWDOWN = 4;

/**
 * Time from opening search (worker start, manifest) to the first results, in a fresh context (cold
 * HTTP cache) under slow-4G network and CPU throttling set through the DevTools protocol; the
 * harness page itself loads before the clock starts. Then one more query, warm.
 */
async function firstResultsThrottled(browser: Browser, url: string, first: string, second: string) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(url);
    return await page.evaluate(
      async ([firstQuery, secondQuery]) => {
        const started = performance.now();
        await window.searchBench.open();
        const firstResult = await window.searchBench.query(firstQuery);
        const firstMs = performance.now() - started;
        const secondMs = (await window.searchBench.query(secondQuery)).ms;
        return { firstMs, firstTotal: firstResult.total, secondMs };
      },
      [first, second] as const,
    );
  } finally {
    await context.close();
  }
}

async function benchSize(count: number) {
  const dir = mkdtempSync(path.join(os.tmpdir(), `search-bench-${count}-`));
  try {
    const child = execFileSync(
      process.execPath,
      ['--import', 'tsx', path.join(root, 'bench/search-build-child.ts'), String(count), dir, '7'],
      {
        cwd: root,
        encoding: 'utf8',
        maxBuffer: 1 << 26,
      },
    );
    const built = JSON.parse(child.trim().split('\n').pop() ?? '{}') as {
      articles: number;
      generateMs: number;
      buildMs: number;
      peakRss: number;
      rssAfterGenerate: number;
      manifest: { segments: { docCount: number; docShards: number; posShards: number }[] };
    };
    let raw = 0;
    let gzip = 0;
    let largestShardGzip = 0;
    let largestShard = '';
    let fileCount = 0;
    for (const file of listFiles(dir)) {
      const bytes = readFileSync(file);
      const zipped = gzipSync(bytes, { level: 6 }).length;
      raw += statSync(file).size;
      gzip += zipped;
      fileCount += 1;
      if (/\/(shards|parts)\//.test(file) && zipped > largestShardGzip) {
        largestShardGzip = zipped;
        largestShard = path.relative(dir, file);
      }
    }
    const manifestBytes = statSync(path.join(dir, 'manifest.json')).size;

    await bundleSearchHarness(dir);
    const server = await serve(dir);
    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
    });
    try {
      const page = await browser.newPage();
      await page.goto(server.url);
      const pageBytes = server.sent.reduce((sum, entry) => sum + entry.bytes, 0);
      const openMs = await page.evaluate(() => window.searchBench.open());
      const beforeQuery = server.sent.reduce((sum, entry) => sum + entry.bytes, 0) - pageBytes;
      const workerBytes = server.sent.find((entry) => entry.path === '/worker.js')?.bytes ?? 0;

      // Queries: substrings of random articles (2–6 characters), as readers type them.
      const queries = benchQueries(count, LATER_QUERIES);
      const firstQuery = queries.first;
      const sentBefore = server.sent.length;
      const first = await page.evaluate((q) => window.searchBench.query(q), firstQuery);
      const firstBytes = server.sent.slice(sentBefore).reduce((sum, entry) => sum + entry.bytes, 0);
      const commonQuery = '丽水';
      const commonBefore = server.sent.length;
      const common = await page.evaluate((q) => window.searchBench.query(q), commonQuery);
      const commonBytes = server.sent.slice(commonBefore).reduce((sum, entry) => sum + entry.bytes, 0);

      const later: number[] = [];
      for (const q of queries.later)
        later.push((await page.evaluate((query) => window.searchBench.query(query), q)).ms);
      const heap = await workerHeap(browser);
      const totalSent = server.sent.reduce((sum, entry) => sum + entry.bytes, 0);
      const slow = await firstResultsThrottled(browser, server.url, firstQuery, commonQuery);
      return {
        articles: built.articles,
        'index raw': `${(raw / 1024 / 1024).toFixed(1)} MB (${kb(raw / built.articles)}/article)`,
        'index gzip': `${(gzip / 1024 / 1024).toFixed(1)} MB (${kb(gzip / built.articles)}/article)`,
        files: `${fileCount} (segments, newest first: ${built.manifest.segments.map((segment) => `${segment.docCount} documents in ${segment.docShards} doc shards + ${segment.posShards} position shards`).join('; ')})`,
        manifest: `${manifestBytes} B`,
        'largest shard gzip': `${kb(largestShardGzip)} (${largestShard})`,
        'before first shard (manifest + worker incl. converter)': `${kb(beforeQuery)} gzip (worker ${kb(workerBytes)})`,
        'open (worker start + manifest)': `${openMs.toFixed(0)} ms`,
        [`first query "${firstQuery}"`]: `${kb(firstBytes)} gzip, ${first.ms.toFixed(0)} ms, ${first.total} hits`,
        [`common query "${commonQuery}"`]: `${kb(commonBytes)} gzip, ${common.ms.toFixed(0)} ms, ${common.total} hits`,
        [`later queries (${LATER_QUERIES}) p50 / p95`]: `${percentile(later, 50).toFixed(1)} / ${percentile(later, 95).toFixed(1)} ms`,
        'total transferred in session': kb(totalSent),
        [`slow 4G: open + first query "${firstQuery}" (cold cache)`]: `${slow.firstMs.toFixed(0)} ms (${slow.firstTotal} hits)`,
        [`slow 4G: then "${commonQuery}"`]: `${slow.secondMs.toFixed(0)} ms`,
        'worker heap': heap === null ? 'n/a' : `${(heap / 1024 / 1024).toFixed(1)} MB`,
        'index build': `${(built.buildMs / 1000).toFixed(1)} s (generating the corpus: ${(built.generateMs / 1000).toFixed(1)} s)`,
        'build peak RSS': `${(built.peakRss / 1024 / 1024).toFixed(0)} MB (after generating: ${(built.rssAfterGenerate / 1024 / 1024).toFixed(0)} MB)`,
      };
    } finally {
      await browser.close();
      server.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `machine: ${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}, ${os.platform()} ${os.release()}`,
  );
  console.log(
    `load average at start: ${os
      .loadavg()
      .map((load) => load.toFixed(1))
      .join(' ')} (other work on the machine inflates times)`,
  );
  console.log(
    'transfer sizes are gzip level 6 as served; times are wall-clock on loopback, without throttling except the slow-4G rows\n',
  );
  for (const size of SIZES) {
    const row = await benchSize(size);
    console.log(`── ${size} articles`);
    for (const [key, value] of Object.entries(row)) console.log(`  ${key.padEnd(58)} ${value}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
