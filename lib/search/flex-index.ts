// The FlexSearch 0.8 side of the search index: one FlexSearch `Index` per doc-level shard maps each
// gram (unigram, bigram or trigram, already cut by tokenize.ts) to the documents that contain it. The build
// fills and exports it, the worker imports it and looks candidates up; exactness stays ours (verify).
import { Encoder, Index } from 'flexsearch';
import { FIELD_SEPARATOR } from './tokenize';

/**
 * Joins one document's grams into the text given to `Index.add`: the field separator never occurs
 * inside a gram (tokenize.ts never lets a gram span fields), so splitting on it gives the grams back.
 */
export const GRAM_SEPARATOR = FIELD_SEPARATOR;

// An Encoder that does nothing but split: normalisation (NFKC, case, 繁→简, punctuation) and the
// n-gram cut already happened in normalize.ts/tokenize.ts on both sides. FlexSearch's own charsets
// (even `CJK`) would fold, drop or re-split characters differently, and exactness would be lost.
function gramEncoder(): Encoder {
  return new Encoder({
    normalize: false,
    dedupe: false,
    numeric: false,
    split: GRAM_SEPARATOR,
    minlength: 1,
    cache: false,
  });
}

/**
 * A FlexSearch Index over pre-cut grams: `tokenize: 'strict'` (each gram is one whole term, no
 * prefixes or partials), `resolution: 1` (one relevance slot, so a gram's document list stays in
 * the order documents were added — ascending document numbers), no context index, no cache.
 */
export function createGramIndex(): Index {
  return new Index({
    tokenize: 'strict',
    resolution: 1,
    encoder: gramEncoder(),
    cache: false,
    context: false,
  });
}

/** One chunk of `Index.export`, stored parsed (FlexSearch's `import` accepts the parsed value). */
export type FlexChunk = [key: string, data: unknown];

/**
 * The chunks of an Index that search needs: only `map` (gram → document ids). FlexSearch also
 * exports `reg` (every id, for update/remove/contain) and empty `cfg`/`ctx`; search never reads
 * them, and `reg` alone would repeat every document number in every shard.
 */
export function exportGramIndex(index: Index): FlexChunk[] {
  const chunks: FlexChunk[] = [];
  const result: unknown = index.export((key: string, data: string) => {
    if (/(^|\.)map$/.test(key) && data) chunks.push([key, JSON.parse(data) as unknown]);
  });
  if (result instanceof Promise) throw new Error('FlexSearch export unexpectedly asynchronous');
  return chunks;
}

/**
 * The `map` chunk FlexSearch's `export` writes for an Index whose grams have these document lists
 * (resolution 1: one slot per gram, ids ascending), written directly: the index build knows every
 * gram's documents already, and feeding them through `Index.add` only to export them again was a
 * fifth of the build's time. A test checks that FlexSearch's own export agrees.
 */
export function gramMapChunks(
  entries: readonly (readonly [gram: string, ids: readonly number[]])[],
): FlexChunk[] {
  return entries.length === 0 ? [] : [['1.map', entries.map(([gram, ids]) => [gram, [ids]])]];
}

/**
 * Rewrites every id list of map chunks, in place, as gaps (first id, then each difference − 1):
 * the shard files carry this form, because small gaps compress far better than absolute document
 * numbers (about 45% fewer gzip bytes for the document lists). `ungapChunks` undoes it.
 */
export function gapChunks(chunks: FlexChunk[]): FlexChunk[] {
  forEachSlot(chunks, (slot) => {
    let previous = -1;
    for (let i = 0; i < slot.length; i += 1) {
      const id = slot[i] as number;
      slot[i] = id - previous - 1;
      previous = id;
    }
  });
  return chunks;
}

/** Turns gap-coded id lists (see `gapChunks`) back into FlexSearch's document ids, in place. */
export function ungapChunks(chunks: FlexChunk[]): FlexChunk[] {
  forEachSlot(chunks, (slot) => {
    let previous = -1;
    for (let i = 0; i < slot.length; i += 1) {
      previous = previous + 1 + (slot[i] as number);
      slot[i] = previous;
    }
  });
  return chunks;
}

function forEachSlot(chunks: readonly FlexChunk[], visit: (slot: number[]) => void): void {
  for (const [, data] of chunks) {
    if (!Array.isArray(data)) continue;
    for (const entry of data as unknown[]) {
      const slots = Array.isArray(entry) ? (entry[1] as unknown) : null;
      if (!Array.isArray(slots)) continue;
      for (const slot of slots as unknown[]) if (Array.isArray(slot)) visit(slot as number[]);
    }
  }
}

/** An Index holding what `exportGramIndex` wrote. */
export function importGramIndex(chunks: readonly FlexChunk[]): Index {
  const index = createGramIndex();
  for (const [key, data] of chunks) index.import(key, data as string);
  return index;
}

/**
 * The map entries of exported chunks in export order: `[gram, slots]`, where `slots[0]` lists the
 * gram's documents (resolution 1). Both the build and the worker walk them to align side data.
 */
export function* flexEntries(
  chunks: readonly FlexChunk[],
): Generator<[gram: string, ids: readonly number[]]> {
  for (const [, data] of chunks) {
    for (const entry of data as [string, (number[] | null)[]][]) {
      const slots = entry[1];
      const ids: number[] = [];
      for (const slot of slots) if (slot) for (const id of slot) ids.push(id);
      yield [entry[0], ids];
    }
  }
}

/** Documents containing `gram`, as FlexSearch returns them (all of them: no limit). */
export function lookupGram(index: Index, gram: string): number[] {
  return index.search(gram, { limit: Number.POSITIVE_INFINITY }) as number[];
}
