// Filtering: a request's 版面, 栏目, 体裁 and date range as a test per document number, over the
// per-document fields of meta.json.
import { dayNumber } from './format';
import type { IndexFiles } from './index-files';

/** The filters of a search (each null or absent for "all"). */
export interface SearchFilters {
  /** 版面 name to keep, or null for all. */
  section?: string | null;
  /** 栏目 (column) name to keep, or null for all. */
  column?: string | null;
  /** 体裁 (kind: 消息, 评论, 访谈, 署名文章) to keep, or null for all. */
  kind?: string | null;
  /** First day `YYYY-MM-DD` (inclusive), or null. */
  from?: string | null;
  /** Last day `YYYY-MM-DD` (inclusive), or null. */
  to?: string | null;
}

/** The filters as a test per document, or null when nothing is filtered (meta.json is then not fetched). */
export async function buildDocFilter(
  filters: SearchFilters,
  files: IndexFiles,
): Promise<((doc: number) => boolean) | null> {
  const section = filters.section || null;
  const column = filters.column || null;
  const kind = filters.kind || null;
  const from = filters.from && /^\d{4}-\d{2}-\d{2}$/.test(filters.from) ? dayNumber(filters.from) : null;
  const to = filters.to && /^\d{4}-\d{2}-\d{2}$/.test(filters.to) ? dayNumber(filters.to) : null;
  if (section === null && column === null && kind === null && from === null && to === null) return null;
  const { meta, starts, ends, sections, columns, kinds } = await files.docMeta();
  const sectionIndex = section === null ? -1 : meta.sections.findIndex((entry) => entry.name === section);
  // Facet values are stored + 1 (0: the document has none).
  const columnValue = column === null ? -1 : meta.columns.findIndex((entry) => entry.name === column) + 1;
  const kindValue = kind === null ? -1 : meta.kinds.findIndex((entry) => entry.name === kind) + 1;
  if ((section !== null && sectionIndex < 0) || columnValue === 0 || kindValue === 0) return () => false;
  // An article dated by an interval (2022-03-06/2022-03-12) is kept when the interval overlaps the filter.
  return (doc) =>
    (sectionIndex < 0 || sections[doc] === sectionIndex) &&
    (columnValue < 0 || columns[doc] === columnValue) &&
    (kindValue < 0 || kinds[doc] === kindValue) &&
    (from === null || (ends[doc] as number) >= from) &&
    (to === null || (starts[doc] as number) <= to);
}
