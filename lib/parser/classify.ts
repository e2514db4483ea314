// Pass 4 of parsePage: gives each unit a role from its own shape (headline, byline, paragraph,
// caption…). It runs after units exist and before joining and segmentation, which read context;
// here a unit is judged alone, so each rule is a general setting habit, testable in a table.
import type { ClassifiedUnit, Unit, UnitRole } from './unit';
import { endsSentence, hasInnerSentenceEnd, visibleLength } from './chars';
import { parseByline, parseDateline, parseWriterLine, type Byline, type Dateline } from './bylines';
import { NO_LAYOUT, roleOfUnit, type LayoutRole, type PageLayout } from './layout';
import { isDeckBlock, isSubtitleShape } from './headings';

/** Longest headline line, in printed characters: a kicker and title sharing a line run to ~50. */
export const HEADING_MAX_LENGTH = 60;

// Photo credits end the caption: `图为…。 本报记者 张三 摄`, `…受访者供图`, `（资料图片）`.
// A credit may carry the photo desk's name in brackets (`何  川摄（青禾视觉）`), and a name printed
// with a space inside it (`王 腾摄`) still ends in one Han character before 摄.
const CAPTION_END =
  /(?:\s摄|\p{Script=Han}\s?\p{Script=Han}{0,3}(?<!拍)摄(?:影报道)?|供图|制图|翻拍|资料图片|资料照片|图片来源\S{0,20}|图片由\S{1,20}提供)\s?(?:[(（][^()（）]{1,16}[)）])?[)）]?$/u;
const CAPTION_START =
  /^(?:图为|▲|△|↑|上图|下图|左图|右图|图[①②③④⑤⑥⑦⑧⑨⑩0-9１-９一二三四五六七八九十]|[(（]图[)）])/;
// Source trailers closing a reprinted or finished item: `据新华社`, `（据人民日报）`, `来源：人民网`, `（完）`.
const TRAILER =
  /^[(（]?\s?(?:据[\p{Script=Han}A-Za-z0-9·《》]{2,22}(?:报道|消息|电)?|(?:稿件)?来源\s?[:：]\s?[\p{Script=Han}A-Za-z0-9·]{2,20}|完)\s?[)）]?$/u;
// Page furniture printed by the desk, not by any article: a desk role, then a separator or a space,
// then names (`责任编辑：张三`, `本版编辑 王五 美编 赵六`). The separator is required: 统筹, 审核 and
// 编辑 are also verbs that open headlines (`统筹突破林木蓄积量`, `审核通过…`). Only the unambiguous
// long roles may be glued to a name (`责任编辑张三`).
// (A running head may print the page and its name first: `第3版 要闻 责任编辑：叶青 美编：吴丹`.)
const FURNITURE =
  /^(?:第[0-9０-９一二三四五六七八九十]{1,3}版\s+(?:\p{Script=Han}{2,6}\s+)?)?(?:(?:本版责任编辑|责任编辑|本版编辑|本版责编|本版主持|主持人|编辑|责编|美编|校对|版式设计|版式|审核|终审|统筹)(?:\s?[:：|/]\s?|\s)\S{1,12}|(?:责任编辑|本版编辑|本版责编)\p{Script=Han}{2,4})(?:\s+\S{0,12}){0,3}$/u;

// A headline never ends on a word that needs its complement: a structural particle, a
// preposition or conjunction, an opening bracket, or a clause comma. `这是该院让患者共享发展成果的` is the head of a
// paragraph cut by a column break. (Only characters that end no common word: 为, 在, 对, 向 do.)
const DANGLING_END = /[的把被从占“‘《（(「『、，,]$/;

// The running head of a page, a few space-separated tokens: the paper's name, the date, the
// weekday, the page number and name (`丽水日报 2019年1月1日 星期二`, `2022年3月8日 星期二 第6版 副刊`,
// `A3版 要闻`, `LISHUI DAILY`, `…星期四 第11236号 今日8版`). It must hold a date or a page number; a headline that starts with a
// year (`2022年全市经济运行稳中向好`) has no token of its own for it.
const HEADER_DATE = /^[0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日$/;
const HEADER_PAGE =
  /^(?:第[0-9０-９一二三四五六七八九十]{1,3}版|[A-Z]?[0-9０-９]{1,2}版|今日[0-9０-９]{1,2}版)$/;
const HEADER_OTHER =
  /^(?:星期[一二三四五六日天]|周[一二三四五六日天]|农历\S{2,10}|第[0-9０-９]{3,6}号|\p{Script=Han}{2,6}报|\p{Script=Han}{2,4}|[A-Z]{2,12}|[0-9]{1,2})$/u;
// A page's name and folio alone, as inside pages print their head: `文体 8`, `社会·民生 7`, `瓯江周刊·旅游 13`.
const SECTION_FOLIO = /^\p{Script=Han}{2,8}(?:·\p{Script=Han}{2,6})?\s?[0-9０-９]{1,2}$/u;

function isPageHeader(text: string): boolean {
  // Every running head holds a date or page number (digits or 第…版), or the English name.
  if (!/[0-9０-９版]|DAILY/.test(text)) return false;
  if (SECTION_FOLIO.test(text)) return true;
  const tokens = text.split(' ');
  if (tokens.length > 6) return false;
  let anchored = false;
  for (const token of tokens) {
    if (HEADER_DATE.test(token) || HEADER_PAGE.test(token)) anchored = true;
    else if (!HEADER_OTHER.test(token)) return false;
  }
  return anchored || /^[A-Z ]{4,30}DAILY$/.test(text);
}

// Lines that close an article rather than open one, printed under its last paragraph: a line
// wholly in brackets (`（作者为青禾县委党校讲师）`, `（本报记者 何勇整理）`, `（摘编自2月11日《经济日报》）`,
// `（本系列评论到此结束）`), a compiled-report credit (`综合新华社报道`), a data source, a graphics
// or cartoon credit (`制图：蔡华伟`, `曹一图 杨立新文`). Continuation markers are read before this.
const BRACKETED_LINE = /^[(（][^]{1,98}[)）]$/;
// A column's contact line (`栏目投稿邮箱：name@example.com`) and an editor's note signed off
// `——编 者` close the piece above them too.
const CONTACT_OR_SIGNOFF =
  /(?:邮箱|投稿|电子信箱|E-?mail)\s?[:：]?\s?\S*@|^——\s?(?:编\s?者|作\s?者|记\s?者)$/i;
const CLOSING_CREDIT = new RegExp(
  '^(?:综合\\S{1,30}(?:报道|消息)|(?:数据|资料|信息)来源\\s?[:：].{1,40}|' +
    '(?:本版)?(?:制图|图表制作|图表|插图|漫画|绘图|摄影|视觉设计|设计|图片)\\s?[:：/／|｜]\\s?\\S.{0,20}|' +
    '(?:\\p{Script=Han}\\s?){2,4}[图文]\\s+(?:\\p{Script=Han}\\s?){2,4}[图文])$',
  'u',
);

/** True for a line that closes an article: `（作者为…）`, `（本报记者 张三整理）`, `综合新华社报道`, `制图：李四`. */
export function isClosingCredit(text: string): boolean {
  return (
    text.length <= 100 &&
    (BRACKETED_LINE.test(text) || CLOSING_CREDIT.test(text) || CONTACT_OR_SIGNOFF.test(text))
  );
}

/** True for a block shaped like a headline: short, no sentence-final stop, no sentence inside, no dangling end. */
export function isHeadingShape(text: string): boolean {
  // A block three times the longest headline cannot be one, however much whitespace it holds.
  // (The final stop first: it rules out most paragraphs without counting their characters.)
  if (text.length > HEADING_MAX_LENGTH * 3 || endsSentence(text)) return false;
  const length = visibleLength(text);
  return (
    length >= 2 &&
    length <= HEADING_MAX_LENGTH &&
    !hasInnerSentenceEnd(text) &&
    // An interview line ends with a name (`访全国人大代表钟海燕`), which may end on any character.
    (!DANGLING_END.test(text) || isSubtitleShape(text))
  );
}

/** True for a photo caption: `钟海燕在会上发言。受访者供图`, `图为…  本报记者 张三 摄`. */
export function isCaption(text: string): boolean {
  if (text.length > 400) return false;
  // The credit is at the very end, so only the tail is searched (keeps long paragraphs cheap).
  const tail = text.slice(-40);
  // Every credit names 摄, 图 or 照 (or 提供): most text fails this before the full pattern runs.
  return (
    (/[摄图照供]/.test(tail) && CAPTION_END.test(tail)) || (CAPTION_START.test(text) && text.length <= 120)
  );
}

/**
 * Reads a dateline printed in brackets after the text, as some papers close an item:
 * `（本报北京3月5日电）`, `（新华社北京3月4日电 记者张三）` → the dateline; null otherwise.
 */
export function readClosingDateline(text: string): Dateline | null {
  const inner = /^[(（]\s?([^()（）]{4,50})\s?[)）]$/.exec(text)?.[1];
  return inner === undefined ? null : parseDateline(inner);
}

/** True for a source trailer that closes an item: `据新华社`, `（据人民日报）`, `（完）`, `（本报北京3月5日电）`. */
export function isTrailer(text: string): boolean {
  return text.length <= 60 && (TRAILER.test(text) || readClosingDateline(text) !== null);
}

/**
 * True for a trailer that credits another outlet for the item (`据新华社`, `（据《人民日报》）`,
 * `来源：人民网`): the text above it was reprinted, not written by the paper's own staff.
 */
export function isSourceTrailer(text: string): boolean {
  return isTrailer(text) && /^[(（]?\s?(?:据|(?:稿件)?来源)/.test(text);
}

// A folio printed alone, as extraction picks it up at a page or column end: `2`, `—2—`, `- 12 -`, `A3`.
const FOLIO = /^(?:[—－–-]\s?)?[A-H]?[0-9０-９]{1,3}(?:\s?[—－–-])?$/;
// The paper's name printed alone in the running head: `丽水日报`, `钱江晚报`. (A headline never
// is a paper's name and nothing else.)
const PAPER_NAME = /^\p{Script=Han}{2,8}(?:日报|晚报|早报|都市报|商报|时报)$/u;

/** True for a bare number printed alone (`2`, `12`): a folio at a page end, or a list number. */
export function isBareNumber(text: string): boolean {
  return /^[0-9０-９]{1,3}$/.test(text);
}

// The paper's own notices between stories: a QR code to follow its accounts (`扫码关注“丽水日报”
// 微信公众号获取更多本地资讯`), its desks' hotlines (`新闻热线：0578-2111111 投稿邮箱：…`), an ad slot's label.
const PAPER_PROMOTION =
  /^(?:(?:扫码|扫描二维码|长按二维码|扫一扫)\S*(?:关注|下载|订阅|公众号|客户端|视频号)\S*|(?:新闻|广告|发行|订报|小记者|读者|报料)热线\s?[:：].{5,48}|(?:公益|分类)?广告)$/;
// The front page's masthead and boxes: the contents box 导读 and its pointers (`▶ 松阳茶农的“新农具”
// 第5版`), the weather, the serial numbers (`国内统一连续出版物号：CN33-0099 邮发代号：31-88`).
const FRONT_PAGE_BOX =
  /^(?:(?:今日|本期|要闻)?导读|(?:[▶►▷■●◆]\s?[^▶►▷■●◆]{1,40}?\s?(?:见|详见)?第?[0-9０-９一二三四五六七八九十]{1,3}版\s?)+|(?:今日)?天气\s?[:：].{2,40}|(?:国内统一连续出版物号|邮发代号)\s?[:：].{4,40})$/;

// One credit for every picture of the page (`本版图片由记者 周原 摄`): the page's, no article's.
const PAGE_PICTURE_CREDIT = /^本版(?:图片|照片|摄影)(?:均)?(?:由|为)?.{2,24}(?:摄|提供)$/;

/**
 * True for page furniture that belongs to the page, not to an article: a desk line `责任编辑 张三`,
 * a running head `丽水日报　2022年3月8日　星期二　第2版`, a folio `第1版` or `—2—`, the paper's name.
 */
export function isFurniture(text: string): boolean {
  if (text.length > 60) return false;
  return (
    (FURNITURE.test(text) && visibleLength(text) <= 30) ||
    PAPER_PROMOTION.test(text) ||
    FRONT_PAGE_BOX.test(text) ||
    PAGE_PICTURE_CREDIT.test(text) ||
    isPageHeader(text) ||
    FOLIO.test(text) ||
    (text.endsWith('报') && PAPER_NAME.test(text))
  );
}

/**
 * Classifies one unit by its shape alone. Order matters: a marker or caption can look like a
 * headline (`…受访者供图` has no stop), and a byline (`本报记者 叶江`) always does.
 */
export function classifyUnit(unit: Unit): ClassifiedUnit {
  const { role, byline, dateline } = readRole(unit);
  return {
    text: unit.text,
    start: unit.start,
    end: unit.end,
    blockStart: unit.blockStart,
    marker: unit.marker,
    role,
    byline,
    dateline,
  };
}

// The role of a unit and the byline or dateline its shape showed (a plain function, not a closure
// per unit: classification runs once per block of every page).
function readRole(unit: Unit): { role: UnitRole; byline: Byline | null; dateline: Dateline | null } {
  const text = unit.text;
  if (unit.marker !== null) return { role: 'marker', byline: null, dateline: null };
  if (isTrailer(text)) return { role: 'trailer', byline: null, dateline: readClosingDateline(text) };
  if (isFurniture(text)) return { role: 'furniture', byline: null, dateline: null };
  if (isCaption(text)) return { role: 'caption', byline: null, dateline: null };
  // A line in brackets is read as a credit that closes the piece above it (`（本报记者 何勇整理）`,
  // `（记者 张三）` after the text); segment reads one right under a headline as its byline or subtitle.
  if (isClosingCredit(text)) return { role: 'credit', byline: null, dateline: null };
  const dateline = parseDateline(text);
  if (dateline !== null) return { role: 'paragraph', byline: null, dateline };
  if (!endsSentence(text)) {
    const byline = parseByline(text);
    if (byline !== null) return { role: 'byline', byline, dateline: null };
  }
  return {
    role: isHeadingShape(text) || isDeckBlock(text) ? 'heading' : 'paragraph',
    byline: null,
    dateline: null,
  };
}

/** Classifies every unit (pass 4); a role an editor gave in the page's layout corrections wins. */
export function classifyUnits(units: readonly Unit[], layout: PageLayout = NO_LAYOUT): ClassifiedUnit[] {
  return units.map((unit) => {
    const classified = classifyUnit(unit);
    const given = roleOfUnit(layout, unit.start, unit.end);
    return given === undefined ? classified : { ...classified, ...roleAsGiven(unit.text, given) };
  });
}

// The unit role and reading of a line whose role an editor gave.
function roleAsGiven(text: string, given: LayoutRole): Pick<ClassifiedUnit, 'role' | 'byline' | 'dateline'> {
  switch (given) {
    case 'kicker':
    case 'title':
    case 'subtitle':
    case 'subheading':
      return { role: 'heading', byline: null, dateline: null };
    case 'byline':
      return {
        role: 'byline',
        byline: parseWriterLine(text) ?? { text, authors: [], official: false },
        dateline: null,
      };
    case 'caption':
      return { role: 'caption', byline: null, dateline: null };
    case 'furniture':
      return { role: 'furniture', byline: null, dateline: null };
    case 'paragraph':
      return { role: 'paragraph', byline: null, dateline: parseDateline(text) };
  }
}
