// Reads a group of headline lines (the "headline stack" above an article) into column banner,
// kicker 引题, title 主题 and subtitle 副题. Used by segment, which decides where a stack starts.
import type { ClassifiedUnit } from './unit';
import { visibleLength } from './chars';

/** A headline stack read into its parts; `extra` holds leading lines that fit no slot (kept as fragments). */
export interface HeadingGroup {
  column: ClassifiedUnit | null;
  kicker: string | null;
  title: string;
  subtitle: string | null;
  extra: ClassifiedUnit[];
}

/** A column tag closing a title, as papers print their columns: `…让群众有更多获得感（人民时评）`. */
export const TITLE_TAG = /[(（][^()（）]{2,60}[)）]$/;

/** The stock titles of a photo or cartoon item, which papers print over a caption. */
export const PICTURE_ITEM_TITLE = /^(?:图片报道|图片新闻|新闻图片|图说新闻|图说|漫画|漫话|一图读懂)$/;

/** True for a line led by a dash, as a subtitle is printed under its title: `——访全国人大代表钟海燕`. */
export function isDashLed(text: string): boolean {
  return /^[—－]{1,2}/.test(text);
}

/**
 * True for a column banner 栏目: a short name of 2–6 Han characters (`诚信丽水`), a name in
 * lenticular brackets (`【诚信丽水】`) or led by an ornament (`■ 一线短评`), or a series name with a dash in the middle
 * (`永做“挺进师”建设新丽水——学习贯彻市第五次党代会精神`).
 */
export function isBannerShape(text: string): boolean {
  if (/^\p{Script=Han}{2,6}$/u.test(text)) return true;
  if (/^[【〖[][^】〗\]]{2,12}[】〗\]]$/.test(text)) return true;
  // A name led by an ornament, as city papers set their columns: `■ 一线短评`, `◆百姓故事`.
  if (/^[■□●◆◇▲★☆]\s?\p{Script=Han}{2,8}$/u.test(text)) return true;
  // A dash with a name on both sides; a leading dash (`——访…`) marks a subtitle instead.
  const dash = text.indexOf('——');
  return dash >= 2 && visibleLength(text.slice(dash + 2).replace(/^—+/, '')) >= 2;
}

/** True for a short tag of 2–6 Han characters (`溪口镇`, `诚信丽水`): a kicker or a banner, by position. */
export function isShortTag(text: string): boolean {
  return /^\p{Script=Han}{2,6}$/u.test(text);
}

// A report's genre named at the end of its subtitle, which says what kind of piece the title heads:
// `枫坪乡后渡村星空露营调查`, `我市信用体系建设综述`, `龙泉宝溪乡蹲点记`. (观察, 扫描 and 手记 are left
// out: they also name columns, `经济观察`, `记者手记`.)
const GENRE_END = /\p{Script=Han}{4}(?:调查|纪实|侧记|见闻|札记|综述|速写|蹲点记|采访记|探访记)$/u;

// Headline lines that the extraction ran together into one block, each line a phrase and a space
// between them (`批准政府工作报告… 通过《…民法典》 习近平签署主席令予以公布 …`): a multi-line deck.
// Text has sentence punctuation; a list of names has short phrases.
const DECK_PHRASE_MIN = 6;
const DECK_PHRASES_MIN = 3;
const DECK_BLOCK_MAX = 600;
const SENTENCE_MARK = /[。！？!?；;，,]/;

/** True for a block of three or more space-separated phrases of 6+ characters with no sentence punctuation: a multi-line deck. */
export function isDeckBlock(text: string): boolean {
  if (text.length > DECK_BLOCK_MAX) return false;
  // (Text shows a clause mark early: checking the head first keeps this cheap on every paragraph.)
  if (SENTENCE_MARK.test(text.slice(0, 40)) || !text.includes(' ') || SENTENCE_MARK.test(text)) return false;
  const phrases = text.split(/\s+/).filter((phrase) => phrase !== '');
  return (
    phrases.length >= DECK_PHRASES_MIN && phrases.every((phrase) => visibleLength(phrase) >= DECK_PHRASE_MIN)
  );
}

/**
 * True for a subtitle 副题: a line led by a dash (`——访全国人大代表钟海燕`), an interview or
 * profile line (`访全国人大代表钟海燕`, `记丽水市优秀教师张三`), a numbered editorial series
 * (`四论贯彻落实市第五次党代会精神`), or a line naming the report's genre (`…星空露营调查`).
 */
export function isSubtitleShape(text: string): boolean {
  return (
    /^(?:[—－-]{1,2}|访\p{Script=Han}|专访|对话\p{Script=Han}|记(?!者)\p{Script=Han}|[一二三四五六七八九十]{1,3}论\p{Script=Han})/u.test(
      text,
    ) || GENRE_END.test(text)
  );
}

// A kicker and title set on one line, separated by a space, run longer than a one-line headline
// (24+ printed characters, both parts substantial):
// `困难人员年度个人自付医疗费用降低1225.56万元 医保防贫 缙云模式亮相全国两会代表委员座谈会`.
// A shorter line with a space (`丽水正式推出 诚信履行贷`) is one title with a typographic gap.
const ONE_LINE_STACK_MIN = 24;

/** Splits a long one-line `kicker title` headline at its first space; null when it is one title. */
export function splitOneLineStack(text: string): { kicker: string; title: string } | null {
  if (visibleLength(text) < ONE_LINE_STACK_MIN) return null;
  const cut = text.indexOf(' ');
  if (cut < 0) return null;
  const kicker = text.slice(0, cut);
  const title = text.slice(cut + 1).trim();
  if (visibleLength(kicker) < 8 || visibleLength(title) < 6) return null;
  return { kicker, title };
}

/**
 * Reads a headline stack. One line is a title (or a one-line `kicker title`); two lines are
 * title + subtitle when the second is subtitle-shaped, else kicker + title (or column + title
 * when the first is a banner); three lines are kicker + title + subtitle; lines beyond three are
 * leading extras.
 */
export function readHeadingGroup(lines: readonly ClassifiedUnit[]): HeadingGroup {
  const extra = lines.slice(0, Math.max(0, lines.length - 3));
  const stack = lines.slice(extra.length);
  const [a, b, c] = stack;
  if (a === undefined) throw new Error('readHeadingGroup needs at least one headline line');
  if (b === undefined) {
    const split = splitOneLineStack(a.text);
    return split
      ? { column: null, kicker: split.kicker, title: split.title, subtitle: null, extra }
      : { column: null, kicker: null, title: a.text, subtitle: null, extra };
  }
  if (c === undefined) {
    // A merged `kicker title` line over another line: the line under it is the subtitle.
    const merged = splitOneLineStack(a.text);
    if (merged && !isBannerShape(a.text)) return { column: null, ...merged, subtitle: b.text, extra };
    // (A multi-line deck run together into one block is a subtitle too.)
    if (isSubtitleShape(b.text) || isDeckBlock(b.text))
      return { column: null, kicker: null, title: a.text, subtitle: b.text, extra };
    // A series banner (`永做“挺进师”建设新丽水——学习贯彻…`, `【诚信丽水】`) over a title is its column; a
    // bare short tag (`溪口镇`) is the title's kicker.
    if (isBannerShape(a.text) && !isShortTag(a.text))
      return { column: a, kicker: null, title: b.text, subtitle: null, extra };
    return { column: null, kicker: a.text, title: b.text, subtitle: null, extra };
  }
  if (isBannerShape(a.text)) {
    // A banner over title + subtitle is the common three-line stack with a 2–6 character top line.
    return { column: a, kicker: null, title: b.text, subtitle: c.text, extra };
  }
  return { column: null, kicker: a.text, title: b.text, subtitle: c.text, extra };
}
