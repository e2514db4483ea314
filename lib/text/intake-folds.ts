// What a page's characters become at intake, before any parsing: code points that PDF extractors
// and web copies put in place of ordinary text are folded to it, once, so that the parser, the
// archive and search all see the same characters. The source file itself is never rewritten.
import equivalentIdeographs from './data/equivalent-unified-ideograph.json';

// CJK Radicals Supplement (U+2E80–2EFF), Kangxi Radicals (U+2F00–2FDF) and CJK Strokes
// (U+31C0–31EF) → the unified ideograph of the same glyph: ⻘ → 青, ⽥ → 田, ⻰ → 龙. Source: the
// Unicode property Equivalent_Unified_Ideograph (UCD EquivalentUnifiedIdeograph.txt), generated
// into data/ by scripts/generate-unicode-data.ts. PDF extractors emit these when a font's glyph
// names map the ideograph to its radical.
const EQUIVALENT_IDEOGRAPH: Readonly<Record<string, string>> = equivalentIdeographs.map;

// Invisible format characters that web pages, WeChat copies and PDF tools leave inside words:
// soft hyphen, Mongolian vowel separator, zero-width space/non-joiner/joiner, left-to-right and
// right-to-left marks, bidi embeddings and isolates, word joiner, invisible operators, and a
// zero-width no-break space (BOM) inside the text. All are Default_Ignorable_Code_Point (Unicode
// UAX #44), none is printed, and each splits a name or a word for search. A joiner between two
// pictographs (an emoji sequence) is kept. Ideographic variation selectors are kept too: they
// choose a printed glyph (葛󠄀), and search ignores them (lib/search/normalize.ts).
const INVISIBLE = new Set([
  0x00ad, 0x180e, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2060,
  0x2061, 0x2062, 0x2063, 0x2064, 0x2066, 0x2067, 0x2068, 0x2069, 0xfeff,
]);
const ZERO_WIDTH_JOINER = 0x200d;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;

// Everything intake may change, tested once per page so that a clean page costs one regex scan.
const NEEDS_FOLDING =
  /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u2e80-\u2fdf\u31c0-\u31ef\ufe10-\ufe19\ufe30-\ufe48]/;

/**
 * The ordinary character for a vertical presentation form (Unicode blocks Vertical Forms
 * U+FE10–FE19 and CJK Compatibility Forms U+FE30–FE48, as GBK rows A6D9–A6DF/A6E0–A6F5 and vertically
 * set pages give them): its NFKC compatibility decomposition, with ASCII made full-width because
 * these are forms of Chinese punctuation: ︐ → ，, ︒ → 。, ﹁ → 「, ︵ → （, ︙ → …. The sesame dots ﹅ ﹆
 * have no decomposition and stay. Anything else is returned as is.
 */
export function foldVerticalForm(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  if (!((code >= 0xfe10 && code <= 0xfe19) || (code >= 0xfe30 && code <= 0xfe48))) return char;
  const folded = char.normalize('NFKC');
  // ︙ and ︰ decompose to ASCII dots: they are the ellipsis … and the two-dot leader ‥.
  if (folded === '...') return '…';
  if (folded === '..') return '‥';
  if (folded.length !== 1) return folded;
  const ascii = folded.charCodeAt(0);
  return ascii >= 0x21 && ascii <= 0x7e ? String.fromCharCode(ascii + 0xfee0) : folded;
}

/** One character's ordinary form: a radical or stroke → its unified ideograph, a vertical form → its punctuation. */
export function foldCharacterForm(char: string): string {
  return EQUIVALENT_IDEOGRAPH[char] ?? foldVerticalForm(char);
}

/** True for an invisible format character that intake removes (see INVISIBLE above). */
export function isInvisibleFormatCharacter(char: string): boolean {
  return INVISIBLE.has(char.codePointAt(0) ?? 0);
}

/**
 * Folds a page's text at intake: radicals and strokes → unified ideographs (Equivalent_Unified_Ideograph),
 * vertical presentation forms → ordinary punctuation, invisible format characters removed. Every
 * other character, line break and space is kept, so line numbers and every visible character
 * survive: `⻘⽥县` → `青田县`, `叶\u200b江` → `叶江`, `﹁青瓷﹂︐` → `「青瓷」，`. Pure; never throws.
 */
export function foldIntakeText(text: string): string {
  if (!NEEDS_FOLDING.test(text)) return text;
  let out = '';
  let previous = '';
  const chars = Array.from(text);
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] ?? '';
    const code = char.codePointAt(0) ?? 0;
    if (INVISIBLE.has(code)) {
      const emojiJoin =
        code === ZERO_WIDTH_JOINER && PICTOGRAPH.test(previous) && PICTOGRAPH.test(chars[i + 1] ?? '');
      if (!emojiJoin) continue;
    }
    out += foldCharacterForm(char);
    // (An emoji's presentation selector sits between the pictograph and the joiner: ❤️‍🔥.)
    if (code !== 0xfe0f) previous = char;
  }
  return out;
}
