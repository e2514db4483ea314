// An article while segment builds it: the contract's fields plus what segmentation needs to know
// about it (is it still open, was it closed by a credit line, is it an official's signed piece).
import type { Byline } from './bylines';
import type { ParsedArticle, ReviewReason } from './types';
import { isOpeningMissing } from './openings';
import { inferKind } from './kind';

/** The shape of a subheading run: how many lines, its first line (and length), whether it opens with `label：`. */
export interface SectionHead {
  lines: number;
  firstLength: number;
  labelled: boolean;
  /** The first line as printed. */
  first: string;
}

/** An article being built, before display normalisation: every string as printed. */
export interface Draft {
  article: ParsedArticle;
  official: boolean;
  /** False once the article is closed by `(下转…)` or a trailer: later body text is not its own. */
  open: boolean;
  /** True once a closing credit line (`（作者为…）`) or a photo item's caption was printed: the next headline opens a new article. */
  closed: boolean;
  /** Uncertain decisions made about this article so far. */
  review: Set<ReviewReason>;
  /** The shape of each subheading run read so far: line count, first line's length, led by a `label：`. */
  sectionHeads: SectionHead[];
}

/** A new draft titled `title`, covering source lines `start`–`end` (1-based, inclusive). */
export function newDraft(title: string, start: number, end: number): Draft {
  return {
    article: {
      title,
      kicker: null,
      subtitle: null,
      column: null,
      byline: null,
      authors: [],
      dateline: null,
      body: [],
      continuedOn: null,
      continuedFrom: null,
      openingMissing: false,
      kind: null,
      review: [],
      lines: { start, end },
    },
    official: false,
    open: true,
    closed: false,
    review: new Set(),
    sectionHeads: [],
  };
}

/** Widens the draft's source line range to cover `unit`. */
export function cover(draft: Draft, unit: { start: number; end: number }): void {
  const lines = draft.article.lines;
  lines.start = Math.min(lines.start, unit.start);
  lines.end = Math.max(lines.end, unit.end);
}

/** Sets the draft's byline and authors from a parsed byline. */
export function setByline(draft: Draft, byline: Byline): void {
  draft.article.byline = byline.text;
  draft.article.authors = byline.authors;
  draft.official = byline.official;
}

/** True when the draft has body text. */
export function hasBody(draft: Draft | null): boolean {
  return draft !== null && draft.article.body.length > 0;
}

/** Completes a draft: flags a lost opening and infers the kind from what the page shows. */
export function finishDraft(draft: Draft): ParsedArticle {
  const article = draft.article;
  const first = article.body.find((block) => block.type === 'paragraph');
  // A paragraph opening with a dateline opens the story by definition, and `(上接…)` announces
  // a mid-sentence start; neither is a lost opening.
  article.openingMissing =
    first !== undefined &&
    !(article.dateline !== null && first.text.includes(article.dateline)) &&
    article.continuedFrom === null &&
    isOpeningMissing(first.text);
  if (article.openingMissing) draft.review.add('opening-missing');
  article.review = [...draft.review].sort();
  article.kind = inferKind({
    dateline: article.dateline,
    authors: article.authors,
    subtitle: article.subtitle,
    officialByline: draft.official,
  });
  return article;
}
