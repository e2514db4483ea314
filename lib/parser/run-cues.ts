// The cues that tell a subheading 小标题 from the headline of the next article, for a run of one or
// two headline lines standing inside an article's text. Each cue is a habit of page setting; the
// subheading model (model/subheading.json, trained by scripts/train-parser-models.ts) weighs them.
import type { ClassifiedUnit } from './unit';
import { endsSentence, hasClausePunctuation, visibleLength } from './chars';
import { echoShare, pairShare } from './junction-cues';
import { parseWriterLine } from './bylines';
import type { Draft, SectionHead } from './draft';
import { isDeckLine } from './headline-run';
import { PICTURE_ITEM_TITLE, TITLE_TAG, isDashLed } from './headings';
import { isNumberedHeading, isSectionNumeral } from './numbering';
import { bit, clip, type Features } from './model/logistic';

/**
 * How many paragraphs (captions and credits between them skipped) follow from `units[from]` before
 * the next headline, byline or marker, counted up to `max` (default 3).
 */
export function paragraphsBelow(units: readonly ClassifiedUnit[], from: number, max = 3): number {
  let count = 0;
  for (let k = from; k < units.length && count < max; k++) {
    const role = units[k]?.role;
    if (role === 'paragraph') count++;
    else if (role !== 'caption' && role !== 'credit') break;
  }
  return count;
}

// The next headline run after at least one paragraph below `from`: where it starts and ends, or
// null at the page's end.
function nextRunBelow(units: readonly ClassifiedUnit[], from: number): { start: number; end: number } | null {
  let start = from;
  while (start < units.length && units[start]?.role !== 'heading') start++;
  let end = start;
  while (units[end]?.role === 'heading') end++;
  return end > start && start > from ? { start, end } : null;
}

/**
 * True when `run` is one of a series of section heads in `current`: with the heads of the same
 * shape read before it in the article and those that follow in the same stretch of text (no
 * dateline, byline, credit, trailer or marker between), at least `SERIES_MIN` runs with as many
 * lines, first lines within three characters of each other, none closed by a column tag, each with
 * text under it. A feature's parts are headed alike (`道路蜿蜒` … `空中花园` … `动物王国`); separate
 * articles are told apart by bylines, datelines or tags, and a run set like the article's own
 * kicker and title is the next of a series of items (company profiles), not a section.
 */
export function inSeries(
  run: readonly ClassifiedUnit[],
  current: Draft,
  units: readonly ClassifiedUnit[],
  from: number,
): boolean {
  if (run[0] === undefined || mirrorsStack(run, current.article)) return false;
  const mine = sectionHeadOf(run);
  // Alike: as many lines, and first lines of about one length or both led by a label (`超市：…`);
  // or both short labels (`绣乡`, `绣品街`), with or without a summary line under them.
  const alikeShape = (head: SectionHead) =>
    (head.firstLength <= SHORT_LABEL_MAX && mine.firstLength <= SHORT_LABEL_MAX) ||
    (head.lines === mine.lines &&
      (Math.abs(head.firstLength - mine.firstLength) <= 3 || (head.labelled && mine.labelled)));
  // A part of a feature runs to a few paragraphs; one or two under each title are news items.
  if (plainParagraphsFrom(units, from) < SECTION_PARAGRAPHS_MIN) return false;
  const behind = current.sectionHeads.filter(alikeShape);
  // Heads that share a frame (`这一年，是…的一年`) admit no run outside it (`普京国情咨文…`).
  if (
    behind.length >= 2 &&
    !fitsFrame(
      behind.map((head) => head.first),
      mine.first,
    )
  )
    return false;
  let similar = behind.length;
  let k = from;
  while (k < units.length && similar < SERIES_MIN - 1) {
    const unit = units[k] as ClassifiedUnit;
    if (unit.role === 'paragraph' && unit.dateline === null) {
      k++;
      continue;
    }
    if (unit.role !== 'heading') break;
    let end = k;
    while (units[end + 1]?.role === 'heading') end++;
    const lines = units.slice(k, end + 1);
    const alike =
      alikeShape(sectionHeadOf(lines)) &&
      !lines.some((line) => TITLE_TAG.test(line.text)) &&
      plainParagraphsFrom(units, end + 1) >= SECTION_PARAGRAPHS_MIN;
    if (!alike) break;
    similar++;
    k = end + 1;
  }
  return similar >= SERIES_MIN - 1;
}

// How many plain (undated) paragraphs stand in a row from `units[from]`.
function plainParagraphsFrom(units: readonly ClassifiedUnit[], from: number): number {
  let count = 0;
  while (units[from + count]?.role === 'paragraph' && units[from + count]?.dateline === null) count++;
  return count;
}
const SECTION_PARAGRAPHS_MIN = 2;
const SERIES_MIN = 3;
const SHORT_LABEL_MAX = 4;

/** The shape of a run of headline lines, as `inSeries` compares them. */
export function sectionHeadOf(run: readonly ClassifiedUnit[]): SectionHead {
  const first = run[0]?.text ?? '';
  return { lines: run.length, firstLength: visibleLength(first), labelled: LABEL_LED.test(first), first };
}
// Whether `text` keeps the frame the `heads` share: their common first two or last two
// characters, when they have one.
function fitsFrame(heads: readonly string[], text: string): boolean {
  const shared = (cut: (head: string) => string) => {
    const frame = cut(heads[0] ?? '');
    return frame.length === 2 && heads.every((head) => cut(head) === frame) ? frame : null;
  };
  const prefix = shared((head) => head.slice(0, 2));
  const suffix = shared((head) => head.slice(-2));
  return (prefix === null || text.startsWith(prefix)) && (suffix === null || text.endsWith(suffix));
}

// A head led by a short label and a colon: `超市：蔬菜价格平稳`, `火车站：…`.
const LABEL_LED = /^\p{Script=Han}{1,4}[：:]/u;

// Two lines set like the open article's own kicker and title (`保利发展控股` / `提供优质服务…`
// after `中国银联` / `发挥科技优势…`): the next of a series of items.
function mirrorsStack(run: readonly ClassifiedUnit[], article: Draft['article']): boolean {
  const [first, second] = run;
  return (
    first !== undefined &&
    second !== undefined &&
    run.length === 2 &&
    article.kicker !== null &&
    Math.abs(visibleLength(article.kicker) - visibleLength(first.text)) <= 3 &&
    Math.abs(visibleLength(article.title) - visibleLength(second.text)) <= 4
  );
}

// Whether the next headline run repeats this one's shape, as a series of subheadings does: as
// many lines, lengths within three characters, no column tag, and no dateline under it.
function repeatsBelow(
  run: readonly ClassifiedUnit[],
  units: readonly ClassifiedUnit[],
  from: number,
): boolean {
  const below = nextRunBelow(units, from);
  if (below === null || below.end - below.start !== run.length) return false;
  if (units[below.end]?.dateline != null) return false;
  return run.every((mine, k) => {
    const unit = units[below.start + k];
    return (
      unit !== undefined &&
      !TITLE_TAG.test(unit.text) &&
      Math.abs(visibleLength(unit.text) - visibleLength(mine.text)) <= 3
    );
  });
}

// The open article's headline and text so far, as one string.
function articleText(article: Draft['article']): string {
  const parts = [article.kicker ?? '', article.title, article.subtitle ?? ''];
  for (const block of article.body) parts.push(block.text);
  return parts.join('');
}

/**
 * The cues of a run of headline lines `run` that stands inside the text of `current`, with
 * `units[next]` the first unit after the run. Values are 0/1 for yes/no cues and small scaled
 * numbers for lengths and counts; names are stable (the model's weights are keyed by them).
 */
export function subheadingCues(
  run: readonly ClassifiedUnit[],
  current: Draft,
  units: readonly ClassifiedUnit[],
  next: number,
): Features {
  const [first, second] = run;
  const firstText = first?.text ?? '';
  const secondText = second?.text ?? '';
  const article = current.article;
  const body = article.body;
  const lastBlock = body[body.length - 1];
  const subheadings = body.filter((block) => block.type === 'subheading');
  const previousSubheading = subheadings[subheadings.length - 1];
  const paragraphs = body.length - subheadings.length;
  const below = units[next]?.text ?? '';
  const texts = run.map((unit) => unit.text);
  return {
    twoLines: bit(run.length === 2),
    pictureTitle: bit(texts.some((text) => PICTURE_ITEM_TITLE.test(text))),
    kickerDash: bit(run.length === 2 && /——$/.test(firstText)),
    leadingDash: bit(texts.some(isDashLed)),
    numbered: bit(isNumberedHeading(firstText) || isSectionNumeral(firstText)),
    veryShort: bit(visibleLength(firstText) <= 4),
    firstLength: clip(visibleLength(firstText) / 20, 3),
    secondLength: clip(visibleLength(secondText) / 20, 3),
    comma: bit(texts.some((text) => hasClausePunctuation(text))),
    spaced: bit(/\S \S/.test(firstText) && visibleLength(firstText) > 4),
    quoted: bit(/^[“"]/.test(firstText) && /[”"]$/.test(firstText)),
    exclaimed: bit(texts.some((text) => /[！？!?]$/.test(text))),
    secondDeck: bit(second !== undefined && isDeckLine(secondText)),
    secondWriter: bit(second !== undefined && parseWriterLine(secondText) !== null),
    dated: bit(article.dateline !== null),
    bylined: bit(article.byline !== null),
    headed: bit(article.kicker !== null || article.subtitle !== null || article.column !== null),
    tagged: bit(TITLE_TAG.test(article.title)),
    // A brief: a bare one-line title over plain text, with nothing else printed around it.
    bare: bit(
      article.byline === null &&
        article.dateline === null &&
        article.kicker === null &&
        article.subtitle === null &&
        article.column === null &&
        !TITLE_TAG.test(article.title),
    ),
    shortSoFar: bit(paragraphs <= 2),
    hasSubheadings: bit(previousSubheading !== undefined),
    parallel: bit(
      previousSubheading !== undefined &&
        Math.abs(visibleLength(previousSubheading.text) - visibleLength(texts.join(' '))) <= 3,
    ),
    parallelBelow: bit(repeatsBelow(run, units, next)),
    mirrorsStack: bit(mirrorsStack(run, article)),
    paragraphsSoFar: clip(Math.log2(1 + paragraphs) / 4, 2),
    lastEndsSentence: bit(lastBlock !== undefined && endsSentence(lastBlock.text)),
    oneParagraphBelow: bit(paragraphsBelow(units, next) === 1),
    echoed: clip(echoShare(texts.join(''), below), 1),
    // A subheading speaks of its article's subject; the next article's title, of another one.
    // (A label of a few characters, `空中花园`, has too few pairs to tell: it is left out.)
    echoesAbove:
      visibleLength(texts.join('')) >= 6 ? clip(pairShare(texts.join(''), articleText(article)), 1) : 0,
  };
}
