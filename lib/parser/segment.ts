// Pass 6 of parsePage: walks the classified units in page order and groups them into articles
// (headline stack → byline → body) and fragments. It runs last among the structural passes
// because it needs every unit's final role: joined paragraphs, markers and bylines.
import { isSourceTrailer, type ClassifiedUnit } from './classify';
import { isBareName, type Byline } from './bylines';
import type { ContinuationMarker } from './markers';
import type { Fragment, ParsedArticle } from './types';
import { isBannerShape, isSubtitleShape, readHeadingGroup } from './headings';
import { isOpeningMissing } from './openings';
import { inferKind } from './kind';

/** An article as segmented, before display normalisation: the contract's shape, every string as printed. */
export type SegmentedArticle = ParsedArticle;

/** Text outside every article, as printed. */
export type SegmentedFragment = Fragment;

/** The structure of a page before display normalisation. */
export interface SegmentedPage {
  articles: SegmentedArticle[];
  fragments: SegmentedFragment[];
}

interface Draft {
  article: SegmentedArticle;
  official: boolean;
  /** False once the article is closed by `(下转…)` or a trailer: later body text is not its own. */
  open: boolean;
}

function newDraft(title: string, start: number, end: number): Draft {
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
      lines: { start, end },
    },
    official: false,
    open: true,
  };
}

function cover(draft: Draft, unit: { start: number; end: number }): void {
  const lines = draft.article.lines;
  lines.start = Math.min(lines.start, unit.start);
  lines.end = Math.max(lines.end, unit.end);
}

function setByline(draft: Draft, byline: Byline): void {
  draft.article.byline = byline.text;
  draft.article.authors = byline.authors;
  draft.official = byline.official;
}

/** True for an enumerated subheading: `一、让患者有更多获得感`, `（二）…`, `3. …`, `■ …`. */
export function isNumberedHeading(text: string): boolean {
  return /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十0-9]{1,3}[)）]|[0-9０-９]{1,2}[、.．](?![0-9])|[■◆●▲★☆◎□])/.test(
    text,
  );
}

// A byline of the paper's own staff (`本报记者 叶江`, `记者 张三`, `本报评论员`) or an official's
// signed piece: text under it is the paper's, never another outlet's reprint.
const OWN_STAFF_BYLINE =
  /^(?:[□■●◆]\s*)?[(（]?(?:本报|本刊)?(?:特约评论员|首席记者|特约记者|见习记者|实习记者|摄影记者|融媒记者|特约通讯员|评论员|通讯员|实习生|记者)/;

// A story continued from another page (`（上接第一版）`) is the paper's own: its byline was printed
// with the opening on that page.
function isOwnText(draft: Draft): boolean {
  return (
    draft.official ||
    draft.article.continuedFrom !== null ||
    OWN_STAFF_BYLINE.test(draft.article.byline ?? '')
  );
}

// Where subheadings 小标题 occur: a feature under a byline block (not a dated news item), or the
// rest of a story continued from another page (`（上接第一版）`), which is long by definition.
function isFeatureText(draft: Draft): boolean {
  const article = draft.article;
  return (article.byline !== null && article.dateline === null) || article.continuedFrom !== null;
}

/**
 * True when the plain paragraphs starting at `from` run straight into a source trailer
 * (`据新华社`): the headline above them opens a reprint, whose text is credited to another outlet.
 */
function runsIntoSourceTrailer(units: readonly ClassifiedUnit[], from: number): boolean {
  let k = from;
  while (units[k]?.role === 'paragraph' && units[k]?.dateline === null) k++;
  const stop = units[k];
  return k > from && stop !== undefined && stop.role === 'trailer' && isSourceTrailer(stop.text);
}

function hasBody(draft: Draft | null): boolean {
  return draft !== null && draft.article.body.length > 0;
}

function finish(draft: Draft): SegmentedArticle {
  const article = draft.article;
  const first = article.body.find((block) => block.type === 'paragraph');
  // A paragraph opening with a dateline opens the story by definition, and `(上接…)` announces
  // a mid-sentence start; neither is a lost opening.
  article.openingMissing =
    first !== undefined &&
    !(article.dateline !== null && first.text.includes(article.dateline)) &&
    article.continuedFrom === null &&
    isOpeningMissing(first.text);
  article.kind = inferKind({
    dateline: article.dateline,
    authors: article.authors,
    subtitle: article.subtitle,
    officialByline: draft.official,
  });
  return article;
}

/**
 * Groups classified units into articles and fragments. Rules, in the order the page sets them:
 * a headline stack opens an article; a lone headline inside running text followed by a plain
 * paragraph is a subheading 小标题; a column banner standing after an article's body, above the
 * next stack, belongs to the article it follows (the extraction emits a column's banner after
 * the column's text); `(下转…)` and trailers close an article; text outside an article is kept
 * as fragments.
 */
export function segmentUnits(units: readonly ClassifiedUnit[]): SegmentedPage {
  const drafts: Draft[] = [];
  const fragments: SegmentedFragment[] = [];
  let current: Draft | null = null;

  // Consecutive leftovers read as one fragment (a headline-less page stays one piece of text);
  // anything given to an article in between starts a new fragment.
  let lastFragment: SegmentedFragment | null = null;
  const keep = (unit: ClassifiedUnit): void => {
    if (lastFragment !== null) {
      lastFragment.text += `\n${unit.text}`;
      lastFragment.lines.end = unit.end;
      return;
    }
    lastFragment = { text: unit.text, lines: { start: unit.start, end: unit.end } };
    fragments.push(lastFragment);
  };
  const touchArticle = (): void => {
    lastFragment = null;
  };

  for (let i = 0; i < units.length; i++) {
    const unit = units[i];
    if (unit === undefined) continue;
    switch (unit.role) {
      case 'heading': {
        let j = i;
        while (units[j + 1]?.role === 'heading') j++;
        let run = units.slice(i, j + 1);
        const next = units[j + 1];
        i = j;
        const plainNext = next?.role === 'paragraph' && next.dateline === null;
        // 小标题: one headline line inside running text, followed by more running text.
        // `再造平台优势 在二次创业中取得新成就` between two paragraphs of the same article.
        // Subheadings belong to features under a byline block. A news item (dateline) or a
        // bylineless reprint has none in practice, so there a lone headline followed by text
        // starts the next piece, unless it is numbered (`一、…`). Text under a staff byline that
        // runs into `据新华社` is not the feature's: the headline opens a reprint after it.
        if (
          run.length === 1 &&
          current !== null &&
          current.open &&
          hasBody(current) &&
          plainNext &&
          ((isFeatureText(current) && !(isOwnText(current) && runsIntoSourceTrailer(units, j + 1))) ||
            isNumberedHeading(unit.text))
        ) {
          current.article.body.push({ type: 'subheading', text: unit.text });
          cover(current, unit);
          touchArticle();
          continue;
        }
        // A bare name under a headline and over the text is the writer's byline (副刊: `又见花` / `覃焱子`).
        // Read first, so that a short title above it (`又见花`) is not taken for a column banner.
        const tail = run[run.length - 1];
        let writer: ClassifiedUnit | null = null;
        if (run.length >= 2 && tail !== undefined && isBareName(tail.text) && plainNext) {
          writer = tail;
          run = run.slice(0, -1);
        }
        // 栏目: a banner after an article's body, above the next stack, closes that article:
        // `诚信丽水` after the 诚信履行贷 story. At the page's end it has no stack below it.
        const head = run[0];
        if (
          head !== undefined &&
          current !== null &&
          hasBody(current) &&
          current.article.column === null &&
          isBannerShape(head.text) &&
          (run.length >= 2 ? !isSubtitleShape(run[1]?.text ?? '') : next === undefined)
        ) {
          current.article.column = head.text;
          cover(current, head);
          touchArticle();
          run = run.slice(1);
        }
        if (run.length === 0) continue;
        const group = readHeadingGroup(run);
        for (const extra of group.extra) keep(extra);
        const stack = run.slice(group.extra.length);
        const first = stack[0] ?? unit;
        const last = stack[stack.length - 1] ?? unit;
        current = newDraft(group.title, first.start, last.end);
        current.article.kicker = group.kicker;
        current.article.subtitle = group.subtitle;
        current.article.column = group.column?.text ?? null;
        if (writer !== null) {
          setByline(current, {
            text: writer.text,
            authors: [{ name: writer.text, role: '作者' }],
            official: false,
          });
          cover(current, writer);
        }
        drafts.push(current);
        touchArticle();
        continue;
      }
      case 'byline': {
        if (current !== null && current.open && current.article.byline === null && unit.byline !== null) {
          setByline(current, unit.byline);
          cover(current, unit);
          touchArticle();
        } else {
          keep(unit);
        }
        continue;
      }
      case 'paragraph': {
        if (current === null || !current.open) {
          keep(unit);
          continue;
        }
        if (unit.dateline !== null) {
          // A dateline opens a news item. After a body it is the next item, whose headline the
          // extraction lost: close the current article and keep the headless item as fragments.
          if (hasBody(current) || current.article.dateline !== null) {
            current.open = false;
            keep(unit);
            continue;
          }
          current.article.dateline = unit.dateline.dateline;
          if (unit.dateline.byline !== null && current.article.byline === null) {
            current.article.byline = unit.dateline.byline;
            current.article.authors = unit.dateline.authors;
          }
        }
        current.article.body.push({ type: 'paragraph', text: unit.text });
        cover(current, unit);
        touchArticle();
        continue;
      }
      case 'marker': {
        const marker: ContinuationMarker | null = unit.marker;
        if (marker !== null && current !== null && current.open) {
          if (marker.direction === 'on' && hasBody(current) && current.article.continuedOn === null) {
            // (下转第七版) ends what this page prints of the article.
            current.article.continuedOn = marker.page;
            current.open = false;
            cover(current, unit);
            touchArticle();
            continue;
          }
          if (marker.direction === 'from' && !hasBody(current) && current.article.continuedFrom === null) {
            // (上接第一版) under a headline: the rest of a story begun on another page.
            current.article.continuedFrom = marker.page;
            cover(current, unit);
            touchArticle();
            continue;
          }
        }
        keep(unit);
        continue;
      }
      case 'trailer': {
        if (current !== null && current.open && hasBody(current)) {
          // `据新华社` is printed as the item's last line: keep it in the body, then close. A
          // closing dateline `（本报北京3月5日电）` is still the item's dateline.
          current.article.body.push({ type: 'paragraph', text: unit.text });
          if (unit.dateline !== null && current.article.dateline === null)
            current.article.dateline = unit.dateline.dateline;
          current.open = false;
          cover(current, unit);
          touchArticle();
        } else {
          keep(unit);
        }
        continue;
      }
      case 'caption':
      case 'furniture':
        keep(unit);
        continue;
    }
  }

  // A headline stack that never got a body is not an article: it is kept as a fragment.
  const articles: SegmentedArticle[] = [];
  for (const draft of drafts) {
    if (draft.article.body.length > 0) {
      articles.push(finish(draft));
      continue;
    }
    const a = draft.article;
    const text = [a.column, a.kicker, a.title, a.subtitle, a.byline]
      .filter((s): s is string => s !== null)
      .join('\n');
    fragments.push({ text, lines: { ...a.lines } });
  }
  fragments.sort((x, y) => x.lines.start - y.lines.start);
  return { articles, fragments };
}
