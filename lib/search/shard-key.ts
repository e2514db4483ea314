// Which shard file holds an n-gram, and the names of every index file: derived from the gram and
// a build id alone (a segment's for its files, the manifest's for the whole-index menus), so the
// manifest stays the same size however large the archive.

/** FNV-1a 32-bit hash of a string's UTF-16 code units. */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/**
 * The shard hash (the manifest names it `fnv1a32-fmix`): FNV-1a, then MurmurHash3's finaliser,
 * because FNV's low bits alone spread neighbouring characters (丽水, 丽氵…) unevenly over shards.
 */
export function hashGram(gram: string): number {
  let hash = fnv1a32(gram);
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** The shard (0 … shardCount − 1) that holds a gram's postings. */
export function shardKeyOf(gram: string, shardCount: number): number {
  return hashGram(gram) % shardCount;
}

/** A gram as a file-name-safe, collision-free string: its code units in hex (丽水 → 4e3d-6c34). */
export function gramToHex(gram: string): string {
  return Array.from({ length: gram.length }, (_, i) => gram.charCodeAt(i).toString(16)).join('-');
}

/**
 * Paths of index files relative to the index root (public/search/). Every file of a segment
 * carries the segment's buildId; `sections` and `facets` carry the manifest's.
 */
export const indexPaths = {
  manifest: 'manifest.json',
  /** FlexSearch export (gram → documents) and rank array (counts, title hits) of the grams hashed to `key`. */
  docShard: (key: number, buildId: string) => `shards/d${key}.${buildId}.json`,
  /** Trigram positions of the grams hashed to `key` (lists too large for a shard live in parts). */
  posShard: (key: number, buildId: string) => `shards/p${key}.${buildId}.json`,
  /** Piece `piece` of one gram whose document list is too large for a shard (same format as a shard). */
  docPiece: (gram: string, piece: number, buildId: string) =>
    `pieces/${gramToHex(gram)}-${piece}.${buildId}.json`,
  /** Part `part` of one large trigram's position list. */
  posPart: (gram: string, part: number, buildId: string) =>
    `parts/${gramToHex(gram)}-${part}.${buildId}.json`,
  /** Display text and metadata of documents chunk·size … chunk·size + size − 1. */
  docChunk: (chunk: number, buildId: string) => `docs/${chunk}.${buildId}.json`,
  /** Section (版面) names and, per document, its date range and section (for filters). */
  meta: (buildId: string) => `meta/docs.${buildId}.json`,
  /** Section (版面) names with counts alone: what the filter menu needs when the page opens. */
  sections: (buildId: string) => `meta/sections.${buildId}.json`,
  /** 栏目 and 体裁 names with counts: the other two filter menus. */
  facets: (buildId: string) => `meta/facets.${buildId}.json`,
} as const;
