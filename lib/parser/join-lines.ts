// Pass 5 of parsePage: joins paragraphs that the extraction broke mid-sentence across columns.
// It runs after classify (it must know a dateline or byline from text) and before segment, so
// that a broken piece like `做强中心城市,建造区域增长` is never mistaken for a subheading.
import type { ClassifiedUnit } from './classify';
import { endsSentence, hasClausePunctuation, joinPieces } from './chars';
import { parseDateline } from './bylines';

// A headline-shaped unit with a clause comma, standing between two plain paragraphs, is the head
// of a paragraph the column break cut short: `做强中心城市,建造区域增长` + `极的火车头。…`.
// Headlines with commas exist (`稳字当头，进字为先`), but they stand after other headlines, a
// byline... no: after a byline comes text, so a comma line there is the body's broken head too
// (`遂昌茶山社区数字化改革全面,城市书房繁` + `忙,…`). Otherwise a comma headline stands after other
// headlines or the page top, or before a byline or dateline — never inside running text.
function isBrokenParagraphHead(
  unit: ClassifiedUnit,
  previous: ClassifiedUnit | undefined,
  next: ClassifiedUnit | undefined,
): boolean {
  // A headline never stands right above `(下转…)`: the line there is the body cut off where the
  // column ends (`…时尚产业以及` + `(下转第七版)`), which is where a jump usually falls.
  if (unit.role === 'heading' && previous?.role === 'paragraph' && next?.marker?.direction === 'on')
    return true;
  return (
    unit.role === 'heading' &&
    hasClausePunctuation(unit.text) &&
    (previous?.role === 'paragraph' || previous?.role === 'byline') &&
    next?.role === 'paragraph' &&
    next.dateline === null
  );
}

/**
 * Joins each paragraph that ends mid-sentence with the plain paragraph that follows it:
 * `…全部工业增加值占` + `地区生产总值的29.9%。` → `…全部工业增加值占地区生产总值的29.9%。`.
 * The next unit must be a paragraph without a dateline; a marker, byline or headline stops the join.
 */
export function joinBrokenParagraphs(units: readonly ClassifiedUnit[]): ClassifiedUnit[] {
  const out: ClassifiedUnit[] = [];
  for (let i = 0; i < units.length; i++) {
    const source = units[i];
    if (source === undefined) continue;
    let unit = source;
    if (isBrokenParagraphHead(unit, out[out.length - 1], units[i + 1])) unit = { ...unit, role: 'paragraph' };
    const last = out[out.length - 1];
    if (
      last !== undefined &&
      last.role === 'paragraph' &&
      !endsSentence(last.text) &&
      unit.role === 'paragraph' &&
      unit.dateline === null
    ) {
      const text = joinPieces(last.text, unit.text);
      // A break inside the credit (`本报讯(记者 夏勇` + `辉 蔡泽)活动现场…`) is read again whole.
      const dateline = last.dateline === null ? null : parseDateline(text);
      out[out.length - 1] = { ...last, text, end: unit.end, dateline };
      continue;
    }
    out.push(unit);
  }
  return out;
}
