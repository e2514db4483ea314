// The scale benchmark (issue 5; prints numbers, never asserts): for generated archives of 1k and 10k
// articles (`-- --sizes 1000,10000,100000` adds the 100k run, about 25 min here) it runs the whole
// pipeline — ingest, search index, next build + postbuild — and prints one table with the machine.
// `-- --daily N` instead builds each size in full and then adds N generated days one at a time,
// building incrementally (bench/daily.ts; `--day-articles K` sets a day's size, default 100;
// `--no-identity` skips each day's from-scratch build, which at 100k takes about an hour).
// Everything is written under os.tmpdir() and .bench-site/ (git-ignored); content/ is never touched.
// Run: npm run bench
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generatePageWithTruth } from '../lib/generator';
import { describeMachine } from './machine';
import { copyApp } from '../tests/helpers/app-copy';
import { runMeasured, type Measured } from './process-tree';
import { measureSearch, type SearchNumbers } from './search-probe';
import { benchDaily, printDaily } from './daily';
import { phaseSeconds } from './build-phases';

const ROOT = path.resolve(__dirname, '..');
/** The copy of the app each size is built from: inside the repo so node_modules resolves upward. */
const PROJECT = path.join(ROOT, '.bench-site');
/** Where the daily benchmark's project waits while its path builds from scratch (bench/daily.ts). */
const SCRATCH = path.join(ROOT, '.bench-scratch');
const SEED = 2026;

function parseSizes(argv: string[]): number[] {
  const flag = argv.indexOf('--sizes');
  const raw = flag >= 0 ? argv[flag + 1] : process.env.BENCH_SIZES;
  const sizes = (raw ?? '1000,10000').split(',').map((value) => Number(value.trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error(`--sizes takes whole numbers, got ${raw}`);
  return sizes;
}

/** The whole number after `flag` (at least 1), `fallback` without the flag. */
function parseCount(argv: string[], flag: string, fallback: number): number {
  const at = argv.indexOf(flag);
  if (at < 0) return fallback;
  const n = Number(argv[at + 1]);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`${flag} takes a whole number >= 1, got ${argv[at + 1]}`);
  return n;
}

/** `--daily N`: for each size, a full build and then N days built incrementally (bench/daily.ts). */
async function runDaily(
  sizes: number[],
  days: number,
  dayArticles: number,
  options: { keep: boolean; checkIdentity: boolean },
): Promise<void> {
  for (const size of sizes) {
    const work = mkdtempSync(path.join(os.tmpdir(), `archive-daily-${size}-`));
    try {
      const rows = await benchDaily(
        { root: ROOT, project: PROJECT, scratch: SCRATCH },
        path.join(work, 'content'),
        size,
        days,
        dayArticles,
        options.checkIdentity,
      );
      console.log(`\n## ${size} articles, then ${days} day(s) of at least ${dayArticles} articles\n`);
      printDaily(rows);
    } finally {
      if (!options.keep) rmSync(work, { recursive: true, force: true });
    }
  }
}

/** Writes generated pages until they hold at least `articles` articles; returns the page count. */
function writeSources(sourcesDir: string, articles: number): number {
  mkdirSync(sourcesDir, { recursive: true });
  let planned = 0;
  let pages = 0;
  while (planned < articles) {
    const page = generatePageWithTruth({ seed: SEED }, pages);
    writeFileSync(path.join(sourcesDir, `${page.stem}.txt`), page.text);
    writeFileSync(
      path.join(sourcesDir, `${page.stem}.manifest.json`),
      `${JSON.stringify(page.manifest, null, 2)}\n`,
    );
    planned += page.truth.articles.length;
    pages += 1;
  }
  return pages;
}

/** Lists every file below a folder. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

interface OutNumbers {
  files: number;
  bytes: number;
  htmlPages: number;
  largestHtml: { file: string; bytes: number };
}

function measureOut(outDir: string): OutNumbers {
  const numbers: OutNumbers = { files: 0, bytes: 0, htmlPages: 0, largestHtml: { file: '', bytes: 0 } };
  for (const file of listFiles(outDir)) {
    const bytes = statSync(file).size;
    numbers.files += 1;
    numbers.bytes += bytes;
    if (file.endsWith('.html')) {
      numbers.htmlPages += 1;
      if (bytes > numbers.largestHtml.bytes)
        numbers.largestHtml = { file: path.relative(outDir, file), bytes };
    }
  }
  return numbers;
}

/** Copies the app (not node_modules, not a previous search index) into .bench-site/. */
function prepareProject(): void {
  copyApp(ROOT, PROJECT, (source) => source.startsWith(path.join(ROOT, 'public', 'search')));
}

interface Row {
  articles: number;
  sourcePages: number;
  ingest: Measured;
  index: Measured;
  site: Measured;
  postbuild: Measured;
  out: OutNumbers;
  search: SearchNumbers | null;
}

async function benchSize(target: number, keep: boolean): Promise<Row> {
  const work = mkdtempSync(path.join(os.tmpdir(), `archive-bench-${target}-`));
  const contentDir = path.join(work, 'content');
  const env = { ...process.env, CONTENT_DIR: contentDir, NEXT_TELEMETRY_DISABLED: '1' };
  const npx = 'npx';
  try {
    console.error(`[${target}] generating sources in ${work}`);
    const sourcePages = writeSources(path.join(contentDir, 'sources'), target);

    console.error(`[${target}] ingest`);
    const ingest = await runMeasured(npx, ['tsx', 'scripts/ingest.ts'], { cwd: ROOT, env });
    const articles = listFiles(path.join(contentDir, 'articles')).length;

    prepareProject();
    console.error(`[${target}] search index`);
    const indexDir = path.join(PROJECT, 'public', 'search');
    const index = await runMeasured(
      npx,
      [
        'tsx',
        'scripts/build-search-index.ts',
        '--out',
        indexDir,
        '--stamps',
        path.join(PROJECT, '.build-cache', 'search-index-stamps.json'),
      ],
      {
        cwd: ROOT,
        env,
      },
    );

    console.error(`[${target}] next build`);
    const site = await runMeasured(npx, ['next', 'build'], { cwd: PROJECT, env });
    const postbuild = await runMeasured(npx, ['tsx', 'scripts/postbuild.ts'], { cwd: PROJECT, env });
    const outDir = path.join(PROJECT, 'out');
    const out = measureOut(outDir);

    console.error(`[${target}] search in Chromium`);
    const search = await measureSearch(outDir, contentDir).catch((error: unknown) => {
      console.error(`[${target}] search probe failed: ${(error as Error).message}`);
      return null;
    });
    return { articles, sourcePages, ingest, index, site, postbuild, out, search };
  } finally {
    if (!keep) rmSync(work, { recursive: true, force: true });
  }
}

const seconds = (m: Measured) => (m.ms / 1000).toFixed(1);

const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
const kib = (bytes: number) => (bytes / 1024).toFixed(1);

function printTable(rows: Row[]): void {
  const header = [
    'articles',
    'source pages',
    'ingest s',
    'ingest MiB',
    'index s',
    'index MiB',
    'site build s',
    'of which rendering s',
    'finalizing s',
    'site MiB',
    'postbuild s',
    'HTML pages',
    'out files/article',
    'out KiB/article',
    'largest HTML KiB',
    'search 1st query KiB gz',
    'search 1st ms',
    'p50 ms',
    'p95 ms',
  ];
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map(() => '---').join('|')}|`);
  for (const row of rows) {
    const cells = [
      row.articles,
      row.sourcePages,
      seconds(row.ingest),
      mib(row.ingest.peakRssBytes),
      seconds(row.index),
      mib(row.index.peakRssBytes),
      seconds(row.site),
      phaseSeconds(row.site, 'render'),
      phaseSeconds(row.site, 'finalize'),
      mib(row.site.peakRssBytes),
      seconds(row.postbuild),
      row.out.htmlPages,
      (row.out.files / row.articles).toFixed(2),
      kib(row.out.bytes / row.articles),
      `${kib(row.out.largestHtml.bytes)} (${row.out.largestHtml.file})`,
      row.search ? kib(row.search.firstQueryGzipBytes) : 'n/a',
      row.search ? row.search.firstQueryMs.toFixed(0) : 'n/a',
      row.search ? row.search.p50Ms.toFixed(1) : 'n/a',
      row.search ? row.search.p95Ms.toFixed(1) : 'n/a',
    ];
    console.log(`| ${cells.join(' | ')} |`);
  }
  const [small, large] = [
    rows.find((r) => r.articles >= 9000 && r.articles < 90000),
    rows.find((r) => r.articles >= 90000),
  ];
  if (small && large) {
    const ratio = (large.site.ms + large.postbuild.ms) / (small.site.ms + small.postbuild.ms);
    const perArticle = ratio / (large.articles / small.articles);
    console.log(
      `\nsite build t(${large.articles})/t(${small.articles}) = ${ratio.toFixed(2)} (per-article ratio ${perArticle.toFixed(2)})`,
    );
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const sizes = parseSizes(argv);
  const keep = argv.includes('--keep');
  console.log('# archive scale benchmark');
  for (const line of describeMachine()) console.log(`  ${line}`);
  if (argv.includes('--daily')) {
    await runDaily(sizes, parseCount(argv, '--daily', 1), parseCount(argv, '--day-articles', 100), {
      keep,
      checkIdentity: !argv.includes('--no-identity'),
    });
    if (!keep) rmSync(PROJECT, { recursive: true, force: true });
    return;
  }
  const rows: Row[] = [];
  for (const size of sizes) rows.push(await benchSize(size, keep));
  console.log('');
  printTable(rows);
  if (!keep) rmSync(PROJECT, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
