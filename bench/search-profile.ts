// Where a later query's time goes in Chromium (prints numbers, never asserts): serves a built index
// folder (bench/search-build-child.ts writes one), runs the search benchmark's queries through the
// real worker, and prints per-query files and bytes plus a CPU profile of the worker (self time by
// function). Run: npx tsx bench/search-profile.ts <index dir> [articles the index was built from]
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium';
import { bundleSearchHarness } from './search-harness-bundle';
import { benchQueries } from './search-queries';
import { serve } from './search-serve';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [indexDir = '', countArg = '100000'] = process.argv.slice(2);
const LATER = 200;

async function main() {
  if (!indexDir) throw new Error('usage: search-profile.ts <index dir> [articles]');
  const harness = mkdtempSync(path.join(os.tmpdir(), 'search-profile-'));
  await bundleSearchHarness(harness, { minify: false });
  // Serve the harness files and the index from one folder view: copy the three harness files in.
  for (const name of ['worker.js', 'harness.js', 'index.html'])
    copyFileSync(path.join(harness, name), path.join(indexDir, name));
  rmSync(harness, { recursive: true, force: true });
  // A/B runs: SEARCH_WORKER_JS names another bundled worker (an older engine) to profile instead.
  if (process.env.SEARCH_WORKER_JS)
    copyFileSync(process.env.SEARCH_WORKER_JS, path.join(indexDir, 'worker.js'));
  const server = await serve(path.resolve(indexDir));
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
  try {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.evaluate(() => window.searchBench.open());
    const queries = benchQueries(Number(countArg), LATER);
    await page.evaluate((q) => window.searchBench.query(q), queries.first);
    await page.evaluate((q) => window.searchBench.query(q), '丽水');

    // Attach to the worker through the browser's DevTools session and start its profiler.
    const cdp = await browser.newBrowserCDPSession();
    const { targetInfos } = (await cdp.send('Target.getTargets')) as {
      targetInfos: { targetId: string; type: string }[];
    };
    const worker = targetInfos.find((target) => target.type === 'worker');
    if (!worker) throw new Error('no worker target');
    const { sessionId } = (await cdp.send('Target.attachToTarget', {
      targetId: worker.targetId,
      flatten: false,
    })) as { sessionId: string };
    let nextId = 1;
    const waiting = new Map<number, (result: unknown) => void>();
    cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
      const message = JSON.parse(event.message) as { id?: number; result?: unknown };
      if (event.sessionId === sessionId && message.id !== undefined)
        waiting.get(message.id)?.(message.result);
    });
    const send = (method: string, params: object = {}) => {
      const id = nextId++;
      const answer = new Promise<unknown>((resolve) => waiting.set(id, resolve));
      void cdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method, params }),
      });
      return answer;
    };
    await send('Profiler.enable');
    await send('Profiler.setSamplingInterval', { interval: 100 });
    await send('Profiler.start');

    await send('Runtime.enable');
    const evaluate = async (expression: string) =>
      (
        (await send('Runtime.evaluate', { expression, returnByValue: true })) as {
          result: { value: unknown };
        }
      ).result.value;
    await evaluate('performance.setResourceTimingBufferSize(10000); performance.clearResourceTimings()');
    const kinds = ['shards/d', 'shards/p', 'pieces', 'parts', 'docs'] as const;
    const waves = { files: new Map<string, number>(), endMs: new Map<string, number>() };
    const times: {
      q: string;
      ms: number;
      files: number;
      bytes: number;
      total: number;
      lastEnd: number;
      waterfall: string;
    }[] = [];
    for (const q of queries.later) {
      const before = server.sent.length;
      const r = await page.evaluate((query) => window.searchBench.query(query), q);
      const sent = server.sent.slice(before);
      // The worker's resource timings: when each kind of file finished, from the first request.
      const entries = (await evaluate(
        `JSON.stringify(performance.getEntriesByType('resource').map((e) => [e.name, e.startTime, e.responseEnd])); `,
      )) as string;
      await evaluate('performance.clearResourceTimings()');
      const parsed = JSON.parse(entries) as [string, number, number][];
      const t0 = Math.min(...parsed.map((e) => e[1]));
      let lastEnd = 0;
      for (const [name, , end] of parsed) {
        const kind = kinds.find((k) => name.includes(`/${k}`)) ?? 'other';
        waves.files.set(kind, (waves.files.get(kind) ?? 0) + 1);
        waves.endMs.set(kind, Math.max(waves.endMs.get(kind) ?? 0, 0) + (end - t0));
        lastEnd = Math.max(lastEnd, end - t0);
      }
      times.push({
        lastEnd,
        waterfall: parsed
          .sort((a, b) => a[1] - b[1])
          .map(
            ([name, start, end]) =>
              `${(start - t0).toFixed(0)}-${(end - t0).toFixed(0)} ${name.replace(/^.*\/search-profile-[^/]*\/|^https?:\/\/[^/]+\//, '').replace(/\.[0-9a-f]{12}\.json$/, '')}`,
          )
          .join('  '),
        q,
        ms: r.ms,
        files: sent.length,
        bytes: sent.reduce((sum, entry) => sum + entry.bytes, 0),
        total: r.total,
      });
    }
    const { profile } = (await send('Profiler.stop')) as { profile: Profile };

    for (const [kind, files] of waves.files)
      console.log(
        `  ${kind.padEnd(9)} ${(files / times.length).toFixed(1)} files per query, mean end (from first request) ${((waves.endMs.get(kind) ?? 0) / files).toFixed(1)} ms`,
      );
    console.log(
      `  mean last response end ${(times.reduce((s, t) => s + t.lastEnd, 0) / times.length).toFixed(1)} ms`,
    );
    const sorted = [...times].sort((a, b) => a.ms - b.ms);
    const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]?.ms;
    const sum = times.reduce((s, t) => s + t.ms, 0);
    console.log(
      `later queries: p50 ${pct(50)?.toFixed(1)} ms, p95 ${pct(95)?.toFixed(1)} ms, sum ${sum.toFixed(0)} ms`,
    );
    console.log(
      `files per query: mean ${(times.reduce((s, t) => s + t.files, 0) / times.length).toFixed(1)}, bytes mean ${(times.reduce((s, t) => s + t.bytes, 0) / times.length / 1024).toFixed(1)} KB`,
    );
    console.log('slowest 12:');
    for (const t of sorted.slice(-12))
      console.log(
        `  ${t.ms.toFixed(0).padStart(5)} ms  ${String(t.files).padStart(3)} files ${(t.bytes / 1024).toFixed(0).padStart(4)} KB  ${t.total} hits  ${t.q}`,
      );

    for (const t of sorted.slice(-3)) console.log(`waterfall ${t.q} (${t.ms.toFixed(0)} ms): ${t.waterfall}`);
    // Self time per function (sampling profile).
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const self = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      const node = byId.get(id);
      if (!node) return;
      const { functionName, url, lineNumber } = node.callFrame;
      const key = `${functionName || '(anonymous)'} ${url ? `${path.basename(url)}:${lineNumber + 1}` : ''}`;
      self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
    const totalMs = [...self.values()].reduce((a, b) => a + b, 0);
    console.log(`worker profile: ${totalMs.toFixed(0)} ms sampled; self time by function:`);
    for (const [key, ms] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30))
      console.log(
        `  ${ms.toFixed(0).padStart(6)} ms ${((100 * ms) / totalMs).toFixed(1).padStart(5)} %  ${key}`,
      );
    // Inclusive time for a few engine entry points.
    const parentOf = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
    const inclusive = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      const seen = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
        const name = byId.get(at)?.callFrame.functionName ?? '';
        if (name && !seen.has(name)) {
          seen.add(name);
          inclusive.set(name, (inclusive.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
        }
      }
    });
    console.log('inclusive time:');
    for (const [key, ms] of [...inclusive.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30))
      console.log(`  ${ms.toFixed(0).padStart(6)} ms  ${key}`);
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
