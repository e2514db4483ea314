// Querying a segmented index: the manifest's segments, newest first, hold consecutive runs of the
// global newest-first document numbers. A term is matched in every segment at once (each one's
// round trips in parallel) and the lists joined after offsetting; filters and documents are
// routed to the segment that holds a number. Ranking above this sees one global numbering.
import type { SearchDoc } from './document';
import { buildDocFilter, type SearchFilters } from './filter';
import { parseFacets, parseSections, type SearchFacets, type SearchManifest } from './format';
import { IndexFiles } from './index-files';
import type { IndexLoader } from './loader';
import { matchTerm } from './match';
import type { DocPostingList } from './postings';
import { indexPaths } from './shard-key';

/** One segment's reader and the global number of its document 0. */
interface OpenSegment {
  files: IndexFiles;
  offset: number;
}

/** Every segment of one index (one manifest), addressed by global document numbers. */
export class SegmentedIndex {
  private readonly segments: OpenSegment[];

  constructor(
    private readonly load: IndexLoader,
    /** The validated manifest. */
    readonly manifest: SearchManifest,
  ) {
    let offset = 0;
    this.segments = manifest.segments.map((segment) => {
      const open = { files: new IndexFiles(load, segment), offset };
      offset += segment.docCount;
      return open;
    });
  }

  /** Documents containing `term` exactly (global numbers, ascending), with occurrence and title-hit counts. */
  async matchTerm(term: string): Promise<DocPostingList> {
    const lists = await Promise.all(this.segments.map(({ files }) => matchTerm(files, term)));
    return joinPostings(
      lists,
      this.segments.map(({ offset }) => offset),
    );
  }

  /**
   * The filters as a test per global document number, or null when nothing is filtered (no meta
   * file is fetched then). Each segment's meta names its own 版面, 栏目 and 体裁 lists.
   */
  async docFilter(filters: SearchFilters): Promise<((doc: number) => boolean) | null> {
    const keeps = await Promise.all(this.segments.map(({ files }) => buildDocFilter(filters, files)));
    if (keeps.every((keep) => keep === null)) return null;
    return (doc) => {
      const at = this.segmentAt(doc);
      const keep = keeps[at];
      return keep === null || keep === undefined || keep(doc - (this.segments[at] as OpenSegment).offset);
    };
  }

  /** One document's searchable text and fields, by global number. */
  doc(doc: number): Promise<SearchDoc> {
    const segment = this.segments[this.segmentAt(doc)];
    if (!segment || doc < 0 || doc >= this.manifest.docCount)
      return Promise.reject(
        new Error(`document ${doc} is outside the index (${this.manifest.docCount} documents)`),
      );
    return segment.files.doc(doc - segment.offset);
  }

  /** Every 版面 with its article count, over all segments. */
  async sections(): Promise<{ name: string; count: number }[]> {
    const file = indexPaths.sections(this.manifest.buildId);
    return parseSections(file, await this.load(file));
  }

  /** Every 栏目 and 体裁 with its count, over all segments. */
  async facets(): Promise<SearchFacets> {
    const file = indexPaths.facets(this.manifest.buildId);
    return parseFacets(file, await this.load(file));
  }

  /** Index of the segment holding global document `doc` (the last one whose offset is ≤ doc). */
  private segmentAt(doc: number): number {
    let at = 0;
    while (at + 1 < this.segments.length && (this.segments[at + 1] as OpenSegment).offset <= doc) at += 1;
    return at;
  }
}

/** Posting lists of consecutive segments as one list: each list's documents shifted by its segment's offset. */
function joinPostings(lists: readonly DocPostingList[], offsets: readonly number[]): DocPostingList {
  if (lists.length === 1 && offsets[0] === 0) return lists[0] as DocPostingList;
  const length = lists.reduce((sum, list) => sum + list.docs.length, 0);
  const joined: DocPostingList = {
    docs: new Int32Array(length),
    counts: new Int32Array(length),
    headCounts: new Int32Array(length),
  };
  let at = 0;
  lists.forEach((list, i) => {
    const offset = offsets[i] as number;
    for (let k = 0; k < list.docs.length; k += 1) joined.docs[at + k] = (list.docs[k] as number) + offset;
    joined.counts.set(list.counts, at);
    joined.headCounts.set(list.headCounts, at);
    at += list.docs.length;
  });
  return joined;
}
