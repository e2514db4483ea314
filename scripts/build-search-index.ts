// `npm run build:search [-- --out DIR]`: builds the browser search index from content/ (or
// CONTENT_DIR) into public/search/ (git-ignored) before `next build` copies it into out/.
import path from 'node:path';
import { contentDir, loadArticles, loadFragmentPages } from '../lib/content/load';
import { buildSearchIndex } from '../lib/search/build-index';

function main(): void {
  const outFlag = process.argv.indexOf('--out');
  const outDir = path.resolve(
    outFlag >= 0 && process.argv[outFlag + 1] ? (process.argv[outFlag + 1] as string) : 'public/search',
  );
  const started = performance.now();
  const articles = loadArticles(contentDir());
  // Text that belongs to no article is found too (「本版其他文字」 on its 版面 page).
  const fragments = loadFragmentPages(contentDir());
  const { manifest, files, bytes } = buildSearchIndex(articles, outDir, { fragments });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `search index: ${manifest.docCount} documents (articles and unplaced text) → ${files} files, ${(bytes / 1024).toFixed(0)} KiB in ${path.relative(process.cwd(), outDir) || '.'} (build ${manifest.buildId}, ${seconds} s)`,
  );
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
