// Fetching index files: a loader reads one JSON file of the index by its path and memoises it in a
// bounded LRU, so a query's second look at a file costs nothing and a long session stays small.

/** Loads and parses one JSON file of the index, by path relative to the index root. */
export type IndexLoader = (relativePath: string) => Promise<unknown>;

/** Minimal fetch signature (the browser's fetch, or a shim in tests). */
export type FetchLike = (url: string) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

/** How many parsed index files a loader keeps (least recently used go first): bounds the worker's heap. */
export const LOADER_CACHE_FILES = 192;

/**
 * A loader that fetches `<baseUrl>/<path>` and memoises each file as a promise (failed fetches
 * are retried); the memo keeps the most recently used files, so a long session stays small.
 */
export function createFetchLoader(
  baseUrl: string,
  fetchImpl: FetchLike = (url) => fetch(url),
  cacheFiles = LOADER_CACHE_FILES,
): IndexLoader {
  const cache = new Map<string, Promise<unknown>>();
  const base = baseUrl.replace(/\/+$/, '');
  return (relativePath) => {
    let pending = cache.get(relativePath);
    if (pending) {
      cache.delete(relativePath);
      cache.set(relativePath, pending);
    } else {
      pending = fetchImpl(`${base}/${relativePath}`).then((response) => {
        if (!response.ok) throw new Error(`${relativePath}: HTTP ${response.status}`);
        return response.json();
      });
      pending.catch(() => cache.delete(relativePath));
      cache.set(relativePath, pending);
      if (cache.size > cacheFiles) {
        const oldest = cache.keys().next().value;
        if (oldest !== undefined) cache.delete(oldest);
      }
    }
    return pending;
  };
}
