// CLI: writes N generated raw pages (`<stem>.txt` + `<stem>.manifest.json`) into a temporary folder
// and prints their vocabulary diversity next to the seed page's. Never writes into content/.
// Usage: npx tsx scripts/generate-pages.ts [--out DIR] [--pages N] [--seed S] [--start-date YYYY-MM-DD] [--paper NAME]
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
  existsSync,
  realpathSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BigramCounter, DEFAULT_START_DATE, generatePageWithTruth, measureBigrams } from '@/lib/generator';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Thrown for bad command-line use; printed without a stack trace. */
class UsageError extends Error {}

function parseArgs(argv: string[]): {
  out: string | null;
  pages: number;
  seed: number;
  startDate: string;
  paper: string | undefined;
} {
  const args = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i] ?? '';
    if (!key.startsWith('--')) throw new UsageError(`unexpected argument: ${key}`);
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`${key} needs a value`);
    args.set(key.slice(2), value);
    i++;
  }
  for (const key of args.keys()) {
    if (!['out', 'pages', 'seed', 'start-date', 'paper'].includes(key))
      throw new UsageError(`unknown option --${key}`);
  }
  const int = (key: string, fallback: number, min: number): number => {
    const raw = args.get(key);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min)
      throw new UsageError(`--${key} must be a whole number >= ${min}, got ${raw}`);
    return n;
  };
  return {
    out: args.get('out') ?? null,
    pages: int('pages', 100, 1),
    seed: int('seed', 1, Number.MIN_SAFE_INTEGER),
    startDate: args.get('start-date') ?? DEFAULT_START_DATE,
    paper: args.get('paper'),
  };
}

/** The real path of a folder that may not exist yet (resolves its nearest existing parent). */
function realFolder(dir: string): string {
  const abs = path.resolve(dir);
  if (existsSync(abs)) return realpathSync(abs);
  return path.join(realFolder(path.dirname(abs)), path.basename(abs));
}

/** Synthetic text must never land in the archive: refuse the repo's content/ and anything below it. */
function assertOutsideContent(out: string): void {
  const forbidden = [path.join(REPO, 'content'), path.join(process.cwd(), 'content')].map(realFolder);
  const target = realFolder(out);
  for (const dir of forbidden) {
    if (target === dir || target.startsWith(dir + path.sep)) {
      throw new UsageError(
        `refusing to write generated pages into ${dir}: synthetic text never goes into content/ (use a folder under ${os.tmpdir()})`,
      );
    }
  }
}

function main(): void {
  const opts = parseArgs(process.argv.slice(2));
  const out = opts.out ?? mkdtempSync(path.join(os.tmpdir(), 'lishui-pages-'));
  assertOutsideContent(out);
  mkdirSync(out, { recursive: true });

  const counter = new BigramCounter();
  let bytes = 0;
  let articles = 0;
  const perPage: number[] = [];
  const growth: string[] = [];
  const started = performance.now();
  for (let i = 0; i < opts.pages; i++) {
    const page = generatePageWithTruth(
      { seed: opts.seed, startDate: opts.startDate, ...(opts.paper ? { paper: opts.paper } : {}) },
      i,
    );
    writeFileSync(path.join(out, `${page.stem}.txt`), page.text);
    writeFileSync(
      path.join(out, `${page.stem}.manifest.json`),
      JSON.stringify(page.manifest, null, 2) + '\n',
    );
    bytes += Buffer.byteLength(page.text);
    articles += page.truth.articles.length;
    counter.add(page.text);
    if (i < 200) perPage.push(measureBigrams(page.text).ratio);
    // Checkpoints at 1, 10, 100, … pages show the vocabulary still growing with the corpus.
    if (/^10*$/u.test(String(i + 1)) || i + 1 === opts.pages) {
      growth.push(
        `${i + 1} pages: ${counter.distinctBigrams} bigrams / ${counter.cjkChars} CJK chars = ${counter.ratio.toFixed(3)}`,
      );
    }
  }
  const seconds = (performance.now() - started) / 1000;

  console.log(
    `wrote ${opts.pages} pages (${articles} articles, ${(bytes / 1e6).toFixed(2)} MB of text) to ${out} in ${seconds.toFixed(2)} s`,
  );
  console.log('vocabulary diversity = distinct bigrams (within blocks, at least one CJK char) / CJK chars');
  console.log(
    `  generated: ${counter.ratio.toFixed(3)}  (${counter.distinctBigrams} bigrams / ${counter.cjkChars} CJK chars; any-char variant ${counter.ratioAll.toFixed(3)})`,
  );
  console.log('  growth with corpus size:');
  for (const line of [...new Set(growth)]) console.log(`    ${line}`);
  const sources = path.join(REPO, 'content', 'sources');
  const seedFile = existsSync(sources)
    ? readdirSync(sources)
        .filter((f) => f.endsWith('.txt'))
        .sort()[0]
    : undefined;
  if (seedFile) {
    const seed = new BigramCounter();
    seed.add(readFileSync(path.join(sources, seedFile), 'utf8'));
    console.log(
      `  seed ${seedFile}: ${seed.ratio.toFixed(3)}  (${seed.distinctBigrams} bigrams / ${seed.cjkChars} CJK chars; any-char variant ${seed.ratioAll.toFixed(3)})`,
    );
    const mean = perPage.reduce((sum, r) => sum + r, 0) / perPage.length;
    console.log(
      `  generated, one page at a time (the seed's size class), mean of ${perPage.length}: ${mean.toFixed(3)}, range ${Math.min(...perPage).toFixed(3)}–${Math.max(...perPage).toFixed(3)}`,
    );
  }
}

try {
  main();
} catch (error) {
  if (error instanceof UsageError || error instanceof RangeError) {
    console.error(`generate-pages: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
