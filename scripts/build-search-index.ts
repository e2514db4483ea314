// `npm run build:search [-- --out DIR] [--stamps FILE]`: builds the browser search index from
// content/ (or CONTENT_DIR) into public/search/ (git-ignored) before `next build` copies it into
// out/. Segments already in the folder are kept when their files are as the stamps file
// (default .build-cache/search-index-stamps.json, not served) recorded them (see
// lib/search/build-index.ts); it prints what it reused and built.
import path from 'node:path';
import { contentDir, loadArticles, loadFragmentPages } from '../lib/content/load';
import { buildSearchIndex } from '../lib/search/build-index';

/** The value after `--name` on the command line, or `fallback`. */
function flag(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? (process.argv[at + 1] as string) : fallback;
}

function main(): void {
  const outDir = path.resolve(flag('out', 'public/search'));
  const stampsFile = path.resolve(flag('stamps', '.build-cache/search-index-stamps.json'));
  const started = performance.now();
  const articles = loadArticles(contentDir());
  // Text that belongs to no article is found too (「本版其他文字」 on its 版面 page).
  const fragments = loadFragmentPages(contentDir());
  const loadSeconds = (performance.now() - started) / 1000;
  const result = buildSearchIndex(articles, outDir, { fragments, stampsFile });
  const { manifest, files, bytes, segments, removedFiles, planSeconds, cleanupSeconds } = result;
  const seconds = (performance.now() - started) / 1000;
  const where = path.relative(process.cwd(), outDir) || '.';
  console.log(
    `search index: loading content ${loadSeconds.toFixed(1)} s; sorting and hashing segments ${planSeconds.toFixed(1)} s`,
  );
  segments.forEach((segment, i) => {
    const name =
      i === 0 && segments.length > 1 ? 'recent' : i === segments.length - 1 ? 'main' : `segment ${i}`;
    const what = segment.reused ? 'reused' : `built in ${segment.seconds.toFixed(1)} s`;
    console.log(
      `search index: ${name} segment ${segment.buildId} (${segment.oldest} … ${segment.newest}, ${segment.docCount} documents): ${what}`,
    );
  });
  console.log(
    `search index: ${manifest.docCount} documents (articles and unplaced text) → ${files} files written, ${(bytes / 1024).toFixed(0)} KiB, ${removedFiles} stale files removed (listing and removing ${cleanupSeconds.toFixed(1)} s) in ${where} (build ${manifest.buildId}, ${seconds.toFixed(1)} s)`,
  );
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
