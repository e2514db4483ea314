// Pass 3 of parsePage: turns blocks into units, the pieces later passes classify. A block is
// usually one unit; a block holding several lines is cut after each finished sentence and
// around markers, bylines and datelines, and its wrapped lines are put back together.
import type { Block, SourceLine } from './blocks';
import { endsSentence, joinPieces } from './chars';
import { parseByline, parseDateline } from './bylines';
import { splitAtMarkers, type ContinuationMarker } from './markers';
import type { Unit } from './unit';
import { isCaption, isFurniture, isTrailer } from './classify';
import { cutsAfter, cutsBefore, NO_LAYOUT, type PageLayout } from './layout';

// A line that must stand alone even inside a block: a byline or a dateline starts a new unit,
// because extraction sometimes drops the blank line between `记者 濮小燕` and the first paragraph.
function startsOwnUnit(text: string): boolean {
  return parseDateline(text) !== null || parseByline(text) !== null || standsAlone(text);
}

// Lines that are whole units wherever they stand: a caption, a trailer such as
// `（本报北京3月5日电）`, a desk line, a numbered subheading `一、稳字当头`, a bracketed line.
function standsAlone(text: string): boolean {
  return (
    isCaption(text) ||
    isTrailer(text) ||
    isFurniture(text) ||
    /^[一二三四五六七八九十]{1,3}、/.test(text) ||
    /^[(（][^()（）]{1,60}[)）]$/.test(text)
  );
}

// Adds the unit made of `lines` (wrapped lines put back together); false when there are none.
// (Module-level functions, not closures per block: this runs for every block of every page.)
function pushUnit(units: Unit[], lines: readonly SourceLine[], blockStart: boolean): boolean {
  const head = lines[0];
  const tail = lines[lines.length - 1];
  if (head === undefined || tail === undefined) return false;
  let text = '';
  for (const line of lines) text = joinPieces(text, line.text);
  units.push({ text, start: head.line, end: tail.line, blockStart, marker: null });
  return true;
}

// (Furniture is one short line: longer blocks are not joined to be tested.)
const FURNITURE_MAX = 60;
function isWrappedFurniture(block: Block, layout: PageLayout): boolean {
  if (block.lines.length < 2 || block.lines.some((line) => cutsBefore(layout, line.line))) return false;
  let length = 0;
  for (const line of block.lines) length += line.text.length;
  return length <= FURNITURE_MAX && isFurniture(block.lines.map((line) => line.text).reduce(joinPieces, ''));
}

const endsInClauseComma = (text: string): boolean => /[，,、]$/.test(text);

function allIndented(lines: readonly SourceLine[]): boolean {
  for (const line of lines) if (!line.indented) return false;
  return true;
}

/**
 * Cuts each block into units. Inside a block, a line that ends a sentence ends its unit (one
 * paragraph per line), and a line that does not is a wrap: `迈向现代化生态经济` + `发展新型轨道`
 * is one two-line headline, `…全部工业增加值占` + `地区生产总值的29.9%。` one paragraph.
 */
export function blocksToUnits(blocks: readonly Block[], layout: PageLayout = NO_LAYOUT): Unit[] {
  const units: Unit[] = [];
  for (const block of blocks) {
    // Page furniture wrapped over two lines (`扫码关注“丽水日报”微信公众号` / `获取更多本地资讯`) is one unit.
    if (isWrappedFurniture(block, layout)) {
      pushUnit(units, block.lines, true);
      continue;
    }
    // Markers first: `…特色产业。(下转第七版)` leaves the sentence and a marker unit.
    const pieces: { line: SourceLine; marker: ContinuationMarker | null }[] = [];
    for (const line of block.lines) {
      for (const piece of splitAtMarkers(line.text)) {
        pieces.push({ line: { ...line, text: piece.text }, marker: piece.marker });
      }
    }
    let current: SourceLine[] = [];
    let first = true;
    // Every line indented: a page set one paragraph (or headline) per line without blank lines.
    const linePerUnit = block.lines.length > 1 && allIndented(block.lines);
    for (const { line, marker } of pieces) {
      if (marker !== null) {
        if (pushUnit(units, current, first)) first = false;
        current = [];
        units.push({ text: line.text, start: line.line, end: line.line, blockStart: first, marker });
        first = false;
        continue;
      }
      const previous = current[current.length - 1];
      if (
        previous !== undefined &&
        // A line cut after a clause comma goes on below, whatever the next line's shape: a photo
        // caption wrapped before its credit (`…八百余亩，` / `年产值突破千万元。 记者 周原 摄`).
        !(
          endsInClauseComma(previous.text) &&
          !cutsBefore(layout, line.line) &&
          !cutsAfter(layout, previous.line)
        ) &&
        (linePerUnit ||
          // An editor's layout correction names this line or the one before: each is a unit of its own.
          cutsBefore(layout, line.line) ||
          cutsAfter(layout, previous.line) ||
          endsSentence(previous.text) ||
          startsOwnUnit(line.text) ||
          parseByline(previous.text) !== null ||
          standsAlone(previous.text) ||
          // A `　　` indent opens a paragraph: pages without blank lines still show where one starts
          // (unless every line is indented, which says nothing).
          (line.indented && !previous.indented) ||
          // A dash-led line under a headline is its subtitle `——访全国人大代表钟海燕`, not a wrap.
          /^[—－]{2}/.test(line.text))
      ) {
        if (pushUnit(units, current, first)) first = false;
        current = [];
      }
      current.push(line);
    }
    pushUnit(units, current, first);
  }
  return units;
}
