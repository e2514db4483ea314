// Bundles the real search worker and the benchmark harness (bench/search-harness.ts) with esbuild
// into a folder with an index.html, so headless Chromium can drive search exactly as the site does.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const ROOT = path.resolve(__dirname, '..');

/** Writes `worker.js`, `harness.js` and `index.html` into `dir` (unminified for readable CPU profiles). */
export async function bundleSearchHarness(dir: string, { minify = true } = {}): Promise<void> {
  const common = {
    bundle: true,
    minify,
    format: 'iife' as const,
    target: 'es2022',
    logLevel: 'silent' as const,
    absWorkingDir: ROOT,
  };
  await build({
    ...common,
    entryPoints: [path.join(ROOT, 'lib/search/worker.ts')],
    outfile: path.join(dir, 'worker.js'),
  });
  await build({
    ...common,
    entryPoints: [path.join(ROOT, 'bench/search-harness.ts')],
    outfile: path.join(dir, 'harness.js'),
  });
  writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><meta charset="utf-8"><title>search bench</title><script src="harness.js"></script>',
  );
}
