// One search result as the page shows it: the head fields (title, kicker, subtitle) with their
// match ranges, the column and byline when they matched, and an excerpt of the body around the
// best matching passage. Pure: the engine calls it with a verified document and the query's terms.
import { normalizeDocFields, type NormalizedField, type SearchDoc } from './document';
import { makeSnippet, type Snippet } from './snippet';
import { findOccurrences, mergeRanges, toSourceRange, type Range } from './verify';

/** A field's text with its match ranges (source-text offsets). */
export interface MarkedText {
  text: string;
  ranges: Range[];
}

/** One result on screen. */
export interface SearchResult {
  id: string;
  date: string;
  page: number;
  pageName: string;
  title: string;
  /** Match ranges in `title`. */
  titleRanges: Range[];
  kicker: string | null;
  /** Match ranges in `kicker` (empty when it has none or no match). */
  kickerRanges: Range[];
  subtitle: string | null;
  /** Match ranges in `subtitle`. */
  subtitleRanges: Range[];
  /** 栏目 with its match ranges, or null when the article has no column. */
  column: MarkedText | null;
  /**
   * The byline (or the author names it does not spell out) when the query matched there, so that
   * a search for a name shows where it was found; null otherwise.
   */
  credit: MarkedText | null;
  /**
   * Excerpt of the body passage that matches best (most distinct terms, then most occurrences,
   * then the earliest), else the dateline's match, else the opening of the body unmarked.
   */
  snippet: Snippet;
  /** Occurrences of the terms (all fields). */
  occurrences: number;
  /** For text that belongs to no article: its 版面 page path with anchor (`/issues/…/01/#f1`); null for articles. */
  fragmentPath: string | null;
}

// Where a field's terms occur: merged source ranges, and how many distinct terms and occurrences.
interface FieldMatch {
  field: NormalizedField;
  ranges: Range[];
  distinctTerms: number;
  occurrences: number;
}

function matchField(field: NormalizedField, terms: readonly string[]): FieldMatch {
  const normalizedRanges: [number, number][] = [];
  let distinctTerms = 0;
  for (const term of terms) {
    const starts = findOccurrences(field.normalized.text, term);
    if (starts.length > 0) distinctTerms += 1;
    for (const start of starts) normalizedRanges.push([start, start + term.length]);
  }
  const ranges = mergeRanges(normalizedRanges).map((range) =>
    toSourceRange(range, field.normalized.starts, field.normalized.ends),
  );
  return { field, ranges, distinctTerms, occurrences: normalizedRanges.length };
}

// The passage to excerpt: a body paragraph with the most distinct terms, then the most
// occurrences, then the earliest (「诚信」 shows the paragraph about 诚信履行贷, not the column 诚信丽水).
function bestPassage(matches: readonly FieldMatch[]): FieldMatch | undefined {
  let best: FieldMatch | undefined;
  for (const match of matches) {
    if (match.ranges.length === 0) continue;
    if (
      !best ||
      match.distinctTerms > best.distinctTerms ||
      (match.distinctTerms === best.distinctTerms && match.occurrences > best.occurrences)
    )
      best = match;
  }
  return best;
}

/** A result with no excerpt and no highlighting (`idsOnly` searches, tools). */
export function docToBareResult(doc: SearchDoc, occurrences: number): SearchResult {
  return {
    id: doc.id,
    date: doc.date,
    page: doc.page,
    pageName: doc.pageName,
    title: doc.title,
    titleRanges: [],
    kicker: doc.kicker,
    kickerRanges: [],
    subtitle: doc.subtitle,
    subtitleRanges: [],
    column: doc.column ? { text: doc.column, ranges: [] } : null,
    credit: null,
    snippet: { text: '', ranges: [], cutStart: false, cutEnd: false },
    occurrences,
    fragmentPath: doc.fragmentPath ?? null,
  };
}

/**
 * The result for a document that matched `terms` (normalised, as the engine verified them): head
 * fields with their ranges, the column and a matching byline, and the excerpt (see `snippet`).
 */
export function docToResult(doc: SearchDoc, terms: readonly string[], occurrences: number): SearchResult {
  const matches = normalizeDocFields(doc).map((field) => matchField(field, terms));
  const rangesOf = (kind: NormalizedField['kind']) =>
    matches.find((match) => match.field.kind === kind)?.ranges ?? [];
  const passage =
    bestPassage(matches.filter((match) => match.field.kind === 'body')) ??
    bestPassage(matches.filter((match) => match.field.kind === 'dateline'));
  const snippet = passage
    ? makeSnippet(passage.field.text, passage.ranges)
    : makeSnippet(doc.body[0] ?? doc.subtitle ?? '', []);
  const credit = matches.find(
    (match) => (match.field.kind === 'byline' || match.field.kind === 'names') && match.ranges.length > 0,
  );
  return {
    ...docToBareResult(doc, occurrences),
    titleRanges: rangesOf('title'),
    kickerRanges: rangesOf('kicker'),
    subtitleRanges: rangesOf('subtitle'),
    column: doc.column ? { text: doc.column, ranges: rangesOf('column') } : null,
    credit: credit ? { text: credit.field.text, ranges: credit.ranges } : null,
    snippet,
  };
}
