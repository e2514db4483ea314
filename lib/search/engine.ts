// The query engine: opens an index by its manifest and answers a search — each term matched
// exactly in every segment (segments.ts over match.ts, over the files index-files.ts reads), the
// terms intersected and filtered (filter.ts), ranked and paged (rank.ts); result.ts turns each
// hit into what the page shows. Runs in the worker and in Node.
import type { SearchFilters } from './filter';
import { parseManifest, type SearchFacets, type SearchManifest } from './format';
import type { IndexLoader } from './loader';
import { matchAllTerms } from './match';
import { rankMatches, type SearchSort } from './rank';
import { docToBareResult, docToResult, type SearchResult } from './result';
import { SegmentedIndex } from './segments';
import { indexPaths } from './shard-key';
import { parseQuery } from './tokenize';

export { createFetchLoader, LOADER_CACHE_FILES, type FetchLike, type IndexLoader } from './loader';
export type { SearchResult } from './result';

/** A search as the URL and the form describe it. */
export interface SearchRequest extends SearchFilters {
  query: string;
  /** `relevance` (title hits, then occurrences, then newest) or `date` (newest first). */
  sort?: SearchSort;
  /** 1-based page of results. */
  page?: number;
  pageSize?: number;
  /** Return results with ids only (no excerpts): for tests and tools that need whole result sets. */
  idsOnly?: boolean;
}

/** The answer to one search. */
export interface SearchResponse {
  /** Normalised terms that all had to match (empty when the query has no searchable characters). */
  terms: string[];
  /** Exact number of matching articles (after filters). */
  total: number;
  page: number;
  pageSize: number;
  results: SearchResult[];
}

/** A 版面 with its article count, for the filter. */
export interface SectionCount {
  name: string;
  count: number;
}

const DEFAULT_PAGE_SIZE = 10;

/** The search engine over one index (one manifest, one or more segments). */
export class SearchEngine {
  private readonly index: SegmentedIndex;

  private constructor(
    load: IndexLoader,
    /** The validated manifest. */
    readonly manifest: SearchManifest,
  ) {
    this.index = new SegmentedIndex(load, manifest);
  }

  /** Loads and validates the manifest, then returns an engine over that index. */
  static async open(load: IndexLoader): Promise<SearchEngine> {
    return new SearchEngine(load, parseManifest(indexPaths.manifest, await load(indexPaths.manifest)));
  }

  /** Runs a search: exact matches of every term, filtered, ranked, one page of highlighted results. */
  async search(request: SearchRequest): Promise<SearchResponse> {
    const terms = parseQuery(request.query);
    const pageSize = Math.max(1, request.pageSize ?? DEFAULT_PAGE_SIZE);
    const page = Math.max(1, Math.floor(request.page ?? 1));
    if (terms.length === 0) return { terms, total: 0, page, pageSize, results: [] };

    const perTerm = await Promise.all(terms.map((term) => this.index.matchTerm(term)));
    const keep = await this.index.docFilter(request);
    const matches = matchAllTerms(perTerm, keep);
    const onPage = rankMatches(matches, request.sort, page, pageSize);
    const results = await Promise.all(
      onPage.map(async ({ doc, count }) => {
        const loaded = await this.index.doc(doc);
        return request.idsOnly ? docToBareResult(loaded, count) : docToResult(loaded, terms, count);
      }),
    );
    return { terms, total: matches.total, page, pageSize, results };
  }

  /** Every 版面 with its article count (for the section filter). */
  async sections(): Promise<SectionCount[]> {
    return this.index.sections();
  }

  /** Every 栏目 and 体裁 with its count (for the column and kind filters). */
  async facets(): Promise<SearchFacets> {
    return this.index.facets();
  }
}
