// Reads a run of consecutive headline-shaped lines between body text: which lines are the new
// article's headline stack 引题/主题/副题, and which are printed between that stack and the body —
// the writer's line, a commentary's summary lines 提要, a box label such as 核心阅读. Used by segment.
import type { ClassifiedUnit } from './unit';
import { hasClausePunctuation, visibleLength } from './chars';
import { parseWriterLine, type Byline } from './bylines';
import { TITLE_TAG, isBannerShape, isDashLed } from './headings';
import { isNumberedHeading } from './numbering';

/** A line printed between the headline stack and the body. */
export type FrontLine =
  | { kind: 'writer'; unit: ClassifiedUnit; byline: Byline }
  | { kind: 'deck'; unit: ClassifiedUnit } // 提要: a summary line, a body paragraph
  | { kind: 'label'; unit: ClassifiedUnit }; // 核心阅读, 扫码看视频: a box label, a subheading

/** A headline run split into the stack (1–3 lines, top first) and what follows it. */
export interface HeadlineRun {
  stack: ClassifiedUnit[];
  front: FrontLine[];
}

// Box labels set between a headline and its body: `核心阅读`, `编者按`, `内容提要`, `扫码看视频`.
const BOX_LABEL =
  /^(?:核心阅读|内容提要|提要|编者按|编者的话|阅读提示|导读|导语|相关链接|新闻链接|链接|延伸阅读|记者手记|小贴士|背景资料|(?:扫码|扫描二维码|长按二维码|扫一扫)\S{0,16})$/;

/** The stock titles of a box of short items, as papers print them: 速览, 资讯速递, 简讯, 数读. */
export const ITEM_BOX_TITLE =
  /^(?:\p{Script=Han}{0,4}(?:速览|速递|简讯|快讯|短讯|集锦|快递|简报)|数读|数说|一句话新闻)$/u;

/** True for a box label printed between a headline and its body: `核心阅读`, `编者按`, `扫码看视频`. */
export function isBoxLabel(text: string): boolean {
  return BOX_LABEL.test(text);
}

/**
 * True for a line that leads into the title under it: it ends in a dash or colon
 * (`北京、福建推进第二批主题教育——`, `习近平强调：`), or it is a short tag (`溪口镇`).
 */
export function isKickerShape(text: string): boolean {
  return /(?:——|[：:])$/.test(text) || isBannerShape(text);
}

/**
 * True for a summary line 提要 under a commentary's title: a clause comma, no leading dash (a
 * `——…` line is a subtitle), no trailing dash (a kicker), and at least 12 characters.
 * `校外托管点关系孩子健康,监管不能只在开学前查一次`.
 */
export function isDeckLine(text: string): boolean {
  // A comma inside a title's column tag (`…（产经观察·防控疫情，企业在行动②）`) is the tag's.
  const untagged = text.replace(TITLE_TAG, '');
  return (
    hasClausePunctuation(untagged) &&
    !/^[—－-]/.test(text) &&
    !/——$/.test(text) &&
    visibleLength(untagged) >= 12
  );
}

/**
 * Splits a run of headline lines that opens an article. The stack is read from the top: a kicker
 * first when the top line leads into a title, then the title, then at most one more line; once the
 * title is read, a writer's line, a summary line or a box label starts the front matter, and so does
 * any line past the third. Front matter keeps page order.
 */
export function readHeadlineRun(lines: readonly ClassifiedUnit[]): HeadlineRun {
  const stack: ClassifiedUnit[] = [];
  const front: FrontLine[] = [];
  for (const unit of lines) {
    // A box of short items (`速览`) is titled by its stock name; the first item's title is text.
    const boxTitle = stack.length === 1 && ITEM_BOX_TITLE.test(stack[0]?.text ?? '');
    const titleRead =
      boxTitle || stack.length >= 2 || (stack.length === 1 && !isKickerShape(stack[0]?.text ?? ''));
    // A writer's line ends the stack even under a short title (`我的老师` / `讲述人：陈立民`).
    const writer = stack.length >= 1 ? parseWriterLine(unit.text) : null;
    if (
      front.length > 0 ||
      stack.length === 3 ||
      writer !== null ||
      boxTitle ||
      (titleRead && (isFrontOnly(unit.text) || isStackClosed(stack, unit.text)))
    ) {
      front.push(frontLine(unit, writer, boxTitle));
    } else {
      stack.push(unit);
    }
  }
  return { stack, front };
}

// Whether the stack read so far is complete before `text`: a subtitle (`——…`) ends it, and a
// title closed by a column tag (`…（人民时评）`) takes only a dash-led subtitle under it.
function isStackClosed(stack: readonly ClassifiedUnit[], text: string): boolean {
  const last = stack[stack.length - 1]?.text ?? '';
  if (isDashLed(last) && stack.length >= 2) return true;
  return TITLE_TAG.test(last) && !isDashLed(text);
}

function isFrontOnly(text: string): boolean {
  // A numbered line under a title opens the text's first section (`①总则编`).
  return isDeckLine(text) || isBoxLabel(text) || isNumberedHeading(text);
}

function frontLine(unit: ClassifiedUnit, writer: Byline | null, itemTitle = false): FrontLine {
  const byline = writer ?? parseWriterLine(unit.text);
  if (byline !== null) return { kind: 'writer', unit, byline };
  return isBoxLabel(unit.text) || itemTitle ? { kind: 'label', unit } : { kind: 'deck', unit };
}
