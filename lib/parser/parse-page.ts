// The parser pipeline: decoded page text in, articles and fragments out (the parse contract in
// types.ts). It is a list of small pure passes folded in order; each file says why it sits where it does.
import type { ParsedArticle, ParsedPage } from './types';
import { splitBlocks } from './blocks';
import { blocksToUnits } from './units';
import { classifyUnits } from './classify';
import { joinBrokenParagraphs } from './join-lines';
import { segmentUnits, type SegmentedArticle, type SegmentedPage } from './segment';
import { foldPackages } from './packages';
import { markSignOffs } from './sign-offs';
import { markTableRows } from './tables';
import { readColumnTags } from './column-tags';
import { normalizePunctuation } from './punctuation';
import { foldIntakeText } from '../text/intake-folds';
import { NO_LAYOUT, type PageLayout } from './layout';

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
 * rows of flattened tables and sign-offs of letters and notices marked → articles and fragments → packages 组稿 folded into one article → column names told from kickers → punctuation normalised for display. Never throws on any string.
 * `layout` holds an editor's corrections for the page (lib/parser/layout.ts): each pass obeys them.
 */
export function parsePage(source: string, layout: PageLayout = NO_LAYOUT): ParsedPage {
  const blocks = splitBlocks(foldIntakeText(source));
  const units = blocksToUnits(blocks, layout);
  const classified = classifyUnits(units, layout);
  const joined = joinBrokenParagraphs(classified, { layout });
  const signed = markSignOffs(markTableRows(joined, layout), layout);
  const segmented = foldPackages(segmentUnits(signed, { layout }), layout);
  readColumnTags(segmented.articles, layout);
  // 下转 stated by an editor: the article holding the line continues on that page.
  for (const [line, page] of layout.continuedOn) {
    const article = segmented.articles.find(
      (candidate) => line >= candidate.lines.start && line <= candidate.lines.end,
    );
    if (article !== undefined) article.continuedOn = page;
  }
  return pageForDisplay(segmented);
}
