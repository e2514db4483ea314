// Ingest speed (prints numbers, never asserts): writes 10,000 generated pages into a temporary
// content folder, then times runIngest (read, decode, parse, render, write Markdown) and the
// in-memory buildArticleFiles alone. Target from issue 2: 10,000 pages in < 60 s on 2 cores.
// Run: npm run bench:ingest [-- --pages 10000 --seed 1 --keep]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runIngest, readSources } from '@/lib/content/ingest';
import { buildArticleFiles } from '@/lib/content/build-articles';
import { generatePage } from '@/lib/generator';
import { printMachine } from './machine';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new RangeError(`--${name} must be a whole number > 0`);
  return value;
}

const pages = option('pages', 10_000);
const seed = option('seed', 1);
const keep = process.argv.includes('--keep');
const seconds = (start: number): number => (performance.now() - start) / 1000;

printMachine('ingest benchmark');

const contentDir = mkdtempSync(path.join(os.tmpdir(), 'lishui-ingest-bench-'));
const sourcesDir = path.join(contentDir, 'sources');
mkdirSync(sourcesDir);
let bytes = 0;
const genStart = performance.now();
for (let i = 0; i < pages; i++) {
  const page = generatePage({ seed }, i);
  writeFileSync(path.join(sourcesDir, `${page.stem}.txt`), page.text);
  writeFileSync(
    path.join(sourcesDir, `${page.stem}.manifest.json`),
    JSON.stringify(page.manifest, null, 2) + '\n',
  );
  bytes += Buffer.byteLength(page.text);
}
console.log(
  `sources: ${pages} generated pages (seed ${seed}), ${(bytes / 1e6).toFixed(1)} MB, written to ${contentDir} in ${seconds(genStart).toFixed(1)} s (not timed below)`,
);

// 1. The full command: npm run ingest on a fresh content folder.
const ingestStart = performance.now();
const report = runIngest({ contentDir });
const ingestSeconds = seconds(ingestStart);
if (!report.applied) {
  console.log(
    `ingest reported ${report.plan.problems.length} problems and wrote nothing; first: ${report.plan.problems[0]?.message ?? ''}`,
  );
}
const { plan } = report;
console.log(
  `runIngest (fresh folder): ${ingestSeconds.toFixed(1)} s, ${(pages / ingestSeconds).toFixed(0)} pages/s → ` +
    `${plan.articleCount} articles, ${plan.writes.length} files written, ${plan.problems.length} problems`,
);

// 2. A second run changes nothing: the cost of ingest when content/ is up to date.
const againStart = performance.now();
const again = runIngest({ contentDir });
const againSeconds = seconds(againStart);
console.log(
  `runIngest (again, up to date): ${againSeconds.toFixed(1)} s, ${again.plan.writes.length} files written, ${again.plan.unchanged} unchanged`,
);

// 3. In memory only: parse + render, no file system.
const { sources } = readSources(contentDir);
const buildStart = performance.now();
const built = buildArticleFiles(sources);
const buildSeconds = seconds(buildStart);
console.log(
  `buildArticleFiles (in memory): ${buildSeconds.toFixed(1)} s, ${(pages / buildSeconds).toFixed(0)} pages/s, ${built.files.size} files`,
);
console.log(`memory: rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`);
console.log('target (issue 2): 10,000 pages < 60 s');

if (keep) console.log(`kept ${contentDir}`);
else rmSync(contentDir, { recursive: true, force: true });
