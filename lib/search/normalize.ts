// The one normalisation shared by the index build and the query (never copy it): NFKC width
// folding, lower case, traditional → simplified (OpenCC's character table), and punctuation,
// symbols and spaces dropped — kept as one space only between two letters/digits (`new york`).
import { ConverterFactory } from 'opencc-js/core';
import CJK_COMPATIBILITY from 'opencc-js/dict/CJK_Compatibility_Ideographs';
import TS_CHARACTERS from 'opencc-js/dict/TSCharacters';
import { foldCharacterForm } from '@/lib/text/intake-folds';

/**
 * Normalised text plus a position map: `text[i]` came from `source.slice(starts[i], ends[i])`,
 * so a match range in normalised text maps back to the original text for highlighting.
 */
export interface NormalizedText {
  text: string;
  starts: number[];
  ends: number[];
}

// Character-level conversion only (TSCharacters, no phrase tables): phrase conversion depends
// on context, so a substring of an article could normalise differently from the same characters
// inside the article, and exact substring search would lose recall. 麗水 → 丽水, 經濟 → 经济.
const convertTraditional = ConverterFactory([CJK_COMPATIBILITY], [TS_CHARACTERS]);

// Letters and digits of alphabetic scripts: between two of these a dropped separator becomes a
// space, so `GDP growth` stays two words but `丽水 日报` and `丽水,日报` join as 丽水日报.
const WORD_CHAR = /[\p{N}\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u;
// What we keep: letters, digits and combining marks. Everything else (punctuation, symbols,
// spaces, controls) is a separator that is ignored the same way in content and in queries.
const KEPT_CHAR = /[\p{L}\p{N}\p{M}]/u;

// Per code point: its folded characters, each tagged SEPARATOR, KEPT or WORD (kept, and a
// letter/digit of an alphabetic script). Memoised: an archive uses a few thousand code points.
const SEPARATOR = 0;
const KEPT = 1;
const WORD = 2;
type Folded = readonly (readonly [string, number])[];
const foldCache = new Map<string, Folded>();

function foldTagged(codePoint: string): Folded {
  let folded = foldCache.get(codePoint);
  if (folded === undefined) {
    folded = Array.from(foldCodePoint(codePoint), (char) => {
      const kind = !KEPT_CHAR.test(char) ? SEPARATOR : WORD_CHAR.test(char) ? WORD : KEPT;
      return [char, kind] as const;
    });
    foldCache.set(codePoint, folded);
  }
  return folded;
}

// Variant pairs that readers type either way and that OpenCC's character table keeps apart,
// because the traditional form is also a simplified character with uses of its own: 看著/看着,
// 瞭解/了解, 藉口/借口, 復甦/复苏, 祇有/只有. Both the text and the query fold, so the kept
// form's own words still match (著作 → 着作 on both sides). 覆 is not folded: 覆盖 and 复 differ.
// See docs/text-intake.md, "Variant characters in search".
const SEARCH_VARIANTS: Readonly<Record<string, string>> = {
  著: '着',
  瞭: '了',
  藉: '借',
  甦: '苏',
  祇: '只',
  衹: '只',
};

// Default-ignorable code points (UAX #44): zero-width spaces and joiners, soft hyphens and
// variation selectors (葛󠄀 is 葛 with a selector that picks a glyph) are invisible, so 葛󠄀城 is 葛城.
const IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;

/**
 * Folds one code point: invisible ones vanish, radicals and vertical forms become ideographs and
 * punctuation (⻘ → 青), NFKC (ＧＤＰ → GDP, ２０２１ → 2021), lower case, traditional → simplified,
 * then the variant pairs above (著 → 着).
 */
export function foldCodePoint(codePoint: string): string {
  if (IGNORABLE.test(codePoint)) return '';
  const simplified = convertTraditional(foldCharacterForm(codePoint).normalize('NFKC').toLowerCase());
  return SEARCH_VARIANTS[simplified] ?? simplified;
}

/** True for a character that is kept by normalisation (a letter, digit or mark). */
export function isKeptChar(char: string): boolean {
  return KEPT_CHAR.test(char);
}

/** Normalises text and keeps the map from every normalised character back to the source. */
export function normalizeWithMap(source: string): NormalizedText {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let pendingSeparator = -1; // source index of the first separator since the last kept char
  let lastWord = false;
  let index = 0;
  for (const codePoint of source) {
    const start = index;
    index += codePoint.length;
    for (const [char, kind] of foldTagged(codePoint)) {
      if (kind === SEPARATOR) {
        if (pendingSeparator < 0) pendingSeparator = start;
        continue;
      }
      if (pendingSeparator >= 0 && lastWord && kind === WORD) {
        text += ' ';
        starts.push(pendingSeparator);
        ends.push(start);
      }
      pendingSeparator = -1;
      lastWord = kind === WORD;
      text += char;
      for (let k = 0; k < char.length; k += 1) {
        starts.push(start);
        ends.push(index);
      }
    }
  }
  return { text, starts, ends };
}

/** Normalises text for indexing or querying (the same function on both sides). */
export function normalize(source: string): string {
  return normalizeWithMap(source).text;
}
