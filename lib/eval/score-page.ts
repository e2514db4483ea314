// Scores one parsed page against its reference segmentation. The metric definitions are those of
// ../shared/devset/score.py (its docstring is the specification) and must stay identical to it:
// `npm run eval:parser` and score.py print the same figures. Pure.
import {
  countLettersAndDigits,
  countMissing,
  normalizeForScoring,
  removeContinuationMarkers,
  stripDateline,
} from './compare-text';
import { codePointLength, isPythonTruthy, pythonEquals, roundLikePython } from './python-semantics';
import { toPythonJson } from './python-json';
import type { ScoredArticle } from './schema';

/** The figures score.py gives one page (its per-page `--verbose` line, in camelCase). */
export interface PageScore {
  goldArticles: number;
  predictedArticles: number;
  /** Matched articles whose paragraph set equals the gold's. */
  exactArticles: number;
  /** F1 of exact articles; null when the gold has no scorable article. */
  boundaryF1: number | null;
  /** Matched articles with the gold title (or kicker + title, either way split) over gold articles. */
  titleAcc: number | null;
  /** Matched articles whose kicker + title + subtitle equals the gold's, over gold articles. */
  headlineAcc: number | null;
  /** Matched articles with the same authors, over gold articles that label authors; null if none do. */
  authorAcc: number | null;
  /** Matched articles with the same continuedOn, over gold articles. */
  continuationAcc: number | null;
  /** Gold paragraphs found anywhere in the prediction; 1 when the gold has none. */
  paragraphAcc: number;
  /** Letters and digits of the raw page missing from the whole output (see `countCharsLost`). */
  charsLost: number;
}

/** A page's articles as scored: a gold file, or the parser's JSON (where `articles` may be missing). */
export interface ScoredPage {
  articles?: readonly ScoredArticle[];
}

/** The metrics that are averaged over pages, in the order of score.py's summary (`KEYS`). */
export const METRIC_KEYS = [
  'boundaryF1',
  'titleAcc',
  'headlineAcc',
  'paragraphAcc',
  'continuationAcc',
  'authorAcc',
] as const satisfies readonly (keyof PageScore)[];

/** One of the averaged metrics. */
export type MetricKey = (typeof METRIC_KEYS)[number];

const round4 = (x: number) => roundLikePython(x, 4);

/**
 * An article's scorable paragraphs (score.py's `paras`): its `body` blocks of type paragraph (and
 * subheading, unless `minLen` is 0), or else its `paragraphs`, normalised, with a leading
 * `本报讯（…）` dropped, keeping those longer than `minLen` code points.
 */
export function scorableParagraphs(article: ScoredArticle, minLen: number): string[] {
  let texts: readonly (string | null | undefined)[];
  if (article.body !== undefined) {
    const kinds = minLen === 0 ? ['paragraph'] : ['paragraph', 'subheading'];
    // A block without a type is a paragraph; a null type is nothing.
    texts = article.body
      .filter((block) => kinds.includes(block.type === undefined ? 'paragraph' : String(block.type)))
      .map((block) => block.text);
  } else {
    texts = article.paragraphs ?? [];
  }
  return texts
    .map((text) => normalizeForScoring(text))
    .filter((text) => text !== '')
    .map(stripDateline)
    .filter((text) => codePointLength(text) > minLen);
}

/** kicker + title + subtitle as one normalised string (score.py's `headline`). */
export function headlineOf(article: ScoredArticle): string {
  return normalizeForScoring(`${article.kicker || ''}${article.title || ''}${article.subtitle || ''}`);
}

/**
 * score.py's `title_ok`: the predicted title equals the gold title, or the gold kicker + title
 * (as one title, or split another way); where the gold has no kicker, the whole headline decides,
 * because without font sizes a headline over several lines cannot be split from the text alone.
 */
export function isTitleCorrect(gold: ScoredArticle, predicted: ScoredArticle): boolean {
  const title = normalizeForScoring(gold.title);
  const kicker = normalizeForScoring(gold.kicker);
  const predictedTitle = normalizeForScoring(predicted.title);
  const predictedKicker = normalizeForScoring(predicted.kicker);
  if (predictedTitle === title) return true;
  if (kicker !== '')
    return predictedTitle === kicker + title || predictedKicker + predictedTitle === kicker + title;
  return headlineOf(predicted) === headlineOf(gold);
}

function authorNames(article: ScoredArticle): string[] {
  // Any total order will do: the sorted lists are only compared for equality.
  return (article.authors ?? [])
    .map((author) => normalizeForScoring(typeof author === 'string' ? author : author.name))
    .sort();
}

function haveSameAuthors(gold: ScoredArticle, predicted: ScoredArticle): boolean {
  const a = authorNames(gold);
  const b = authorNames(predicted);
  return a.length === b.length && a.every((name, i) => name === b[i]);
}

function totalLength(paragraphs: ReadonlySet<string>): number {
  let total = 0;
  for (const paragraph of paragraphs) total += codePointLength(paragraph);
  return total;
}

function sharedLength(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let total = 0;
  for (const paragraph of a) if (b.has(paragraph)) total += codePointLength(paragraph);
  return total;
}

function haveSameParagraphs(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((paragraph) => b.has(paragraph));
}

/**
 * Matches each gold article, largest first (total paragraph characters; ties in gold order), to the
 * unused predicted article sharing the most paragraph characters (the first such; none if nothing
 * is shared). Returns gold index → predicted index.
 */
export function matchArticles(
  gold: readonly ReadonlySet<string>[],
  predicted: readonly ReadonlySet<string>[],
): Map<number, number> {
  const order = gold.map((paragraphs, index) => ({ index, size: totalLength(paragraphs) }));
  order.sort((a, b) => b.size - a.size); // stable, like Python's sorted
  const used = new Set<number>();
  const matches = new Map<number, number>();
  for (const { index } of order) {
    const paragraphs = gold[index] ?? new Set<string>();
    let best = 0;
    let bestIndex: number | null = null;
    predicted.forEach((candidate, candidateIndex) => {
      if (used.has(candidateIndex)) return;
      const overlap = sharedLength(paragraphs, candidate);
      if (overlap > best) {
        best = overlap;
        bestIndex = candidateIndex;
      }
    });
    if (bestIndex !== null) {
      used.add(bestIndex);
      matches.set(index, bestIndex);
    }
  }
  return matches;
}

/**
 * chars_lost: letters and digits (Python's isalnum, after normalisation) of the raw page, with
 * continuation markers such as `(下转第七版)` removed, that are missing from the whole JSON output
 * (keys included, as score.py counts `json.dumps(pred)`), counted with multiplicity.
 */
export function countCharsLost(rawText: string, predicted: unknown): number {
  const source = countLettersAndDigits(removeContinuationMarkers(rawText));
  const output = countLettersAndDigits(toPythonJson(predicted));
  return countMissing(source, output);
}

// The articles that take part, each with its set of scorable paragraphs (score.py's G/P filter).
function withParagraphs(articles: readonly ScoredArticle[], minLen: number) {
  return articles
    .map((article) => ({ article, paragraphs: new Set(scorableParagraphs(article, minLen)) }))
    .filter((entry) => entry.paragraphs.size > 0);
}

/**
 * Scores one page: `gold` is the reference segmentation, `predicted` the parser's output (the JSON
 * contract), `rawText` the page as read from disk. Only articles with scorable paragraphs take
 * part (an image-only notice has none, so nothing can match it).
 */
export function scorePage(
  gold: ScoredPage,
  predicted: ScoredPage,
  rawText: string,
  minLen: number,
): PageScore {
  const golds = withParagraphs(gold.articles ?? [], minLen);
  const predictions = withParagraphs(predicted.articles ?? [], minLen);
  const goldSets = golds.map((entry) => entry.paragraphs);
  const predictedSets = predictions.map((entry) => entry.paragraphs);
  const matches = [...matchArticles(goldSets, predictedSets)].flatMap(([g, p]) => {
    const [goldEntry, predictedEntry] = [golds[g], predictions[p]];
    return goldEntry && predictedEntry ? [{ gold: goldEntry, predicted: predictedEntry }] : [];
  });
  const count = (test: (match: (typeof matches)[number]) => boolean) => matches.filter(test).length;

  const exact = count((m) => haveSameParagraphs(m.gold.paragraphs, m.predicted.paragraphs));
  const precision = predictions.length > 0 ? exact / predictions.length : 0;
  const recall = golds.length > 0 ? exact / golds.length : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const titles = count((m) => isTitleCorrect(m.gold.article, m.predicted.article));
  const headlines = count((m) => headlineOf(m.gold.article) === headlineOf(m.predicted.article));
  // Gold articles with `authors: null` (or none) do not label their authors and are left out.
  const labelled = golds.filter(
    (entry) => entry.article.authors !== undefined && entry.article.authors !== null,
  );
  const authors = count(
    (m) => labelled.includes(m.gold) && haveSameAuthors(m.gold.article, m.predicted.article),
  );
  // `(continuedOn or None) == (…)`: 0, '' and null all mean "not continued".
  const continuedOn = (article: ScoredArticle) =>
    isPythonTruthy(article.continuedOn) ? article.continuedOn : null;
  const continuations = count((m) =>
    pythonEquals(continuedOn(m.gold.article), continuedOn(m.predicted.article)),
  );
  const goldParagraphs = goldSets.flatMap((paragraphs) => [...paragraphs]);
  const predictedParagraphs = new Set(predictedSets.flatMap((paragraphs) => [...paragraphs]));
  const paragraphsFound = goldParagraphs.filter((paragraph) => predictedParagraphs.has(paragraph)).length;

  const perGold = (n: number) => (golds.length > 0 ? round4(n / golds.length) : null);
  return {
    goldArticles: golds.length,
    predictedArticles: predictions.length,
    exactArticles: exact,
    boundaryF1: golds.length > 0 ? round4(f1) : null,
    titleAcc: perGold(titles),
    headlineAcc: perGold(headlines),
    authorAcc: labelled.length > 0 ? round4(authors / labelled.length) : null,
    continuationAcc: perGold(continuations),
    paragraphAcc: goldParagraphs.length > 0 ? round4(paragraphsFound / goldParagraphs.length) : 1,
    charsLost: countCharsLost(rawText, predicted),
  };
}
