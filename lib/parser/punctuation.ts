// Display normalisation of punctuation: ASCII `, ( ) : ; ? !` set inside Chinese text become
// their full-width forms, while numbers (`8.0%`, `1225.56万元`, `10:30`, `1,000`) stay intact.
// Applied by parse-page to every string it outputs, after segmentation has read the raw shapes.
import { isCjkContext } from './chars';

const FULL_WIDTH: Record<string, string> = {
  ',': '，',
  '(': '（',
  ')': '）',
  ':': '：',
  ';': '；',
  '?': '？',
  '!': '！',
};

const DIGIT = /[0-9]/;

function neighbour(chars: readonly string[], index: number, step: 1 | -1): string | undefined {
  let i = index + step;
  // Skip spaces: `本报讯 (记者 …)` still has Chinese to the left of its bracket.
  while (i >= 0 && i < chars.length && chars[i] === ' ') i += step;
  return chars[i];
}

/**
 * Replaces ASCII punctuation that touches Chinese text with full-width punctuation:
 * `本报讯(记者 叶江)昨日下午,市政府` → `本报讯（记者 叶江）昨日下午，市政府`. A comma or colon
 * between digits (`1,000`, `10:30`) is part of a number and stays; brackets convert in pairs.
 */
export function normalizePunctuation(text: string): string {
  if (!/[,():;?!]/.test(text)) return text;
  const chars = Array.from(text);
  const convert = new Array<boolean>(chars.length).fill(false);
  const openBrackets: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? '';
    if (!(ch in FULL_WIDTH)) continue;
    const left = neighbour(chars, i, -1);
    const right = neighbour(chars, i, 1);
    const touchesChinese = isCjkContext(left) || isCjkContext(right);
    const insideNumber = (ch === ',' || ch === ':') && DIGIT.test(chars[i - 1] ?? '') && DIGIT.test(chars[i + 1] ?? '');
    convert[i] = touchesChinese && !insideNumber;
    if (ch === '(') openBrackets.push(i);
    if (ch === ')') {
      const open = openBrackets.pop();
      // `(送审稿)` and `(2021-2025)` after Chinese: one side decides for both brackets.
      if (open !== undefined && (convert[open] || convert[i])) {
        convert[open] = true;
        convert[i] = true;
      }
    }
  }
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? '';
    out += convert[i] ? (FULL_WIDTH[ch] ?? ch) : ch;
  }
  return out;
}
