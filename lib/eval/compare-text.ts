// How the parser evaluation compares text: score.py's `norm`, `strip_dateline`, continuation-marker
// removal and letter/digit counting, ported with Python's definitions of whitespace and isalnum.
import { isPythonAlnum, PYTHON_WHITESPACE } from './python-semantics';

const WHITESPACE_RUN = new RegExp(`[${PYTHON_WHITESPACE}]+`, 'gu');

// ASCII punctuation that NFKC produced from full-width forms goes back to one canonical full width.
const ASCII_TO_FULL: Readonly<Record<string, string>> = {
  ',': '，',
  '(': '（',
  ')': '）',
  ':': '：',
  ';': '；',
  '?': '？',
  '!': '！',
};
const FOLDED_ASCII = /[,():;?!]/g;

const DATELINE = /^本报讯（[^）]*）/u;

// (下转第七版), （上接第1版）, (下转 7 版): a bracket, 上/下 + optional 转/接, at most 12 characters, 版.
const CONTINUATION_MARKER = new RegExp(
  `[(（][${PYTHON_WHITESPACE}]*[上下]转?接?[^()（）\\n]{0,12}?版[${PYTHON_WHITESPACE}]*[)）]`,
  'gu',
);

/**
 * score.py's `norm`: NFKC (full-width forms fold to ASCII), all whitespace removed, ASCII `,():;?!`
 * folded back to full width, curly double quotes to `"`; null or undefined give ''.
 * Example: `“丽水 , 好(一)”` → `"丽水，好（一）"`.
 */
export function normalizeForScoring(text: string | null | undefined): string {
  if (text === null || text === undefined) return '';
  return text
    .normalize('NFKC')
    .replace(WHITESPACE_RUN, '')
    .replace(FOLDED_ASCII, (char) => ASCII_TO_FULL[char] ?? char)
    .replaceAll('“', '"')
    .replaceAll('”', '"');
}

/** score.py's `strip_dateline`: drops a leading `本报讯（…）` from normalised text (`本报讯（记者 叶江）今天…` → `今天…`). */
export function stripDateline(normalized: string): string {
  return normalized.replace(DATELINE, '');
}

/** Removes continuation markers such as `(下转第七版)` from raw page text: the parser turns them into continuedOn/continuedFrom, so their characters are not text. */
export function removeContinuationMarkers(raw: string): string {
  return raw.replace(CONTINUATION_MARKER, '');
}

/** Counts each letter or digit (Python's `isalnum`) of the normalised text, code point by code point: score.py's `Counter(c for c in norm(s) if c.isalnum())`. */
export function countLettersAndDigits(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const char of normalizeForScoring(text)) {
    if (isPythonAlnum(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  return counts;
}

/** How many characters of `source` are missing from `output`, with multiplicity: `sum((source - output).values())` of two Counters. */
export function countMissing(
  source: ReadonlyMap<string, number>,
  output: ReadonlyMap<string, number>,
): number {
  let missing = 0;
  for (const [char, count] of source) missing += Math.max(0, count - (output.get(char) ?? 0));
  return missing;
}
