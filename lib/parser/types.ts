// The parse contract: what `parsePage` returns and `npm run parse` prints as JSON.
// `null` means "absent" (it is a JSON contract), so fields are `T | null`, never optional.

/** A person credited on an article: `{ name: '叶江', role: '记者' }`; role is 记者, 通讯员, 评论员 or an official's title. */
export interface Author {
  name: string;
  role: string;
}

/** One block of article body: a paragraph, or an in-article subheading 小标题. */
export type BodyBlock = { type: 'paragraph'; text: string } | { type: 'subheading'; text: string };

/** The kind of piece, where the page shows it: 消息 (本报讯 dateline), 评论 (本报评论员), 访谈 (访… subtitle), 署名文章 (an official's byline). */
export type ArticleKind = '消息' | '评论' | '访谈' | '署名文章';

/**
 * Why an editor should check an article: each names one uncertain decision of the parser.
 * - `opening-missing`: the body starts mid-sentence (the extraction lost its opening).
 * - `headline-two-ways`: two headline lines with no dash or tag to say which is the title; read as
 *   kicker + title, they could be title + subtitle.
 * - `weak-boundary`: the article starts at a headline right under another article's text, with no
 *   closing line, dateline, byline or column tag to confirm the break (it may be a subheading), or
 *   it holds a second dateline (it may be two items).
 * - `subheadings`: one or two lines inside the text were read as subheadings (they may open new articles).
 * - `summary-lines`: lines between the headline and the text were read as summary lines 提要 or labels.
 */
export type ReviewReason =
  'opening-missing' | 'headline-two-ways' | 'weak-boundary' | 'subheadings' | 'summary-lines';

/** 1-based, inclusive line range of the source page that an article or fragment came from. */
export interface LineRange {
  start: number;
  end: number;
}

/** One article as segmented from a raw page. */
export interface ParsedArticle {
  /** 主题 the headline. */
  title: string;
  /** 引题 the kicker printed above the title. */
  kicker: string | null;
  /** 副题 the subtitle printed below the title. */
  subtitle: string | null;
  /** 栏目 the column banner the article runs under, e.g. 诚信丽水. */
  column: string | null;
  /** The byline as printed: `本报记者 叶江`, `本报评论员`, `本报讯(记者 郭真 通讯员庄啸)`. */
  byline: string | null;
  authors: Author[];
  /** The dateline that opens a news item: 本报讯, 本报北京1月18日电, 新华社北京3月4日电. */
  dateline: string | null;
  body: BodyBlock[];
  /** 下转第七版 → 7. */
  continuedOn: number | null;
  /** 上接第一版 → 1. */
  continuedFrom: number | null;
  /** True when the extraction lost the article's opening and the body starts mid-sentence. */
  openingMissing: boolean;
  kind: ArticleKind | null;
  /** The parser's uncertain decisions about this article, sorted; empty when it is sure. */
  review: ReviewReason[];
  lines: LineRange;
}

/** Text that belongs to no article, kept so that nothing of a source page is lost. */
export interface Fragment {
  text: string;
  lines: LineRange;
}

/** The result of parsing one page. */
export interface ParsedPage {
  articles: ParsedArticle[];
  fragments: Fragment[];
}
