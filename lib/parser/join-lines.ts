// Pass 5 of parsePage: joins paragraphs that the extraction broke mid-sentence across columns.
// It runs after classify (it must know a dateline or byline from text) and before segment, so
// that a broken piece like `做强中心城市,建造区域增长` is never mistaken for a subheading.
import { isNumberedHeading, isSectionNumeral } from './numbering';
import { endsSentence, endsWithOneOf, hasClausePunctuation, joinPieces, visibleLength } from './chars';
import { isBareNumber, isHeadingShape } from './classify';
import type { ClassifiedUnit } from './unit';
import { isBareName, parseDateline } from './bylines';
import { isDashLed, isShortTag } from './headings';
import { ITEM_BOX_TITLE, isBoxLabel } from './headline-run';
import { isOpeningMissing } from './openings';
import {
  DICTIONARY_OUTCOMES,
  dictionaryCues,
  junctionCues,
  endsInNoun,
  type JunctionContext,
} from './junction-cues';
import { isJoined, NO_LAYOUT, roleOfUnit, type PageLayout } from './layout';
import { logOdds, reachOf, type Features, type LogisticModel } from './model/logistic';
import junctionModelFile from './model/junction.json';

// Two-character adverbs that open a paragraph before a comma on every page: `其中，…`, `眼下，…`,
// `目前，…`, and the interjections that open lyrical prose (`啊，淡淡的栀子！`). A short first
// clause that is none of them (`者，今年…`) is a cut word.
const OPENING_ADVERBS = new Set(
  (
    '其中 眼下 目前 当前 近日 日前 近期 近年 今年 去年 今天 昨天 今日 昨日 如今 此外 另外 同时 随后 ' +
    '此前 之前 之后 此后 然而 不过 为此 对此 据悉 首先 其次 最后 然后 接着 总之 可见 ' +
    '原来 后来 当时 那时 平时 过去 现在 未来 将来 上午 下午 晚上 早上 清晨 傍晚 凌晨 午后 那年 ' +
    '记得 从前 小时 童年 当晚 当天 次日 期间 其间 会上 会后 会前 席间 届时 年初 年底 年末 月初 月底 ' +
    '啊 呵 哦 噢 唉 嗨 呀 哎 嗯 是啊 对啊 好啊 哎呀'
  ).split(' '),
);

// Text that cannot be a paragraph's first words: a lost-opening shape, or a first clause of one
// or two characters before a comma (`者，今年企业…`) unless it is an opening adverb (`其中，…`).
function startsMidSentence(text: string): boolean {
  if (isOpeningMissing(text)) return true;
  const clause = /^([^，,。；;：:！？!?、\s]{1,2})[，,]/.exec(text)?.[1];
  return clause !== undefined && !OPENING_ADVERBS.has(clause);
}

// Whether a headline-shaped unit is really the head of a paragraph cut by a column break. Three
// shapes, each seen in running text and never in a headline stack:
// 1. A line with a clause comma between a paragraph (or a byline) and plain text:
//    `做强中心城市,建造区域增长` + `极的火车头。…`; `本报记者 虞娴珊` + `遂昌茶山社区数字化改革全面,城市书房繁` + `忙,…`.
//    Headlines with commas exist (`稳字当头，进字为先`), but they stand after other headlines or at
//    the page top, or before a byline or dateline.
// 2. A line right above `(下转…)`: the body cut off where the column ends (`…时尚产业以及`).
// 3. A line between paragraphs whose next text starts mid-sentence: `…负责人任新告诉记` + `者，今年…`.
// `afterByline` also covers a 副刊 writer's bare name under a title (`徐岭村的桥` / `包悠晟` /
// `白德原是芳峰行政村的老木匠,一辈子守着这` + `片山。…`): the name is a byline that segment reads later.
// Marks that end a complete line printed without a final stop: a closing quote or bracket (a
// quoted or tagged subheading `“只要祖国需要，我就冲到最前面”`), a dash that introduces what follows
// (`…送上最美好的祝愿——`). A column break right after them is rare; after a comma it is the rule.
const COMPLETE_LINE_END = /(?:[”’」』）)》]|——)$/;
// Last characters that cannot end a complete line: a clause comma or enumeration mark, or a word
// that needs its complement (`…被誉为` + `“中国…”`).
const OPEN_PUNCTUATION_END = /[，,、“‘《（(「『]$/;
const FUNCTION_WORD_END = /[的把被从在和与及对为向将于是占]$/;
// A number that a date unit completes, and a unit that starts no text (`日前，`, `年来` do).
const DATE_NUMBER_END = /(?:\d月\d{1,2}|\d{4})$/;
const DATE_UNIT_START = /^(?:日(?!前)|年(?![来初底末中内])|月(?![来初底末中内]))/;

// Each end pattern above spans a few characters at most: tested on the tail of a long joined
// paragraph, not scanned across all of it.
const END_WINDOW = 8;
const tailOf = (line: string): string => line.slice(-END_WINDOW);

// A date alone, with the weather or the place after it: a diary's or a log's entry head.
const DATE_LINE = /^(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:\s?\S{1,8})?$/;

function endsOpen(line: string): boolean {
  const tail = tailOf(line);
  if (OPEN_PUNCTUATION_END.test(tail)) return true;
  return FUNCTION_WORD_END.test(tail) && !endsInNoun(line);
}

// A person introduced on a line of its own: a name, then who they are
// (`郑远山，青禾县摄影家协会主席，国家一级摄影师`), as reports print before a quoted comment.
const PERSON_LINE =
  /^\p{Script=Han}{2,4}[，,][^。；;！？!?]{2,40}(?:书记|长|主任|委员|代表|主席|教授|研究员|经理|董事|会长|负责人|专家|师|员|人|家|者)$/u;

/** A decision of the junction model: its cues and the two blocks, as printed. */
export interface JunctionObservation {
  features: Features;
  line: string;
  next: string;
}

/** Options of `joinBrokenParagraphs`: the junction model to use, and an observer of its decisions (for training). */
export interface JoinOptions {
  junctionModel?: LogisticModel;
  observe?: (observation: JunctionObservation) => void;
  /** The page's layout corrections: joins they state are made, roles they give are kept. */
  layout?: PageLayout;
}

const DEFAULT_JUNCTION_MODEL: LogisticModel = junctionModelFile;

/** The junction model's decision threshold: a cut is as likely as not, either way an error costs one paragraph. */
export const JUNCTION_CERTAINTY = 0.5;
const JUNCTION_LOG_ODDS = Math.log(JUNCTION_CERTAINTY / (1 - JUNCTION_CERTAINTY));

/**
 * Whether `next` continues `line` (one paragraph broken by a column end). Certain cues decide
 * first: text that cannot open a paragraph (`者，今年…`), or a line ending where no line ends, continues; a
 * line ending in a closing quote, bracket or dash, a numbered line and a person's line are
 * complete. Otherwise the junction model weighs the cues of junction-cues.ts.
 */
function continues(line: string, next: string, context: JunctionContext, options: JoinOptions): boolean {
  // A box's label (`相关链接`, `简讯`) and a diary's date (`5月4日 小雨`) are whole lines, whatever follows.
  if (isBoxLabel(line) || ITEM_BOX_TITLE.test(line) || DATE_LINE.test(line)) return false;
  if (startsMidSentence(next) || endsOpen(line)) return true;
  // A list number printed on its own line (`2` between finished paragraphs) numbers the text under it.
  if (isBareNumber(line)) return true;
  // A date cut between its number and its unit (`…10月21` + `日至22日，…`).
  if (DATE_NUMBER_END.test(tailOf(line)) && DATE_UNIT_START.test(next)) return true;
  // (A numbered paragraph of text, `（六）提高…。支持…创`, is cut like any other.)
  const numberedLine = isNumberedHeading(line) && isHeadingShape(line);
  if (
    COMPLETE_LINE_END.test(tailOf(line)) ||
    numberedLine ||
    isSectionNumeral(line) ||
    PERSON_LINE.test(line)
  )
    return false;
  const features = junctionCues(line, next, context);
  const model = options.junctionModel ?? DEFAULT_JUNCTION_MODEL;
  if (options.observe === undefined) {
    // The word breaker's cues cost more than the rest of the page's parse: they are asked only
    // when they could tip the decision (the result is the same as with them always computed).
    const z = logOdds(model, features);
    const [low, high] = reachOf(model, DICTIONARY_OUTCOMES);
    if (z + low >= JUNCTION_LOG_ODDS) return true;
    if (z + high < JUNCTION_LOG_ODDS) return false;
  }
  Object.assign(features, dictionaryCues(line, next));
  options.observe?.({ features, line, next });
  return logOdds(model, features) >= JUNCTION_LOG_ODDS;
}

// Whether another headline-shaped comma line of the page has about the same length: subheadings
// of one article come in series (`培育…，提高…` / `深化…，激发…`); the heads of cut paragraphs do
// not. (`lengths` holds this line's own length too.)
function hasSibling(text: string, lengths: readonly number[]): boolean {
  const own = visibleLength(text);
  let near = 0;
  for (const length of lengths) if (Math.abs(length - own) <= 3) near++;
  return near >= 2;
}

// The salutation 称呼 that opens a letter or an appeal on a line of its own: `尊敬的…人员：`,
// `编辑同志：`, `全县志愿者：`, `广大市民朋友们：`.
const LETTER_SALUTATION =
  /^(?:(?:尊敬的|亲爱的)[^，,。；;！？!?]{1,28}|[^，,。；;！？!?]{0,20}(?:同志|们|朋友|人员|先生|女士|老师|同学|家长|代表|委员|志愿者|读者|市民|乡亲))[:：]$/;

function isBrokenParagraphHead(
  unit: ClassifiedUnit,
  previous: ClassifiedUnit | undefined,
  next: ClassifiedUnit | undefined,
  afterByline: boolean,
  options: JoinOptions,
  commaLines: readonly number[],
): boolean {
  if (unit.role !== 'heading') return false;
  const afterText = previous?.role === 'paragraph';
  if (afterText && next?.marker?.direction === 'on') return true;
  if (next === undefined || next.role !== 'paragraph' || next.dateline !== null) return false;
  // A letter's salutation opens its text: the line above it is the letter's title.
  if (LETTER_SALUTATION.test(next.text)) return false;
  const underHeadline = previous?.role === 'heading';
  if (!afterText && !afterByline && !underHeadline) return false;
  return continues(
    unit.text,
    next.text,
    {
      heading: true,
      underHeadline,
      afterFinishedText: afterText && endsSentence(previous?.text ?? ''),
      siblings: hasSibling(unit.text, commaLines),
    },
    options,
  );
}

// A speech's or letter's salutation (`同志们！`, `女士们、先生们：`, `各位代表：`, `亲爱的同学们！`)
// is its text, however short: a speech restarts with one after every part.
const SALUTATION =
  /^(?:亲爱的|尊敬的)?(?:(?:(?:各位|广大)?(?:同志|朋友|同学|同胞|代表|委员|女士|先生|乡亲|老师|家长|小朋友|青年朋友|战友|老乡|市民朋友|网友)们)[、，,]?)+[！!：:]$|^各位(?:代表|委员|来宾|嘉宾|领导|同事)[！!：:]$/u;

// A headline may end in an exclamation or question mark (`夜市回来了！`, `这个周末去白沙看杜鹃吗？`),
// or be a kicker naming who speaks (`国台办：`): a short line with no clause inside, standing after
// finished text and right over another headline line or a dateline, is a headline, not a
// one-sentence paragraph.
// A quoted exclamation set as a title over a dateline: `“这条路，我们盼了十年！”`.
const QUOTED_EXCLAMATION = /^[“"「][^“”"「」。]{2,22}[！？!?][”"」]$/;

function isExclaimedHeadline(
  unit: ClassifiedUnit,
  previous: ClassifiedUnit | undefined,
  next: ClassifiedUnit | undefined,
  beforePrevious: ClassifiedUnit | undefined,
): boolean {
  return (
    isAskedTitle(unit, previous, next, beforePrevious) ||
    (unit.role === 'paragraph' &&
      unit.dateline === null &&
      ((endsWithOneOf(unit.text, '！？!?：:') &&
        visibleLength(unit.text) <= 24 &&
        !/[，,。；;：:！？!?]/.test(unit.text.slice(0, -1))) ||
        QUOTED_EXCLAMATION.test(unit.text)) &&
      (previous === undefined || previous.role !== 'paragraph' || endsSentence(previous.text)) &&
      next !== undefined &&
      (next.role === 'heading' || next.dateline !== null) &&
      !SALUTATION.test(unit.text))
  );
}

// A title asking a question, as service pages print them (`入冬后血压波动大 怎么办？`,
// `政策解读：耕地地力保护补贴怎么领？`): a short line ending in `？` or `！` with no sentence inside,
// over its byline, or right under a column's name (a lone short tag after finished text).
const ASKED_TITLE_MAX = 30;
function isAskedTitle(
  unit: ClassifiedUnit,
  previous: ClassifiedUnit | undefined,
  next: ClassifiedUnit | undefined,
  beforePrevious: ClassifiedUnit | undefined,
): boolean {
  if (unit.role !== 'paragraph' || unit.dateline !== null || !endsWithOneOf(unit.text, '？！?!'))
    return false;
  if (visibleLength(unit.text) > ASKED_TITLE_MAX || /[。；;]/.test(unit.text) || SALUTATION.test(unit.text))
    return false;
  const overByline = next?.role === 'byline' && (previous === undefined || previous.role !== 'paragraph');
  const underBanner =
    previous?.role === 'heading' && isShortTag(previous.text) && beforePrevious?.role !== 'heading';
  return overByline || underBanner;
}

// Verse or a list quoted after a paragraph that ends in a colon (`…我写下这样的句子：` over
// `尘埃落定？在博物馆空旷的大厅` / `透过天窗漏下的光线中` / …): at least three short lines of
// text, none a dateline or byline. Returns how many lines it holds (0: none).
const VERSE_LINE_MAX = 30;
const VERSE_LINES_MIN = 3;
const STACK_LINES = 2;
// A writer's own byline (`□ 林夕照`, `文/张三`), as poems and essays are signed: every author a 作者.
function isWriterByline(unit: ClassifiedUnit): boolean {
  const authors = unit.byline?.authors ?? [];
  return unit.role === 'byline' && authors.length > 0 && authors.every((author) => author.role === '作者');
}

// How a list item is set: its length and where its first space falls (`冠军 青禾县` → `6:2`).
const itemShape = (text: string): string => `${visibleLength(text)}:${text.indexOf(' ')}`;

function verseAfter(units: readonly ClassifiedUnit[], from: number, linesOnly = false): number {
  let count = 0;
  let k = from;
  for (; k < units.length; k++) {
    const unit = units[k] as ClassifiedUnit;
    // (Under a poet's byline only unpunctuated lines are verse: an essay may open with short sentences.)
    const text = unit.role === 'heading' || (!linesOnly && unit.role === 'paragraph');
    const long = visibleLength(unit.text) > VERSE_LINE_MAX;
    if (!text || unit.dateline !== null || unit.marker !== null || long || isDashLed(unit.text)) break;
    count++;
  }
  // The headline lines of the next article (a kicker and a title) stand over its byline,
  // dateline or subtitle: not verse. Over a writer's byline (`□ 蓝雨`) the next poem has one title line.
  const stop = units[k];
  if (stop !== undefined && (stop.role === 'byline' || stop.dateline !== null || isDashLed(stop.text))) {
    const stackLines = isWriterByline(stop) ? 1 : STACK_LINES;
    // (A line set like the first item, `季军 松川县` under `冠军 青禾县`, is an item, not a headline.)
    const firstShape = itemShape(units[from]?.text ?? '');
    for (
      let trimmed = 0;
      trimmed < stackLines &&
      units[from + count - 1]?.role === 'heading' &&
      itemShape(units[from + count - 1]?.text ?? '') !== firstShape;
      trimmed++
    )
      count--;
  }
  return count >= VERSE_LINES_MIN ? count : 0;
}

/**
 * Joins each paragraph that ends mid-sentence with the plain paragraph that follows it:
 * `…全部工业增加值占` + `地区生产总值的29.9%。` → `…全部工业增加值占地区生产总值的29.9%。`.
 * The next unit must be a paragraph without a dateline; a marker, byline or headline stops the join.
 */
export function joinBrokenParagraphs(
  units: readonly ClassifiedUnit[],
  options: JoinOptions = {},
): ClassifiedUnit[] {
  const out: ClassifiedUnit[] = [];
  const layout = options.layout ?? NO_LAYOUT;
  // Headline-shaped lines found to continue into the text under them: joined without asking again.
  const heads = new WeakSet<ClassifiedUnit>();
  const commaLines = units
    .filter((unit) => unit.role === 'heading' && hasClausePunctuation(unit.text))
    .map((unit) => visibleLength(unit.text));
  // Inside a feature under a byline block or a story continued from another page (`（上接第一版）`),
  // where subheadings occur: a comma line right under a subheading, or a line whose next text
  // starts mid-sentence, is the head of the section's first paragraph (`财政支出取得新成效` /
  // `在何铺社区,向军正忙着` + `清点莲都红提,…`; `聚焦未来图景` / `…幼儿园项目正式对外` + `开放,…`),
  // not the title of a new piece.
  let inFeature = false;
  // Lines of verse or a list quoted after a colon: each stays a paragraph of its own.
  const verse = new WeakSet<ClassifiedUnit>();
  let verseLeft = 0;
  for (let i = 0; i < units.length; i++) {
    const source = units[i];
    if (source === undefined) continue;
    let unit = source;
    const previous = out[out.length - 1];
    const next = units[i + 1];
    // Verse follows a colon (`我写下这样的句子：`), or a poet's byline under a poem's title.
    if (verseLeft === 0 && previous?.role === 'paragraph' && endsWithOneOf(previous.text, '：:')) {
      verseLeft = verseAfter(units, i);
    } else if (verseLeft === 0 && previous !== undefined && isWriterByline(previous)) {
      if (out[out.length - 2]?.role === 'heading') verseLeft = verseAfter(units, i, true);
    }
    if (verseLeft > 0 && roleOfUnit(layout, unit.start, unit.end) === undefined) {
      verseLeft--;
      unit = { ...unit, role: 'paragraph' };
      verse.add(unit);
      out.push(unit);
      continue;
    }
    // A line whose role an editor gave keeps it; a join an editor stated is made, whatever the roles.
    const given = roleOfUnit(layout, unit.start, unit.end) !== undefined;
    const forced = previous !== undefined && isJoined(layout, previous.start, previous.end, unit.start);
    if (forced && previous !== undefined) {
      const text = joinPieces(previous.text, unit.text);
      out[out.length - 1] = {
        ...previous,
        role: 'paragraph',
        text,
        end: unit.end,
        dateline: parseDateline(text),
      };
      continue;
    }
    if (given) {
      out.push(unit);
      continue;
    }
    // `（上接第一版）` stands where the continued text resumes, like a byline over its first paragraph.
    const afterByline =
      previous?.role === 'byline' ||
      previous?.marker?.direction === 'from' ||
      (previous?.role === 'heading' && isBareName(previous.text) && out[out.length - 2]?.role === 'heading');
    // The text continued under a title and `（上接第一版）` resumes mid-paragraph, often mid-word
    // (`…负责人单云金告` + `诉记者,…`): a headline-shaped line there, before plain text, is its head.
    // (A marker printed above the title, with no headline before it, proves nothing.)
    const resumesContinuation =
      unit.role === 'heading' &&
      previous?.marker?.direction === 'from' &&
      out[out.length - 2]?.role === 'heading' &&
      next?.role === 'paragraph' &&
      next.dateline === null;
    // A bare number is a folio only where a page or column ended: between the halves of a broken
    // paragraph, or outside running text. Between finished paragraphs it numbers a list item.
    if (
      unit.role === 'furniture' &&
      isBareNumber(unit.text) &&
      roleOfUnit(layout, unit.start, unit.end) === undefined
    ) {
      let k = out.length - 1;
      while (out[k]?.role === 'furniture') k--;
      const before = out[k];
      if (before?.role === 'paragraph' && endsSentence(before.text) && next?.role === 'paragraph') {
        unit = { ...unit, role: 'paragraph' };
      }
    }
    // (A line ending in a colon over a list of short lines leads the list: `最终排名：` / `冠军 青禾县` / ….)
    const leadsList = endsWithOneOf(unit.text, '：:') && verseAfter(units, i + 1) > 0;
    if (isExclaimedHeadline(unit, previous, next, out[out.length - 2]) && !leadsList) {
      unit = { ...unit, role: 'heading' };
    } else if (
      unit.role === 'heading' &&
      previous?.role === 'paragraph' &&
      next?.role === 'paragraph' &&
      PERSON_LINE.test(unit.text)
    ) {
      // A person's line between paragraphs is a paragraph of its own, not a subheading.
      unit = { ...unit, role: 'paragraph' };
    } else if (
      resumesContinuation ||
      isBrokenParagraphHead(unit, previous, next, afterByline, options, commaLines)
    ) {
      unit = { ...unit, role: 'paragraph' };
      heads.add(unit);
    } else if (
      inFeature &&
      unit.role === 'heading' &&
      previous?.role === 'heading' &&
      out[out.length - 2]?.role === 'paragraph' &&
      next?.role === 'paragraph' &&
      next.dateline === null &&
      !LETTER_SALUTATION.test(next.text) &&
      // (A bare name there is a 副刊 writer's byline under the next essay's title, not text.)
      (hasClausePunctuation(unit.text) || (startsMidSentence(next.text) && !isBareName(unit.text)))
    ) {
      unit = { ...unit, role: 'paragraph' };
      heads.add(unit);
    }
    if (unit.role === 'byline' || unit.marker?.direction === 'from') inFeature = true;
    else if (
      unit.dateline !== null ||
      unit.marker !== null ||
      (unit.role === 'heading' && previous?.role === 'heading')
    ) {
      inFeature = false;
    }
    // Page furniture between the halves of a paragraph (a running head or folio where the page or
    // column ended) stays a fragment of its own, and the halves still join across it.
    let lastIndex = out.length - 1;
    if (unit.role === 'paragraph') while (out[lastIndex]?.role === 'furniture') lastIndex--;
    const last = out[lastIndex];
    if (
      last !== undefined &&
      last.role === 'paragraph' &&
      !verse.has(last) &&
      roleOfUnit(layout, last.start, last.end) === undefined &&
      !endsSentence(last.text) &&
      unit.role === 'paragraph' &&
      unit.dateline === null &&
      (heads.has(last) ||
        continues(
          last.text,
          unit.text,
          {
            heading: false,
            underHeadline: out[lastIndex - 1]?.role === 'heading',
            siblings: false,
            afterFinishedText:
              out[lastIndex - 1]?.role === 'paragraph' && endsSentence(out[lastIndex - 1]?.text ?? ''),
          },
          options,
        ))
    ) {
      const text = joinPieces(last.text, unit.text);
      // A break inside the credit (`本报讯(记者 夏勇` + `辉 蔡泽)活动现场…`) is read again whole.
      const dateline = last.dateline === null ? null : parseDateline(text);
      out[lastIndex] = { ...last, text, end: unit.end, dateline };
      continue;
    }
    out.push(unit);
  }
  return out;
}
