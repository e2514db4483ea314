// Display normalisation of punctuation: ASCII `, ( ) : ; ? !` set inside Chinese text become
// their full-width forms, while numbers (`8.0%`, `1225.56万元`, `10:30`, `1,000`) stay intact.
// Applied by parse-page to every string it outputs, after segmentation has read the raw shapes.

/** The full-width form of each ASCII mark that display normalisation converts. */
export const FULL_WIDTH: Readonly<Record<string, string>> = {
  ',': '，',
  '(': '（',
  ')': '）',
  ':': '：',
  ';': '；',
  '?': '？',
  '!': '！',
};
// `, ( ) : ; ? !`: found by the regex engine, which skips the text between them faster than a
// loop over code units.
const CANDIDATES = /[,():;?!]/g;

// Chinese context by code unit: Han (incl. extension A and compatibility), CJK symbols and
// punctuation (U+3000–303F), full-width forms (U+FF00–FFEF), and — “ ” ‘ ’ … .
function isCjkCode(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xff00 && code <= 0xffef) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    code === 0x2014 ||
    code === 0x2018 ||
    code === 0x2019 ||
    code === 0x201c ||
    code === 0x201d ||
    code === 0x2026
  );
}

function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

// The nearest character on one side, skipping ASCII spaces: `本报讯 (记者 …)` still has Chinese
// to the left of its bracket. NaN past either end.
function neighbourCode(text: string, index: number, step: 1 | -1): number {
  let i = index + step;
  while (text.charCodeAt(i) === 0x20) i += step;
  return text.charCodeAt(i);
}

/**
 * Replaces ASCII punctuation that touches Chinese text with full-width punctuation:
 * `本报讯(记者 叶江)昨日下午,市政府` → `本报讯（记者 叶江）昨日下午，市政府`. A comma or colon
 * between digits (`1,000`, `10:30`) is part of a number and stays; brackets convert in pairs.
 */
export function normalizePunctuation(text: string): string {
  // Positions to convert, in text order but for an opening bracket that its closing one marks.
  const convert: number[] = [];
  let sorted = true;
  // Open brackets not yet closed: position, then 1 if converted, as pairs of entries.
  const openBrackets: number[] = [];
  CANDIDATES.lastIndex = 0;
  for (let found = CANDIDATES.exec(text); found !== null; found = CANDIDATES.exec(text)) {
    const i = found.index;
    const code = text.charCodeAt(i);
    const touchesChinese = isCjkCode(neighbourCode(text, i, -1)) || isCjkCode(neighbourCode(text, i, 1));
    const insideNumber =
      (code === 0x2c || code === 0x3a) &&
      isDigitCode(text.charCodeAt(i - 1)) &&
      isDigitCode(text.charCodeAt(i + 1));
    const converted = touchesChinese && !insideNumber;
    if (converted) convert.push(i);
    if (code === 0x28) openBrackets.push(i, converted ? 1 : 0);
    if (code === 0x29 && openBrackets.length > 0) {
      const openConverted = openBrackets.pop() === 1;
      const open = openBrackets.pop() as number;
      // `(送审稿)` and `(2021-2025)` after Chinese: one side decides for both brackets.
      if (openConverted !== converted) {
        if (openConverted) convert.push(i);
        else {
          convert.push(open);
          sorted = false;
        }
      }
    }
  }
  if (convert.length === 0) return text;
  if (!sorted) convert.sort((x, y) => x - y);
  let out = '';
  let last = 0;
  for (const i of convert) {
    const ch = text[i] ?? '';
    out += text.slice(last, i) + (FULL_WIDTH[ch] ?? ch);
    last = i + 1;
  }
  return out + text.slice(last);
}
