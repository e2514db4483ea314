// Matching: the documents that contain a term exactly — a term of up to three characters is a key
// of the index; for a longer one FlexSearch's lists give candidates and trigram positions decide —
// and the documents that contain every term of a query and pass its filters.
import { EMPTY_POSTINGS, type IndexFiles, type PositionSegment } from './index-files';
import type { DocPostingList } from './postings';
import { coveringGrams } from './query-plan';
import { intersectSorted, lowerBound } from './sorted-lists';
import { SearchIndexError } from './format';
import { MAX_GRAM, POSITION_GRAM } from './tokenize';

/** A query's matches, in ascending document order: the first `total` entries of each array count. */
export interface Matches {
  docs: Int32Array;
  /** Per match: how many terms hit a head field (title, kicker, subtitle). */
  heads: Int32Array;
  /** Per match: occurrences of all terms together. */
  counts: Float64Array;
  total: number;
}

/** A trigram's positions for each candidate: `values[offsets[c] … offsets[c + 1]]`, ascending. */
interface CandidatePositions {
  /** Index of candidate c in the gram's postings. */
  postingIndex: Int32Array;
  offsets: Int32Array;
  values: Int32Array;
}

/**
 * The documents holding every term's postings (intersected from the rarest, on typed arrays: at
 * 100k articles a common term matches tens of thousands of documents) that `keep` accepts, with
 * their head-field terms and summed occurrences.
 */
export function matchAllTerms(perTerm: DocPostingList[], keep: ((doc: number) => boolean) | null): Matches {
  perTerm.sort((a, b) => a.docs.length - b.docs.length);
  const [rarest = EMPTY_POSTINGS, ...others] = perTerm;
  const docs = new Int32Array(rarest.docs.length);
  const heads = new Int32Array(rarest.docs.length);
  const counts = new Float64Array(rarest.docs.length);
  const cursors = others.map(() => 0);
  let total = 0;
  for (let i = 0; i < rarest.docs.length; i += 1) {
    const doc = rarest.docs[i] as number;
    let headTerms = (rarest.headCounts[i] as number) > 0 ? 1 : 0;
    let count = rarest.counts[i] as number;
    let all = true;
    for (let t = 0; t < others.length; t += 1) {
      const other = others[t] as DocPostingList;
      const at = lowerBound(other.docs, doc, cursors[t]);
      cursors[t] = at;
      if (other.docs[at] !== doc) {
        all = false;
        break;
      }
      headTerms += (other.headCounts[at] as number) > 0 ? 1 : 0;
      count += other.counts[at] as number;
    }
    if (!all || (keep !== null && !keep(doc))) continue;
    docs[total] = doc;
    heads[total] = headTerms;
    counts[total] = count;
    total += 1;
  }
  return { docs, heads, counts, total };
}

/** Documents containing `term` exactly, with occurrence and title-hit counts. */
export async function matchTerm(files: IndexFiles, term: string): Promise<DocPostingList> {
  if (term.length <= MAX_GRAM) {
    // A term of one to three characters is itself an indexed gram (an exact FlexSearch key): the
    // documents FlexSearch lists for it, with their counts, are the exact answer, no positions needed.
    const entry = await files.gramEntry(term);
    return entry.whole ?? (await files.piecesPostings(entry, null, false)).postings;
  }
  // Round trip 1: the doc-level shards of a fixed set of trigrams that covers every character
  // (offsets 0, 3, 6, … and length − 3) and, named by the gram alone, their position shards.
  const covering = coveringGrams(term);
  for (const gram of covering) files.prefetchPositionShard(gram);
  const entries = await Promise.all(covering.map((gram) => files.gramEntry(gram)));
  // Candidates from the grams whose shards hold them whole (FlexSearch's lists, intersected
  // rarest first): a pieced gram then fetches only the pieces whose document range can hold one.
  let estimate: Int32Array | null = null;
  for (const entry of entries
    .filter((candidate) => candidate.whole !== null)
    .sort((a, b) => (a.whole as DocPostingList).docs.length - (b.whole as DocPostingList).docs.length)) {
    const docs = (entry.whole as DocPostingList).docs;
    estimate = estimate === null ? docs : intersectSorted(estimate, docs);
    if (estimate.length === 0) return EMPTY_POSTINGS;
  }
  // Round trip 2, all at once: those pieces and every position file the candidates need.
  const perGram = await Promise.all(
    entries.map(async (entry) => {
      if (entry.whole !== null) {
        return { postings: entry.whole, segments: files.wholeSegments(entry, entry.whole, estimate) };
      }
      const { postings, segments } = await files.piecesPostings(entry, estimate, true);
      return { postings, segments };
    }),
  );
  // Candidates hold every chosen trigram of the term; only the positions decide whether they stand
  // side by side, so a candidate is never a match by itself.
  let candidates: Int32Array | null = null;
  for (const { postings } of [...perGram].sort((a, b) => a.postings.docs.length - b.postings.docs.length)) {
    candidates = candidates === null ? postings.docs : intersectSorted(candidates, postings.docs);
    if (candidates.length === 0) return EMPTY_POSTINGS;
  }
  const found = candidates ?? new Int32Array(0);
  const positions = await Promise.all(
    perGram.map(({ postings, segments }) => gramPositions(files, postings, segments, found)),
  );
  const byGram = new Map(entries.map((entry, i) => [entry.gram, positions[i] as CandidatePositions]));
  const first = positions[0] as CandidatePositions;
  const firstPostings = (perGram[0] as { postings: DocPostingList }).postings;
  const docs: number[] = [];
  const counts: number[] = [];
  const heads: number[] = [];
  const checks: { offset: number; positions: CandidatePositions }[] = [];
  for (let offset = 1; offset + POSITION_GRAM <= term.length; offset += 1) {
    const known = byGram.get(term.slice(offset, offset + POSITION_GRAM));
    if (known) checks.push({ offset, positions: known });
  }
  for (let c = 0; c < found.length; c += 1) {
    const firstHeadCount = firstPostings.headCounts[first.postingIndex[c] as number] as number;
    let count = 0;
    let headCount = 0;
    for (let at = first.offsets[c] as number, end = first.offsets[c + 1] as number; at < end; at += 1) {
      const start = first.values[at] as number;
      let all = true;
      for (const { offset, positions: other } of checks) {
        const from = other.offsets[c] as number;
        const to = other.offsets[c + 1] as number;
        const wanted = start + offset;
        let lo = from;
        let hi = to;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if ((other.values[mid] as number) < wanted) lo = mid + 1;
          else hi = mid;
        }
        if (lo === to || other.values[lo] !== wanted) {
          all = false;
          break;
        }
      }
      if (!all) continue;
      count += 1;
      if (at - (first.offsets[c] as number) < firstHeadCount) headCount += 1;
    }
    if (count > 0) {
      docs.push(found[c] as number);
      counts.push(count);
      heads.push(headCount);
    }
  }
  return {
    docs: Int32Array.from(docs),
    counts: Int32Array.from(counts),
    headCounts: Int32Array.from(heads),
  };
}

/**
 * Positions of a trigram in each candidate (ascending), read from the segments that hold them,
 * as one flat array with offsets per candidate.
 */
async function gramPositions(
  files: IndexFiles,
  postings: DocPostingList,
  segments: readonly PositionSegment[],
  candidates: Int32Array,
): Promise<CandidatePositions> {
  const { docs, counts } = postings;
  // Where each candidate sits in the gram's postings, and its positions' offsets.
  const postingIndex = new Int32Array(candidates.length);
  const offsets = new Int32Array(candidates.length + 1);
  let at = 0;
  for (let c = 0; c < candidates.length; c += 1) {
    at = lowerBound(docs, candidates[c] as number, at);
    postingIndex[c] = at;
    offsets[c + 1] = (offsets[c] as number) + (counts[at] as number);
  }
  const values = new Int32Array(offsets[candidates.length] as number);
  await Promise.all(
    segments.map(async ({ gram, file, first, last }) => {
      let c = lowerBound(postingIndex, first);
      if (c === candidates.length || (postingIndex[c] as number) >= last) return;
      const bytes = await files.positionBytes(file, gram);
      if (bytes === null) return;
      let offset = 0;
      for (let i = first; i < last && c < candidates.length; i += 1) {
        const count = counts[i] as number;
        if (postingIndex[c] !== i) {
          offset = skipVarints(bytes, offset, count);
          continue;
        }
        let previous = -1;
        let to = offsets[c] as number;
        for (let k = 0; k < count; k += 1) {
          let value = 0;
          let scale = 1;
          for (;;) {
            const byte = bytes[offset++];
            if (byte === undefined) throw new SearchIndexError(file, 'truncated positions');
            value += (byte & 0x7f) * scale;
            if (byte < 0x80) break;
            scale *= 0x80;
          }
          previous = previous + 1 + value;
          values[to++] = previous;
        }
        c += 1;
      }
    }),
  );
  return { postingIndex, offsets, values };
}

/** The offset after `count` varints from `offset`. */
function skipVarints(bytes: Uint8Array, offset: number, count: number): number {
  let at = offset;
  for (let left = count; left > 0; at += 1) if ((bytes[at] as number) < 0x80) left -= 1;
  return at;
}
