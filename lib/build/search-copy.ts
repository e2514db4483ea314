// The search index in out/ during an incremental build. Next copies all of public/ into out/ on
// every build, and at 100k articles public/search holds about 47,000 files, which the merge then
// moved into the previous out/ one by one — though a day rewrites only the recent segment's few
// hundred. So an incremental build sets public/search aside while `next build` runs and then
// brings out/search level with it here: files whose name carries a segment's build id
// (`<key>.<buildId>.json`, never rewritten under the same name: lib/search/shard-key.ts) are
// copied only when missing or of another size; the rest (manifest.json) always. Node only.
import { copyFileSync, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { listTree } from './output-cache';

// A segment file: `.<12 hex digits of the build id>.json` at the end of its name.
const NAMED_BY_BUILD_ID = /\.[0-9a-f]{12}\.json$/;

/**
 * Whether a path relative to the search folder is one of the index's files (lib/search/shard-key.ts)
 * rather than the search page's, which Next writes into the same folder of out/.
 */
export function isSearchIndexFile(file: string): boolean {
  return file === 'manifest.json' || /^(shards|pieces|parts|docs|meta)\//.test(file);
}

/**
 * Makes the index files in `outSearch` exactly those of `publicSearch` (paths relative to each),
 * copying as little as the naming allows (see the module comment); the search page's own files
 * there are left alone; `publicSearch` null (no index) removes them all. Returns how many files
 * it copied and removed.
 */
export function syncSearchIndex(
  publicSearch: string | null,
  outSearch: string,
): { copied: number; removed: number } {
  const wanted = publicSearch === null ? [] : listTree(publicSearch);
  const wantedSet = new Set(wanted);
  let removed = 0;
  if (existsSync(outSearch)) {
    for (const file of listTree(outSearch)) {
      if (wantedSet.has(file) || !isSearchIndexFile(file)) continue;
      rmSync(path.join(outSearch, file));
      removed += 1;
    }
  }
  let copied = 0;
  const made = new Set<string>();
  for (const file of wanted) {
    const from = path.join(publicSearch ?? '', file);
    const to = path.join(outSearch, file);
    if (NAMED_BY_BUILD_ID.test(file) && statSync(from).size === statSync(to, { throwIfNoEntry: false })?.size)
      continue;
    const folder = path.dirname(to);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    copyFileSync(from, to);
    copied += 1;
  }
  return { copied, removed };
}
