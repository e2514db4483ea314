// Prints the article-page budgets (never asserts): transfer of HTML+CSS+JS gzipped, bytes of
// search code loaded on an article page, and LCP/CLS from Chromium (plain and with Lighthouse-like
// mobile throttling), then Lighthouse 12 (mobile) when installed. Needs a built out/.
import { existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from '@playwright/test';
import { createStaticServer } from './serve';
import { getArchive } from '../lib/site/data';
import { paths, withBasePath } from '../lib/site/urls';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

const SEARCH_CODE = /flexsearch|opencc|new Worker\(|search\/manifest|searchWorker/i;

interface Transfer {
  url: string;
  type: 'html' | 'css' | 'js' | 'other';
  raw: number;
  gzip: number;
  search: boolean;
}

function typeOf(url: string, contentType: string): Transfer['type'] {
  if (contentType.includes('html')) return 'html';
  if (contentType.includes('css') || url.endsWith('.css')) return 'css';
  if (contentType.includes('javascript') || url.endsWith('.js')) return 'js';
  return 'other';
}

async function measureTransfers(browser: Browser, url: string): Promise<Transfer[]> {
  const page = await browser.newPage();
  const pending: Promise<Transfer | null>[] = [];
  page.on('response', (response) => {
    pending.push(
      response
        .body()
        .then((body) => {
          const type = typeOf(response.url(), response.headers()['content-type'] ?? '');
          const text = type === 'js' ? body.toString('utf8') : '';
          return {
            url: response.url(),
            type,
            raw: body.length,
            gzip: gzipSync(body, { level: 9 }).length,
            search:
              (type === 'js' && SEARCH_CODE.test(text)) ||
              /\/search\//.test(new URL(response.url()).pathname),
          };
        })
        .catch(() => null),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.close();
  return (await Promise.all(pending)).filter((t): t is Transfer => t !== null);
}

async function measureVitals(browser: Browser, url: string, throttled: boolean) {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
  });
  const page = await context.newPage();
  if (throttled) {
    // Lighthouse's mobile defaults: 150 ms RTT, 1.6 Mbps down, 750 kbps up, CPU ×4.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  }
  await page.addInitScript(() => {
    const w = window as unknown as { __lcp: number; __cls: number };
    w.__lcp = 0;
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__lcp = entry.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[]) {
        if (!entry.hadRecentInput) w.__cls += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const started = Date.now();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(1500);
  const loadMs = Date.now() - started;
  const vitals = await page.evaluate(() => {
    const w = window as unknown as { __lcp: number; __cls: number };
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return { lcp: w.__lcp, cls: w.__cls, domContentLoaded: nav?.domContentLoadedEventEnd ?? 0 };
  });
  await context.close();
  return { ...vitals, loadMs };
}

async function main() {
  const outDir = path.resolve(process.env.OUT_DIR ?? 'out');
  if (!existsSync(outDir)) {
    console.error(`${outDir}: no such folder; run \`npm run build\` first`);
    process.exit(1);
  }
  const archive = getArchive();
  // The longest article: the worst case of the pages readers share.
  const article = [...archive.articleById.values()].sort((a, b) => b.body.length - a.body.length)[0];
  if (!article) {
    console.error('the archive has no articles');
    process.exit(1);
  }
  const server = createStaticServer(outDir);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const url = `${origin}${withBasePath(paths.article(article.id))}`;

  console.log(
    `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, ${process.platform}`,
  );
  console.log(
    `article page: ${paths.article(article.id)} (${article.body.length} characters of body; the longest in the archive)`,
  );

  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
  try {
    const transfers = await measureTransfers(browser, url);
    const sum = (items: Transfer[], key: 'raw' | 'gzip') =>
      items.reduce((total, item) => total + item[key], 0);
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    for (const type of ['html', 'css', 'js', 'other'] as const) {
      const items = transfers.filter((t) => t.type === type);
      if (items.length)
        console.log(
          `  ${type.padEnd(5)} ${String(items.length).padStart(2)} files  ${kb(sum(items, 'raw')).padStart(9)} raw  ${kb(sum(items, 'gzip')).padStart(9)} gzip`,
        );
    }
    const counted = transfers.filter((t) => t.type !== 'other');
    console.log(
      `article page HTML+CSS+JS gzip total: ${kb(sum(counted, 'gzip'))} (target ≤ 150 KB, stretch 120 KB)`,
    );
    const search = transfers.filter((t) => t.search);
    console.log(
      `search code on the article page: ${sum(search, 'raw')} bytes (target 0)${search.length ? ` — ${search.map((t) => t.url).join(', ')}` : ''}`,
    );

    for (const throttled of [false, true]) {
      const runs = [];
      for (let i = 0; i < 3; i += 1) runs.push(await measureVitals(browser, url, throttled));
      const median = (values: number[]) =>
        [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
      console.log(
        `${throttled ? 'mobile-throttled (150 ms RTT, 1.6 Mbps, CPU ×4)' : 'loopback, no throttling'}: ` +
          `LCP ${median(runs.map((r) => r.lcp)).toFixed(0)} ms (target ≤ 2500), CLS ${median(runs.map((r) => r.cls)).toFixed(3)} (target ≤ 0.1), ` +
          `DOMContentLoaded ${median(runs.map((r) => r.domContentLoaded)).toFixed(0)} ms — median of 3`,
      );
    }
  } finally {
    await browser.close();
    server.close();
  }

  await runLighthouse(outDir, withBasePath(paths.article(article.id)));
}

/** Lighthouse (mobile defaults: simulated slow 4G and CPU ×4) on the article page, when installed. */
async function runLighthouse(outDir: string, articlePath: string) {
  let lighthouse: typeof import('lighthouse').default;
  let launch: typeof import('chrome-launcher').launch;
  try {
    lighthouse = (await import('lighthouse')).default;
    launch = (await import('chrome-launcher')).launch;
  } catch {
    console.log(
      'lighthouse not installed (npm install --save-dev lighthouse@12.2.3); LCP/CLS above come from PerformanceObserver in Chromium',
    );
    return;
  }
  const server = createStaticServer(outDir);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${articlePath}`;
  const chrome = await launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const lhr = result?.lhr;
    if (!lhr) throw new Error('lighthouse returned no result');
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const audit = (id: string) => lhr.audits[id]?.displayValue ?? 'n/a';
    console.log(
      `lighthouse ${lhr.lighthouseVersion} mobile (simulated throttling) on the article page: ` +
        `performance ${score('performance')} (target ≥ 90), accessibility ${score('accessibility')} (target 100), ` +
        `best practices ${score('best-practices')}, SEO ${score('seo')}; ` +
        `LCP ${audit('largest-contentful-paint')}, CLS ${audit('cumulative-layout-shift')}, TBT ${audit('total-blocking-time')}, FCP ${audit('first-contentful-paint')}`,
    );
    const failing = Object.values(lhr.audits).filter(
      (a) =>
        a.score !== null &&
        a.score < 1 &&
        a.scoreDisplayMode === 'binary' &&
        lhr.categories.accessibility?.auditRefs.some((ref) => ref.id === a.id),
    );
    for (const a of failing) console.log(`  accessibility audit failing: ${a.id} — ${a.title}`);
  } finally {
    chrome.kill();
    server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
