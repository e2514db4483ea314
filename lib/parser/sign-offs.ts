// Pass 7 of parsePage: finds the sign-off 落款 that closes a letter, notice or appeal — the
// formula `此致` / `敬礼！`, who signs (`青禾县人民政府`, `患者家属 陈小红`) and the date
// (`2024年5月6日`, `二〇二四年五月六日`, `2024年4月 于青禾`) — and marks its lines as credits, so
// that segment keeps them in the piece they close instead of reading them as the next headline.
// It runs after join (roles are settled) and before segment.
import { visibleLength } from './chars';
import { NO_LAYOUT, isUngiven, type PageLayout } from './layout';
import type { ClassifiedUnit } from './unit';
import type { Byline } from './bylines';

// A date alone on a line, as a sign-off prints it: Arabic or Chinese numerals, the day optional,
// and optionally where it was written (`于青禾`, `写于龙泉`).
const NUMERAL = '[0-9０-９〇零一二三四五六七八九十]';
const SIGN_OFF_DATE = new RegExp(
  `^(?:${NUMERAL}{2,4}年)?${NUMERAL}{1,2}月(?:${NUMERAL}{1,3}日)?(?:\\s?(?:写|作)?于\\p{Script=Han}{2,8})?$`,
  'u',
);
// The closing formula of a letter: `此致` over `敬礼！`.
const SALUTE = /^(?:此致|敬礼[！!]?)$/;
// Contact lines printed above the signer of a notice: `联系电话：0578-8123456 联系人：徐老师`.
const CONTACT_LINE = /^(?:联系电话|联系人|咨询电话|报名电话|地址|邮编|电子邮箱)\s?[:：]/;
// Who signs: a short line without a clause or sentence mark (an office, a society, `读者 王建平`).
const SIGNER_MAX = 30;
const SIGNERS_MAX = 3;
const SIGN_OFF_LINE_MAX = 60;

function isSignerLine(unit: ClassifiedUnit): boolean {
  return (
    (unit.role === 'heading' || unit.role === 'paragraph' || unit.role === 'byline') &&
    unit.dateline === null &&
    unit.marker === null &&
    // (The code-unit length first: a paragraph is far too long, and counting it costs a scan.)
    unit.text.length <= SIGNER_MAX * 2 &&
    visibleLength(unit.text) <= SIGNER_MAX &&
    !/[，,。；;！？!?、“”"]/.test(unit.text)
  );
}

const isText = (unit: ClassifiedUnit | undefined): boolean => unit?.role === 'paragraph';

// What may stand under a sign-off: the next headline, page furniture or a desk credit, or the page's end. (Under a
// letter quoted in a report, a trailer and the report's text go on: `（新华社…电）`.)
const endsPiece = (unit: ClassifiedUnit | undefined): boolean =>
  unit === undefined || unit.role === 'heading' || unit.role === 'furniture' || unit.role === 'credit';

// A reader's signature: `读者 王建民`, `枫源区 读者 王建民`.
const READER_SIGNATURE = /^(?:(\p{Script=Han}{2,8})\s)?读者\s(\p{Script=Han}{2,4})$/u;
// A name of two or three Han characters that is no place (`晓川`, not `溪口镇`).
const SIGNED_NAME = /^\p{Script=Han}{2,3}$/u;
const PLACE_END = /[省市县区镇乡村街]$/;

function readSignature(unit: ClassifiedUnit, units: readonly ClassifiedUnit[], after: number): Byline | null {
  if (unit.role !== 'heading' && unit.role !== 'paragraph') return null;
  const next = units[after];
  // (A dated signature is a sign-off, (2) above, or a letter quoted in a report.)
  if (!endsPiece(next) || SIGN_OFF_DATE.test(next?.text ?? '')) return null;
  const reader = READER_SIGNATURE.exec(unit.text);
  if (reader !== null)
    return { text: unit.text, authors: [{ name: reader[2] ?? '', role: '读者' }], official: false };
  // (A short line over the next headline may be a box's title, a banner or a kicker: only the page's
  // furniture or end under it makes a lone name a signature.)
  if (!SIGNED_NAME.test(unit.text) || PLACE_END.test(unit.text) || next?.role === 'heading') return null;
  return { text: unit.text, authors: [{ name: unit.text, role: '作者' }], official: false };
}

/**
 * Marks the sign-off lines of letters and notices as credits (role `credit`), in a new array:
 * after body text, (1) `此致` / `敬礼！` and up to three signer lines under them, with a date line
 * if one follows; (2) up to three signer or contact lines over a date line; (3) a date line alone;
 * (4) a writer's signature (`读者 王建民`; a name such as `晓川` over the page's furniture or end)
 * becomes a byline (role `byline`), which segment gives the piece above.
 * A sign-off counts only where the piece ends under it: the next headline, page furniture or the
 * page's end (under a diary's date its entry goes on; under a letter quoted in a report, the
 * report). Lines whose role an editor gave keep it. Newspaper practice: a 落款 is
 * the signer, then the date, under the text (GB/T 9704-2012, 7.3.5, for official documents;
 * letters add the formula 此致 敬礼).
 */
export function markSignOffs(
  units: readonly ClassifiedUnit[],
  layout: PageLayout = NO_LAYOUT,
): ClassifiedUnit[] {
  const out = [...units];
  const free = (k: number): boolean => isUngiven(layout, out[k]);
  const mark = (from: number, to: number): void => {
    for (let k = from; k <= to; k++) {
      const unit = out[k] as ClassifiedUnit;
      out[k] = { ...unit, role: 'credit', byline: null };
    }
  };
  for (let i = 1; i < out.length; i++) {
    // (Every sign-off line is short: paragraphs of text are passed over without a regex.)
    if (!isText(out[i - 1]) || (out[i]?.text.length ?? 0) > SIGN_OFF_LINE_MAX || !free(i)) continue;
    const unit = out[i] as ClassifiedUnit;
    // (1) The formula, then who signs and when.
    if (SALUTE.test(unit.text)) {
      let end = i;
      while (end + 1 < out.length && SALUTE.test(out[end + 1]?.text ?? '') && free(end + 1)) end++;
      let signers = 0;
      while (signers < SIGNERS_MAX && free(end + 1) && isSignerLine(out[end + 1] as ClassifiedUnit)) {
        const after = out[end + 2];
        // (A signer line over text is a headline over its story, not a signature.)
        if (isText(after) && !SIGN_OFF_DATE.test(out[end + 1]?.text ?? '')) break;
        end++;
        signers++;
      }
      if (endsPiece(out[end + 1])) mark(i, end);
      i = end;
      continue;
    }
    // (2) and (3): signer or contact lines, then the date, with no text under it.
    let date = i;
    while (
      date - i < SIGNERS_MAX &&
      free(date) &&
      !SIGN_OFF_DATE.test(out[date]?.text ?? '') &&
      (isSignerLine(out[date] as ClassifiedUnit) || CONTACT_LINE.test(out[date]?.text ?? ''))
    )
      date++;
    const dateUnit = out[date];
    if (
      dateUnit !== undefined &&
      free(date) &&
      dateUnit.role !== 'marker' &&
      SIGN_OFF_DATE.test(dateUnit.text) &&
      endsPiece(out[date + 1])
    ) {
      mark(i, date);
      i = date;
      continue;
    }
    // (4) A writer's signature under the text: a reader's line, or a name alone.
    const signature = readSignature(unit, out, i + 1);
    if (signature !== null) {
      out[i] = { ...unit, role: 'byline', byline: signature };
    }
  }
  return out;
}
