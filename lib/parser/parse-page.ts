// The parser pipeline: decoded page text in, articles and fragments out (the parse contract in
// types.ts). It is a list of small pure passes folded in order; each file says why it sits where it does.
import type { ParsedArticle, ParsedPage } from './types';
import { splitBlocks } from './blocks';
import { blocksToUnits } from './units';
import { classifyUnits } from './classify';
import { joinBrokenParagraphs } from './join-lines';
import { segmentUnits, type SegmentedArticle, type SegmentedPage } from './segment';
import { normalizePunctuation } from './punctuation';
import { foldIntakeText } from '../text/intake-folds';

function normalizeNullable(text: string | null): string | null {
  return text === null ? null : normalizePunctuation(text);
}

// Display normalisation runs last, on finished strings: the structural passes read the page's
// own punctuation (a dateline's ASCII brackets, a paragraph's final stop) exactly as printed.
function articleForDisplay(article: SegmentedArticle): ParsedArticle {
  // Field order is the JSON contract's: title … openingMissing, then kind and lines.
  return {
    title: normalizePunctuation(article.title),
    kicker: normalizeNullable(article.kicker),
    subtitle: normalizeNullable(article.subtitle),
    column: normalizeNullable(article.column),
    byline: normalizeNullable(article.byline),
    authors: article.authors.map((author) => ({
      name: author.name,
      role: normalizePunctuation(author.role),
    })),
    dateline: normalizeNullable(article.dateline),
    body: article.body.map((block) => ({ type: block.type, text: normalizePunctuation(block.text) })),
    continuedOn: article.continuedOn,
    continuedFrom: article.continuedFrom,
    openingMissing: article.openingMissing,
    kind: article.kind,
    review: [...article.review],
    lines: { start: article.lines.start, end: article.lines.end },
  };
}

function pageForDisplay(page: SegmentedPage): ParsedPage {
  return {
    articles: page.articles.map(articleForDisplay),
    fragments: page.fragments.map((fragment) => ({
      text: normalizePunctuation(fragment.text),
      lines: { start: fragment.lines.start, end: fragment.lines.end },
    })),
  };
}

/**
 * Parses one raw page (already decoded to a string) into articles and fragments: intake folds
 * (radicals → ideographs, vertical forms → punctuation, invisible characters out) → blocks → units (markers cut out, wrapped lines rejoined) → roles → broken paragraphs joined →
 * articles and fragments → punctuation normalised for display. Never throws on any string.
 */
export function parsePage(source: string): ParsedPage {
  const blocks = splitBlocks(foldIntakeText(source));
  const units = blocksToUnits(blocks);
  const classified = classifyUnits(units);
  const joined = joinBrokenParagraphs(classified);
  const segmented = segmentUnits(joined);
  return pageForDisplay(segmented);
}
