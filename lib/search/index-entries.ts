// The documents the search index holds, in the order that numbers them: articles and the shown
// fragments of pages, each turned into its display form (SearchDoc) with the fields the filters
// read, sorted newest first. The first step of the index build (build-index.ts).
import type { Article, PageFragments } from '../content/schema';
import { dateToKey } from '../content/ids';
import { paths } from '../site/urls';
import { markdownToBlocks } from '../content/markdown';
import type { SearchDoc } from './document';
import { dateToDayRange } from './format';
import { normalize } from './normalize';

/** The section a search filter uses: the 版面 name (要闻, 综合 …). */
export function articleSection(article: Pick<Article, 'pageName' | 'page'>): string {
  return article.pageName ?? `第${article.page}版`;
}

/** Turns an article into the search document stored in docs/ chunks (Markdown → plain text). */
export function articleToSearchDoc(article: Article): SearchDoc {
  const byline = article.byline;
  const normalizedByline = byline ? normalize(byline) : '';
  return {
    id: article.id,
    date: article.date,
    page: article.page,
    pageName: article.pageName ?? '',
    title: article.title,
    kicker: article.kicker,
    subtitle: article.subtitle,
    column: article.column,
    byline,
    names: article.authors
      .map((author) => author.name)
      .filter((name) => !normalizedByline.includes(normalize(name))),
    dateline: article.dateline,
    body: markdownToBlocks(article.body).map((block) => block.text),
  };
}

// Fragments sort after the articles of their page, in page order.
const FRAGMENT_ORDER_BASE = 1_000_000;

/** A document to index: its display form, and what sorting and the filters read. */
export interface IndexEntry {
  /** The display form (for an article, computed on first read: only segments being written need it). */
  readonly doc: SearchDoc;
  /**
   * What the entry is made from — the article, or a fragment's document — as a segment's hash
   * reads it: it determines `doc` and every field below.
   */
  source: unknown;
  date: string;
  page: number;
  order: number;
  id: string;
  section: string;
  /** 栏目 and 体裁, for the filters (null: none; unplaced text has neither). */
  column: string | null;
  kind: string | null;
}

/**
 * The search documents of a page's shown fragments (text that belongs to no article; page
 * furniture is left out): id `<page key>#f1`, empty title, the fragment's lines as body, and the
 * path of its 版面 page at the fragment's anchor.
 */
export function fragmentSearchEntries(record: PageFragments): IndexEntry[] {
  const key = dateToKey(record.date);
  const pagePath = paths.page(key, record.page);
  return record.fragments.flatMap((fragment, index): IndexEntry[] => {
    if (fragment.anchor === null) return [];
    const doc: SearchDoc = {
      id: `${key}-${String(record.page).padStart(2, '0')}#${fragment.anchor}`,
      date: record.date,
      page: record.page,
      pageName: record.pageName ?? '',
      title: '',
      kicker: null,
      subtitle: null,
      column: null,
      byline: null,
      names: [],
      dateline: null,
      body: fragment.text.split('\n'),
      fragmentPath: `${pagePath}#${fragment.anchor}`,
    };
    return [
      {
        doc,
        source: doc,
        date: record.date,
        page: record.page,
        order: FRAGMENT_ORDER_BASE + index,
        id: doc.id,
        section: articleSection(record),
        column: null,
        kind: null,
      },
    ];
  });
}

/** Newest first (by the first day of the date), then by page and reading order: the document numbers. */
export function compareNewestFirst(
  a: Pick<Article, 'date' | 'page' | 'order' | 'id'>,
  b: Pick<Article, 'date' | 'page' | 'order' | 'id'>,
): number {
  const [aStart] = dateToDayRange(a.date);
  const [bStart] = dateToDayRange(b.date);
  return bStart - aStart || a.page - b.page || a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * An article as a document to index. Its display form waits until something reads `doc`: turning
 * Markdown into text is most of the cost of an entry, and a segment that is reused never needs it.
 */
export function articleToIndexEntry(article: Article): IndexEntry {
  let doc: SearchDoc | null = null;
  return {
    get doc() {
      doc ??= articleToSearchDoc(article);
      return doc;
    },
    source: article,
    date: article.date,
    page: article.page,
    order: article.order,
    id: article.id,
    section: articleSection(article),
    column: article.column,
    kind: article.kind,
  };
}

/** Every document to index (articles, then the pages' shown fragments), newest first. */
export function collectIndexEntries(
  articles: readonly Article[],
  fragments: readonly PageFragments[],
): IndexEntry[] {
  return [...articles.map(articleToIndexEntry), ...fragments.flatMap(fragmentSearchEntries)].sort(
    compareNewestFirst,
  );
}

/** A filter value (版面, 栏目 or 体裁 name) with the number of documents that have it. */
export interface FilterValueCount {
  name: string;
  count: number;
}

/** The 版面, 栏目 and 体裁 of `entries` with their counts, each list sorted by name (code-unit order). */
export function countFilterValues(entries: readonly IndexEntry[]): {
  sections: FilterValueCount[];
  columns: FilterValueCount[];
  kinds: FilterValueCount[];
} {
  const countOf = (valueOf: (entry: IndexEntry) => string | null): FilterValueCount[] => {
    const counts = new Map<string, number>();
    for (const entry of entries) {
      const value = valueOf(entry);
      if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    return [...counts.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, count]) => ({ name, count }));
  };
  return {
    sections: countOf((entry) => entry.section),
    columns: countOf((entry) => entry.column),
    kinds: countOf((entry) => entry.kind),
  };
}
