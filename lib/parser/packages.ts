// A package 组稿: one headline and an editor's note 编者按 over several headed, signed pieces that
// the paper presents as one article (a page of reporters' dispatches, a group of portraits). The
// note announces what follows, so a headline whose whole text is the note cannot stand alone: the
// pieces printed after it are its sections. Runs after segmentation, on finished articles.
import type { Author, BodyBlock } from './types';
import type { SegmentedArticle, SegmentedPage } from './segment';
import { NO_LAYOUT, opensArticle, rangeEndsBetween, type PageLayout } from './layout';

// The labels an editor's note is printed under (`编者按：…`, `【编者按】`, `编者的话` on its own line).
// 编后 (an afterword) closes a piece instead, and opens nothing.
const EDITORS_NOTE = /^[【［[]?\s*(?:编者按|编者的话|编者注|编\s*者)\s*[】］\]]?\s*[：:]?/;

/**
 * True when the article's body is nothing but an editor's note: one `编者按：…` paragraph, or a
 * `编者的话` label and one paragraph. More text is the article's own, under a note.
 */
function isEditorsNoteOnly(article: SegmentedArticle): boolean {
  const [first, second, third] = article.body;
  if (first === undefined || third !== undefined || !EDITORS_NOTE.test(first.text)) return false;
  const labelOnly = first.type === 'subheading';
  if (labelOnly ? second?.type !== 'paragraph' : second !== undefined) return false;
  // Signed, datelined or continued text is a story with a note on top, not a package's head.
  return (
    article.byline === null &&
    article.dateline === null &&
    article.continuedFrom === null &&
    article.continuedOn === null
  );
}

// A section of a package is a feature piece: a news item (dateline), a story continued from another
// page, or a piece under its own column banner is not one of the package's sections.
// An editor who says the piece opens an article, or that the head's article ends before it, is
// obeyed. The pieces of one package are of one kind: a commentary (本报评论员) or an official's
// signed article after reporters' pieces is not one of them.
function isSection(
  article: SegmentedArticle,
  head: SegmentedArticle,
  firstSection: SegmentedArticle,
  layout: PageLayout,
): boolean {
  const start = article.lines.start;
  if (opensArticle(layout, start, start) || rangeEndsBetween(layout, head.lines.start, start)) return false;
  return (
    article.dateline === null &&
    article.continuedFrom === null &&
    article.column === null &&
    article.kind === firstSection.kind
  );
}

function headlineBlocks(article: SegmentedArticle): BodyBlock[] {
  const lines = [article.kicker, article.title, article.subtitle].filter(
    (line): line is string => line !== null && line !== '',
  );
  const blocks: BodyBlock[] = lines.map((text) => ({ type: 'subheading', text }));
  // The section's byline is printed under its headline, as a line of the article's text.
  if (article.byline !== null) blocks.push({ type: 'paragraph', text: article.byline });
  return blocks;
}

function mergeAuthors(into: Author[], more: readonly Author[]): void {
  for (const author of more) {
    if (!into.some((known) => known.name === author.name && known.role === author.role)) into.push(author);
  }
}

/**
 * Folds each package into one article: an article whose body is only an editor's note (编者按,
 * 编者的话, 编者注; no byline, no dateline) takes the articles printed after it as its sections
 * — each section's kicker, title and subtitle become subheadings, its byline a line of text, its
 * authors the package's — up to the first article that is no section (a datelined item, a
 * continuation, a piece under a column banner, a piece of another kind than the first section:
 * a commentary after reporters' pieces) or the page's end. Newspaper practice: 人民日报
 * and city dailies set a 组稿 as one headline with a note over reporters' signed pieces, and their
 * e-papers file it as one article. The merged article carries the `subheadings` review reason.
 * An editor's layout statements (an article starting at a section, a range ending before it) win.
 * Fragments are untouched; `page` is not modified.
 */
export function foldPackages(page: SegmentedPage, layout: PageLayout = NO_LAYOUT): SegmentedPage {
  const articles: SegmentedArticle[] = [];
  let index = 0;
  while (index < page.articles.length) {
    const head = page.articles[index] as SegmentedArticle;
    index++;
    const next = page.articles[index];
    if (!isEditorsNoteOnly(head) || next === undefined || !isSection(next, head, next, layout)) {
      articles.push(head);
      continue;
    }
    const merged: SegmentedArticle = {
      ...head,
      authors: [...head.authors],
      body: [...head.body],
      lines: { ...head.lines },
    };
    const review = new Set(head.review);
    while (
      index < page.articles.length &&
      isSection(page.articles[index] as SegmentedArticle, head, next, layout)
    ) {
      const section = page.articles[index] as SegmentedArticle;
      merged.body.push(...headlineBlocks(section), ...section.body);
      mergeAuthors(merged.authors, section.authors);
      merged.lines.end = Math.max(merged.lines.end, section.lines.end);
      merged.continuedOn = section.continuedOn ?? merged.continuedOn;
      for (const reason of section.review) if (reason !== 'opening-missing') review.add(reason);
      index++;
    }
    review.add('subheadings');
    merged.review = [...review].sort();
    articles.push(merged);
  }
  return { articles, fragments: page.fragments };
}
