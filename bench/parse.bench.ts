// Parse throughput (prints numbers, never asserts): parsePage over ≈20 MB of generated pages, after a
// warm-up, three timed passes. Target from issue 2: >= 20 MB/s on this 2-core machine.
// Run: npm run bench:parse [-- --mb 20 --seed 1]
import { parsePage } from '@/lib/parser/parse-page';
import { generatePage } from '@/lib/generator';
import { printMachine } from './machine';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new RangeError(`--${name} must be a positive number`);
  return value;
}

const MB = 1e6;
const targetBytes = option('mb', 20) * MB;
const seed = option('seed', 1);

printMachine('parse benchmark');

const pages: string[] = [];
let bytes = 0;
let chars = 0;
const genStart = performance.now();
while (bytes < targetBytes) {
  const text = generatePage({ seed }, pages.length).text;
  pages.push(text);
  bytes += Buffer.byteLength(text);
  chars += text.length;
}
const genSeconds = (performance.now() - genStart) / 1000;
console.log(`corpus: ${pages.length} generated pages (seed ${seed}), ${(bytes / MB).toFixed(1)} MB UTF-8, ${(chars / 1e6).toFixed(2)} M chars; generated in ${genSeconds.toFixed(1)} s`);

// Warm-up: let V8 optimise the parser's hot paths before timing.
const warmStart = performance.now();
let warmBytes = 0;
for (let i = 0; warmBytes < 3 * MB; i = (i + 1) % pages.length) {
  const text = pages[i] ?? '';
  parsePage(text);
  warmBytes += Buffer.byteLength(text);
}
console.log(`warm-up: 3 MB in ${((performance.now() - warmStart) / 1000).toFixed(2)} s`);

const runs: number[] = [];
let articles = 0;
let fragments = 0;
let slowest = { ms: 0, index: -1 };
for (let run = 0; run < 3; run++) {
  articles = 0;
  fragments = 0;
  const start = performance.now();
  for (let i = 0; i < pages.length; i++) {
    const t0 = run === 0 ? performance.now() : 0;
    const parsed = parsePage(pages[i] ?? '');
    if (run === 0) {
      const ms = performance.now() - t0;
      if (ms > slowest.ms) slowest = { ms, index: i };
    }
    articles += parsed.articles.length;
    fragments += parsed.fragments.length;
  }
  runs.push((performance.now() - start) / 1000);
}

const best = Math.min(...runs);
const median = [...runs].sort((a, b) => a - b)[1] ?? best;
console.log(`parsed ${pages.length} pages → ${articles} articles, ${fragments} fragments per pass`);
console.log(`passes: ${runs.map((s) => `${s.toFixed(2)} s`).join(', ')}`);
console.log(`throughput: best ${(bytes / MB / best).toFixed(1)} MB/s, median ${(bytes / MB / median).toFixed(1)} MB/s (${(pages.length / median).toFixed(0)} pages/s, ${(chars / 1e6 / median).toFixed(2)} M chars/s)`);
console.log(`slowest page: index ${slowest.index}, ${slowest.ms.toFixed(1)} ms (first pass)`);
console.log('target (issue 2): >= 20 MB/s');
