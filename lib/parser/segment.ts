// Pass 6 of parsePage: walks the classified units in page order and groups them into articles
// (headline stack → byline → body) and fragments. It runs last among the structural passes
// because it needs every unit's final role: joined paragraphs, markers and bylines.
import { isSourceTrailer } from './classify';
import type { ClassifiedUnit } from './unit';
import { isBareName, parseByline, parseWriterLine } from './bylines';
import { endsSentence, visibleLength } from './chars';
import { isNumberedHeading } from './numbering';
import type { Fragment, ParsedArticle } from './types';
import {
  PICTURE_ITEM_TITLE,
  TITLE_TAG,
  isBannerShape,
  isDashLed,
  isSubtitleShape,
  readHeadingGroup,
  splitOneLineStack,
} from './headings';
import { ITEM_BOX_TITLE, isDeckLine, isKickerShape, readHeadlineRun } from './headline-run';
import { inSeries, paragraphsBelow, sectionHeadOf, subheadingCues } from './run-cues';
import { predictProbability, type Features, type LogisticModel } from './model/logistic';
import subheadingModelFile from './model/subheading.json';
import { cover, finishDraft, hasBody, newDraft, setByline, type Draft } from './draft';
import {
  givenRole,
  insideOneArticle,
  NO_LAYOUT,
  opensArticle,
  rangeEndsBetween,
  startsAt,
  type PageLayout,
} from './layout';

/** An article as segmented, before display normalisation: the contract's shape, every string as printed. */
export type SegmentedArticle = ParsedArticle;

/** Text outside every article, as printed. */
export type SegmentedFragment = Fragment;

/** The structure of a page before display normalisation. */
export interface SegmentedPage {
  articles: SegmentedArticle[];
  fragments: SegmentedFragment[];
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

// A column tag, a photo item's stock title, a kicker's trailing dash or a subtitle's leading dash,
// or a second line that is a summary or a writer's line: the run is a headline stack. (A numbered
// line is a subheading whatever it ends with.) A two-line subheading is two short phrases
// (`凌晨三点` / `作坊里的灯先亮了`).
function hasHeadlineMarks(run: readonly ClassifiedUnit[]): boolean {
  const [first, second] = run;
  if (first === undefined || isNumberedHeading(first.text)) return false;
  return (
    hasStackMarks(run) ||
    (second !== undefined &&
      (visibleLength(second.text) > TWO_LINE_SUBHEADING_MAX ||
        isDeckLine(second.text) ||
        parseWriterLine(second.text) !== null))
  );
}

// A column tag, a photo item's stock title, a kicker's trailing dash or a subtitle's leading dash.
function hasStackMarks(run: readonly ClassifiedUnit[]): boolean {
  return run.some(
    (unit) =>
      TITLE_TAG.test(unit.text) ||
      PICTURE_ITEM_TITLE.test(unit.text) ||
      /——$/.test(unit.text) ||
      isDashLed(unit.text),
  );
}

// Longest second line of a two-line subheading, in printed characters.
const TWO_LINE_SUBHEADING_MAX = 10;

/** A decision point of the subheading model: its cues and the run's lines, as printed. */
export interface RunObservation {
  features: Features;
  lines: string[];
}

/** Options of `segmentUnits`: the subheading model to use, and an observer of its decisions (for training). */
export interface SegmentOptions {
  subheadingModel?: LogisticModel;
  observe?: (observation: RunObservation) => void;
  /** The page's layout corrections: articles they start or hold together, headline roles they give. */
  layout?: PageLayout;
}

// The stock labels of a box printed inside an article, after its text: a comment on the report
// (点评, 短评), the reporter's notes (记者手记), background and links (背景资料, 相关链接, 延伸阅读).
const IN_ARTICLE_BOX =
  /^[■□●◆▲]?\s*(?:专家点评|点评|短评|简评|专家观点|专家解读|权威解读|记者手记|采访手记|记者观察|编后|编后语|编后记|相关链接|新闻链接|知识链接|链接|延伸阅读|背景资料|背景链接|小贴士)$/;

// One paragraph, then a caption line that is only a photographer's credit (`新华社记者  宋为伟摄`).
const PHOTO_CREDIT_MAX = 30;
function opensPictureItem(units: readonly ClassifiedUnit[], next: number): boolean {
  const text = units[next];
  const credit = units[next + 1];
  return (
    text?.role === 'paragraph' &&
    credit?.role === 'caption' &&
    visibleLength(credit.text) <= PHOTO_CREDIT_MAX &&
    /摄[)）]?$/.test(credit.text) &&
    units[next + 2]?.role !== 'paragraph'
  );
}

// A brief in a box is three paragraphs at most (its dateline's included); a story is longer.
const BRIEF_PARAGRAPHS_MAX = 3;

// A box of short items under one stock title (`速览`, `数读`).
function isItemBox(draft: Draft): boolean {
  return ITEM_BOX_TITLE.test(draft.article.title);
}

// A staff credit printed after an item's text, closing its paragraph: `…两万份。（记者 叶青）`.
const TRAILING_STAFF_CREDIT = /[(（](?:本报)?(?:见习)?(?:记者|通讯员|实习生)\s?[^()（）]{1,24}[)）]$/;

// The items of one box are set alike. Untitled items (`■ 近日，…`) take no titled item after them,
// and items that print their credit after the text (`…两万份。（记者 叶青）`) take no item that
// prints it first (`本报讯（记者 方晴）…`): a run set unlike the items before it heads the next
// story, which the box's frame ended (`简讯` over two items, then a report of its own).
function setUnlikeItems(draft: Draft, opening: ClassifiedUnit | undefined): boolean {
  const body = draft.article.body;
  // (Untitled: no subheading, and the first item is text; a data box's first title may read as a paragraph.)
  const firstText = body[0]?.type === 'paragraph' ? body[0].text : '';
  if (!body.some((block) => block.type === 'subheading') && endsSentence(firstText)) return true;
  const lastText = body.findLast((block) => block.type === 'paragraph')?.text ?? '';
  return TRAILING_STAFF_CREDIT.test(lastText) && (opening?.dateline?.byline ?? null) !== null;
}

const BOX_TITLE_MAX = 16;

// A bracketed place after a section head (`古堰画乡（莲都区）`): where, not a column tag.
const PLACE_TAG = /[(（][^()（）]{1,8}(?:省|市|区|县|镇|乡|村|街道)[)）]$/;

// A figure with its unit, alone on a line: `104万`, `3400亿元`, `28.3万`, `69.1%`, `约120家`.
const QUANTITY_LINE =
  /^(?:约|近|超|逾|达)?\d+(?:\.\d+)?(?:%|‰|[万亿]\p{Script=Han}{0,3}|\p{Script=Han}{1,4})$/u;
function isQuantityLine(text: string): boolean {
  // (A digit or a hedge word first, before the Unicode-property regex: this runs for every headline line.)
  const first = text.charCodeAt(0);
  return (
    ((first >= 0x30 && first <= 0x39) || '约近超逾达'.includes(text.charAt(0))) && QUANTITY_LINE.test(text)
  );
}

// Whether the text from `from` on ends in a writer's signature (a byline after the text).
function signedBelow(units: readonly ClassifiedUnit[], from: number): boolean {
  let k = from;
  while (units[k]?.role === 'paragraph' && units[k]?.dateline === null) k++;
  return k > from && units[k]?.role === 'byline';
}

// A box's own title closed by its label as a tag (`服务用心才能贴心（记者手记）`).
function isBoxTitle(text: string): boolean {
  const tag = /[(（]([^()（）]{2,8})[)）]$/.exec(text)?.[1];
  return tag !== undefined && IN_ARTICLE_BOX.test(tag);
}

// A column banner printed again over the next piece of its column (`读者来信` over each letter):
// the run's first line stood earlier on the page, word for word, over another headline line.
function repeatsBanner(
  run: readonly ClassifiedUnit[],
  units: readonly ClassifiedUnit[],
  start: number,
): boolean {
  const banner = run[0]?.text;
  if (run.length !== 2 || banner === undefined) return false;
  for (let k = 0; k < start - 1; k++) {
    if (units[k]?.role === 'heading' && units[k]?.text === banner && units[k + 1]?.role === 'heading')
      return true;
  }
  return false;
}

const DEFAULT_SUBHEADING_MODEL: LogisticModel = subheadingModelFile;
// The model must be fairly sure to make a run a subheading: a run read as a new article is listed
// for review (`weak-boundary`), while a headline taken for a subheading hides an article inside
// another. (0.6 rather than 0.5 costs 0.004 boundary F1 on the dev set.)
export const SUBHEADING_CERTAINTY = 0.6;

// Whether a run of one or two headline lines inside an open article's text is a subheading 小标题
// rather than the next article's headline: the subheading model weighs the run's cues
// (run-cues.ts). A closed article (a credit line was printed) takes no more subheadings, bar
// numbered ones.
function isSubheadingRun(
  run: readonly ClassifiedUnit[],
  current: Draft | null,
  units: readonly ClassifiedUnit[],
  next: number,
  options: SegmentOptions,
  weighed: { byModel: boolean },
): current is Draft {
  if (current === null || !hasBody(current) || !current.open || run.length > 2) return false;
  if (repeatsBanner(run, units, next - run.length)) return false;
  // A numbered line (`一、总体要求`, `②物权编`) is a subheading in any article, even after a
  // section's closing credit (`（本报记者 徐隽采访整理）` ends each part of a feature in parts).
  if (isNumberedHeading(run[0]?.text ?? '')) return true;
  // A box of short items under one stock title (`速览`, `资讯速递`, `数读`): the items' titles are
  // its subheadings, unless one carries a headline's marks, even after an item's closing credit.
  // (An item's title may have a summary line under it, as a story's does.)
  // (A story of four paragraphs or more is no brief; after an item's credit, two at most.)
  if (isItemBox(current)) {
    if (setUnlikeItems(current, units[next])) return false;
    const below = paragraphsBelow(units, next, BRIEF_PARAGRAPHS_MAX + 1);
    // (An item of a data box is led by its figure, `100.97亿美元 上海1月合同外资`, and may run longer.)
    const figureLed = /^\d/.test(run[0]?.text ?? '');
    const brief = below <= BRIEF_PARAGRAPHS_MAX || figureLed;
    return !hasStackMarks(run) && brief && (!current.closed || below <= 2);
  }
  if (current.closed) return false;
  // A feature under a byline block (not a dated item) or the rest of a continued story: its
  // subheadings are certain unless the run carries a headline's marks.
  // A photo item: a title over one caption paragraph and the photographer's credit (`新华社记者 X摄`).
  if (opensPictureItem(units, next)) return false;
  // A title closed by the paper's column tag (`…加足马力（观象台）`) heads an article of its own:
  // on the dev set 167 of 169 such lines are titles. So is a tagged line in a two-line run (a
  // kicker over a tagged title, a tagged title over its summary line): 20 of 20.
  const tagged = run.some((unit) => TITLE_TAG.test(unit.text) && !PLACE_TAG.test(unit.text));
  // One of three or more heads set alike in one stretch of text: a feature's parts, whatever
  // marks each carries (`浙江杭州——` / `湖北当阳——` over their parts' titles).
  if (!tagged && inSeries(run, current, units, next)) return true;
  const article = current.article;
  if ((article.byline !== null && article.dateline === null) || article.continuedFrom !== null)
    return !hasHeadlineMarks(run);
  if (tagged) return false;
  const features = subheadingCues(run, current, units, next);
  options.observe?.({ features, lines: run.map((unit) => unit.text) });
  weighed.byModel = true;
  return (
    predictProbability(options.subheadingModel ?? DEFAULT_SUBHEADING_MODEL, features) >= SUBHEADING_CERTAINTY
  );
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

/** Collects articles and fragments in page order. */
class PageBuilder {
  readonly drafts: Draft[] = [];
  readonly fragments: SegmentedFragment[] = [];
  current: Draft | null = null;
  // Consecutive leftovers read as one fragment (a headline-less page stays one piece of text);
  // anything given to an article in between starts a new fragment. Page furniture (running heads,
  // folios, desk lines) and text are never one fragment: readers are shown the text, not the furniture.
  private lastFragment: SegmentedFragment | null = null;
  private lastFragmentIsFurniture = false;

  keep(unit: ClassifiedUnit): void {
    const furniture = unit.role === 'furniture';
    if (this.lastFragment !== null && this.lastFragmentIsFurniture === furniture) {
      this.lastFragment.text += `\n${unit.text}`;
      this.lastFragment.lines.end = unit.end;
      return;
    }
    this.lastFragment = { text: unit.text, lines: { start: unit.start, end: unit.end } };
    this.lastFragmentIsFurniture = furniture;
    this.fragments.push(this.lastFragment);
  }

  /** Adds a block to the current article's body. */
  addToBody(draft: Draft, unit: ClassifiedUnit, type: 'paragraph' | 'subheading' = 'paragraph'): void {
    draft.article.body.push({ type, text: unit.text });
    cover(draft, unit);
    this.lastFragment = null;
  }

  open(draft: Draft): void {
    this.drafts.push(draft);
    this.current = draft;
    this.lastFragment = null;
  }

  touch(): void {
    this.lastFragment = null;
  }

  /** The page: drafts with a body are articles; a headline stack that never got one is a fragment. */
  finish(): SegmentedPage {
    const articles: SegmentedArticle[] = [];
    for (const draft of this.drafts) {
      if (draft.article.body.length > 0) {
        articles.push(finishDraft(draft));
        continue;
      }
      const a = draft.article;
      const text = [a.column, a.kicker, a.title, a.subtitle, a.byline]
        .filter((s): s is string => s !== null)
        .join('\n');
      this.fragments.push({ text, lines: { ...a.lines } });
    }
    this.fragments.sort((x, y) => x.lines.start - y.lines.start);
    return { articles, fragments: this.fragments };
  }
}

// Whether headline lines make a stack without the banner above them: a title with a line under
// it (`打造新增长极` / `四论…`), a one-line `kicker title`, or nothing at all at the page's end.
function isFullStack(lines: readonly ClassifiedUnit[], next: ClassifiedUnit | undefined): boolean {
  const [first, second] = lines;
  if (first === undefined) return next === undefined;
  if (second !== undefined) return !isSubtitleShape(first.text);
  return splitOneLineStack(first.text) !== null;
}

/**
 * Places a run of headline lines (units[i..j]): a subheading of the current article, the column
 * banner of the article above (`诚信丽水` after the 诚信履行贷 story: the extraction emits a column's
 * banner after its text), or the headline of a new article with its front matter.
 */
function placeHeadlineRun(
  page: PageBuilder,
  units: readonly ClassifiedUnit[],
  i: number,
  j: number,
  options: SegmentOptions,
): void {
  let run = units.slice(i, j + 1);
  const next = units[j + 1];
  const plainNext = next?.role === 'paragraph' && next.dateline === null;
  const current = page.current;
  // An editor's layout corrections decide first: a run they start is a new article; one they
  // mark as subheadings, or inside an article they hold together, is that article's subheadings.
  const layout = options.layout ?? NO_LAYOUT;
  const roles = run.map((unit) => givenRole(layout, unit.start, unit.end));
  const forcedNew = run.some(
    (unit, k) =>
      opensArticle(layout, unit.start, unit.end) || (roles[k] !== undefined && roles[k] !== 'subheading'),
  );
  const givenSubheadings = !forcedNew && current !== null && roles.every((role) => role === 'subheading');
  if (givenSubheadings) {
    for (const unit of run) page.addToBody(current, unit, 'subheading');
    return;
  }
  // A figure set large over the text that explains it (`104万`, `3400亿元`) is no headline: it
  // belongs to the article it stands in, as a subheading.
  const only = run.length === 1 ? run[0] : undefined;
  if (
    !forcedNew &&
    only !== undefined &&
    plainNext &&
    current !== null &&
    current.open &&
    isQuantityLine(only.text)
  ) {
    page.addToBody(current, only, 'subheading');
    return;
  }
  // A lone line ending in a dash between paragraphs leads into the text under it
  // (`站在欢乐的人群中，习近平送上最美好的祝愿——`), and one led by a dash after text attributes the
  // quotation above it (`——辽宁省委常委…在市委经济工作会议上说`): a paragraph, not a kicker or subtitle.
  if (
    !forcedNew &&
    only !== undefined &&
    current !== null &&
    current.open &&
    hasBody(current) &&
    ((plainNext && /——$/.test(only.text)) ||
      (/^——/.test(only.text) && (plainNext || next?.role === 'credit')))
  ) {
    page.addToBody(current, only);
    return;
  }
  // A box set inside an article under a stock label (`点评`, `记者手记`, `相关链接`), even after its
  // closing credit: the label is a subheading of the article above, the run's other lines its text.
  const label = run[0];
  if (
    !forcedNew &&
    label !== undefined &&
    current !== null &&
    current.open &&
    hasBody(current) &&
    (IN_ARTICLE_BOX.test(label.text) || (run.length === 1 && isBoxTitle(label.text))) &&
    // (Over a byline or a dateline, the label is a column over a separate signed piece; so it is
    // over text signed at its end, `短评` / title / text / `晓川`.)
    plainNext &&
    !(run.length > 1 && signedBelow(units, j + 1))
  ) {
    page.addToBody(current, label, 'subheading');
    // The box's own title under its label is a subheading too; a longer line is the head of its text.
    for (const unit of run.slice(1)) {
      page.addToBody(current, unit, visibleLength(unit.text) <= BOX_TITLE_MAX ? 'subheading' : undefined);
    }
    return;
  }
  // 小标题: one or two headline lines inside running text, followed by more running text.
  // Text under a staff byline that runs into `据新华社` is not the feature's: the headline opens a
  // reprint after it.
  const weighed = { byModel: false };
  // (An item of a box of short items may start with its dateline: `本报北京2月20日电…`.)
  const textNext = plainNext || (next?.role === 'paragraph' && current !== null && isItemBox(current));
  if (
    !forcedNew &&
    textNext &&
    isSubheadingRun(run, current, units, j + 1, options, weighed) &&
    !(run.length === 1 && isOwnText(current) && runsIntoSourceTrailer(units, j + 1))
  ) {
    // Each line of a two-line subheading stays a block of its own, as printed.
    for (const unit of run) page.addToBody(current, unit, 'subheading');
    current.sectionHeads.push(sectionHeadOf(run));
    current.review.add('subheadings');
    return;
  }
  // A bare name under a headline and over the text is the writer's byline (副刊: `又见花` / `覃焱子`).
  // Read first, so that a short title above it (`又见花`) is not taken for a column banner.
  const tail = run[run.length - 1];
  let writer: ClassifiedUnit | null = null;
  if (run.length >= 2 && tail !== undefined && isBareName(tail.text) && plainNext) {
    writer = tail;
    run = run.slice(0, -1);
  }
  // 栏目: a banner after an article's body, above a full stack of its own, closes that article.
  // Over a single title it is that title's kicker (`溪口镇` over `三百名志愿者上门帮收秋粮`).
  const head = run[0];
  if (
    head !== undefined &&
    current !== null &&
    hasBody(current) &&
    current.article.column === null &&
    isBannerShape(head.text) &&
    // (A box's stock title, `速览`, opens the box: it is no banner of the article above.)
    !ITEM_BOX_TITLE.test(head.text) &&
    // (A line an editor starts an article at, or gives a role, is not a banner of the one above.)
    !startsAt(layout, head.start, head.end) &&
    givenRole(layout, head.start, head.end) === undefined &&
    isFullStack(run.slice(1), next)
  ) {
    current.article.column = head.text;
    cover(current, head);
    page.touch();
    run = run.slice(1);
  }
  if (run.length === 0) return;
  // Inside an article an editor holds together, what would open a new article is its subheadings
  // (a banner-shaped line closing the range is the article's column, as the parser reads one).
  if (!forcedNew && current !== null && insideOneArticle(layout, run[0]?.start ?? 0)) {
    const only = run.length === 1 ? run[0] : undefined;
    if (
      only !== undefined &&
      current.article.column === null &&
      isBannerShape(only.text) &&
      (next === undefined || !insideOneArticle(layout, next.start))
    ) {
      current.article.column = only.text;
      cover(current, only);
      page.touch();
      return;
    }
    for (const unit of run) page.addToBody(current, unit, 'subheading');
    return;
  }
  const { stack, front } = readHeadlineRun(run);
  const group = readHeadingGroup(stack);
  for (const extra of group.extra) page.keep(extra);
  const first = stack[group.extra.length] ?? run[0];
  const last = stack[stack.length - 1] ?? run[0];
  if (first === undefined || last === undefined) return;
  const draft = newDraft(group.title, first.start, last.end);
  if (stack.length === 2 && group.kicker !== null && !isKickerShape(group.kicker))
    draft.review.add('headline-two-ways');
  if (front.some((line) => line.kind !== 'writer')) draft.review.add('summary-lines');
  // Right under another article's open text, a one-line headline over plain text is a break only
  // by this parser's reading: nothing printed confirms it.
  const confirmed =
    current === null ||
    !current.open ||
    current.closed ||
    !hasBody(current) ||
    stack.length > 1 ||
    front.length > 0 ||
    !plainNext ||
    TITLE_TAG.test(group.title);
  // A run the subheading model turned down is a new article by its reading only.
  if (!confirmed || weighed.byModel) draft.review.add('weak-boundary');
  draft.article.kicker = group.kicker;
  draft.article.subtitle = group.subtitle;
  draft.article.column = group.column?.text ?? null;
  if (forcedNew) applyGivenHeadline(draft, stack, layout);
  page.open(draft);
  for (const line of front) {
    if (line.kind === 'writer' && draft.article.byline === null) {
      setByline(draft, line.byline);
      cover(draft, line.unit);
    } else {
      page.addToBody(draft, line.unit, line.kind === 'label' ? 'subheading' : 'paragraph');
    }
  }
  if (writer !== null) {
    setByline(draft, { text: writer.text, authors: [{ name: writer.text, role: '作者' }], official: false });
    cover(draft, writer);
  }
}

// Headline lines whose role an editor gave fill those slots: the title, kicker lines above it,
// subtitle lines below it (each group joined by a space, as printed on one line).
function applyGivenHeadline(draft: Draft, stack: readonly ClassifiedUnit[], layout: PageLayout): void {
  const roles = stack.map((unit) => givenRole(layout, unit.start, unit.end));
  if (!roles.some((role) => role === 'kicker' || role === 'title' || role === 'subtitle')) return;
  let titleAt = roles.indexOf('title');
  if (titleAt < 0) titleAt = roles.findIndex((role) => role !== 'kicker');
  if (titleAt < 0) titleAt = stack.length - 1;
  const text = (units: readonly ClassifiedUnit[]) =>
    units.length === 0 ? null : units.map((unit) => unit.text).join(' ');
  draft.article.title = stack[titleAt]?.text ?? draft.article.title;
  draft.article.kicker = text(stack.slice(0, titleAt));
  draft.article.subtitle = text(stack.slice(titleAt + 1));
  draft.review.delete('headline-two-ways');
  draft.review.delete('weak-boundary');
}

/** Places a unit that is not a headline line. */
function placeUnit(page: PageBuilder, unit: ClassifiedUnit): void {
  const current = page.current;
  switch (unit.role) {
    case 'byline': {
      if (current !== null && current.open && current.article.byline === null && unit.byline !== null) {
        setByline(current, unit.byline);
        cover(current, unit);
        page.touch();
      } else {
        page.keep(unit);
      }
      return;
    }
    case 'paragraph': {
      if (current === null || !current.open) {
        page.keep(unit);
        return;
      }
      // In a box of short items (`速览`) each item has its own dateline and credit: text of the box.
      if (unit.dateline !== null && !isItemBox(current)) {
        // A dateline opens a news item. After a closing credit line, or with a credit of its own
        // under an article credited already (`本报讯（记者 张三）` after `本报讯（记者 叶江）`), it
        // is the next item, whose headline the extraction lost: close the current article and keep
        // the headless item as fragments. A second bare dateline inside an open article is a report
        // in parts (two talks filed from one place); summary lines printed above a dateline
        // (`…而努力奋斗` / `新华社北京2月2日电 …`) leave the article open too.
        const ownCredit =
          hasBody(current) && unit.dateline.byline !== null && current.article.byline !== null;
        if (current.closed || ownCredit) {
          current.open = false;
          page.keep(unit);
          return;
        }
        if (current.article.dateline !== null) {
          current.review.add('weak-boundary');
          page.addToBody(current, unit);
          return;
        }
        current.article.dateline = unit.dateline.dateline;
        if (unit.dateline.byline !== null && current.article.byline === null) {
          current.article.byline = unit.dateline.byline;
          current.article.authors = unit.dateline.authors;
        }
      }
      page.addToBody(current, unit);
      return;
    }
    case 'marker': {
      const marker = unit.marker;
      if (marker !== null && current !== null && current.open) {
        if (marker.direction === 'on' && hasBody(current) && current.article.continuedOn === null) {
          // (下转第七版) ends what this page prints of the article.
          current.article.continuedOn = marker.page;
          current.open = false;
          cover(current, unit);
          page.touch();
          return;
        }
        if (marker.direction === 'from' && !hasBody(current) && current.article.continuedFrom === null) {
          // (上接第一版) under a headline: the rest of a story begun on another page.
          current.article.continuedFrom = marker.page;
          cover(current, unit);
          page.touch();
          return;
        }
      }
      page.keep(unit);
      return;
    }
    case 'trailer': {
      if (current !== null && hasBody(current) && current.open) {
        // `据新华社` is printed as the item's last line: keep it in the body, then close. A
        // closing dateline `（本报北京3月5日电）` is still the item's dateline.
        page.addToBody(current, unit);
        if (unit.dateline !== null && current.article.dateline === null)
          current.article.dateline = unit.dateline.dateline;
        current.open = false;
      } else {
        page.keep(unit);
      }
      return;
    }
    case 'credit':
    case 'caption': {
      // A credit line (`（作者为…）`) or a photo caption printed inside an article belongs to it;
      // a credit also says the article is complete, so the next headline opens a new one.
      // A line in brackets right under a headline is its byline (`（记者 张三）`) or its subtitle:
      // the date or the session that adopted a document (`（2019年2月27日…会议通过）`).
      if (
        unit.role === 'credit' &&
        current !== null &&
        current.open &&
        !hasBody(current) &&
        /^[(（]/.test(unit.text)
      ) {
        const byline = parseByline(unit.text);
        if (byline !== null && current.article.byline === null) setByline(current, byline);
        else if (byline === null && current.article.subtitle === null) current.article.subtitle = unit.text;
        else page.addToBody(current, unit);
        cover(current, unit);
        page.touch();
        return;
      }
      if (current !== null && current.open) {
        const photoItem = unit.role === 'caption' && !hasBody(current);
        page.addToBody(current, unit);
        // A photo item is its title and caption: the caption closes it too.
        // (An editor's note 编者按, signed off `——编 者`, opens a piece: its sign-off closes nothing.)
        const editorsNote = /^——\s?编\s?者$/.test(unit.text);
        if ((unit.role === 'credit' && !editorsNote) || photoItem) current.closed = true;
      } else {
        page.keep(unit);
      }
      return;
    }
    case 'furniture':
    case 'heading':
      page.keep(unit);
      return;
  }
}

/**
 * Groups classified units into articles and fragments. Rules, in the order the page sets them:
 * a headline run opens an article (stack, then writer line, summary lines and labels); one or two
 * headline lines inside a feature's text are a subheading 小标题; a column banner after an
 * article's body, above the next stack, belongs to the article it follows; `(下转…)` and trailers
 * close an article, credit lines and captions stay with the article they are printed in; text
 * outside an article is kept as fragments.
 */
export function segmentUnits(units: readonly ClassifiedUnit[], options: SegmentOptions = {}): SegmentedPage {
  const page = new PageBuilder();
  const layout = options.layout ?? NO_LAYOUT;
  for (let i = 0; i < units.length; i++) {
    const unit = units[i];
    if (unit === undefined) continue;
    // Inside an article an editor holds together, nothing closes it, and its text is its body
    // (a dateline still gives the article its dateline and byline); right after the range the
    // article is complete, so the next headline opens a new one.
    const current = page.current;
    if (current !== null && insideOneArticle(layout, unit.start)) {
      current.open = true;
      current.closed = false;
      if (unit.role === 'paragraph' && !(unit.dateline !== null && current.article.dateline === null)) {
        page.addToBody(current, unit);
        continue;
      }
    } else if (
      current !== null &&
      layout.articles.some(([first, last]) => unit.start > last && current.article.lines.start === first)
    ) {
      current.closed = true;
    }
    if (unit.role !== 'heading') {
      placeUnit(page, unit);
      continue;
    }
    let j = i;
    // A line an editor says opens an article, or marks as a subheading, begins a run of its own.
    const ownRun = (next: ClassifiedUnit) =>
      isQuantityLine(next.text) ||
      startsAt(layout, next.start, next.end) ||
      rangeEndsBetween(layout, unit.start, next.start) ||
      givenRole(layout, next.start, next.end) === 'subheading' ||
      givenRole(layout, unit.start, unit.end) === 'subheading';
    while (units[j + 1]?.role === 'heading' && !ownRun(units[j + 1] as ClassifiedUnit)) j++;
    placeHeadlineRun(page, units, i, j, options);
    i = j;
  }
  return page.finish();
}
