// Character classes shared by the parser passes: what counts as Chinese text, as the end of a
// sentence, as a clause break. Every pass asks these questions, so they are answered once here.

// Tested per UTF-16 code unit in the hot loops (a surrogate half is never Han here), so the BMP
// blocks are listed as ranges, which V8 matches faster than a Unicode property: CJK Extension A,
// the unified ideographs and the compatibility ideographs. Name rules, which must see every
// extension, use \p{Script=Han} (bylines.ts).
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
// CJK punctuation and full-width forms (，。（）：；“”《》—…) also count as "Chinese context".
const CJK_CONTEXT =
  /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef\u2014\u2018\u2019\u201c\u201d\u2026]/;

/** True for the UTF-16 code of a BMP ideograph: CJK Extension A, the unified ideographs, the compatibility ideographs. */
export function isBmpIdeograph(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff)
  );
}

/** True for a Han character (汉字). */
export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && HAN.test(ch);
}

/** True for a character of Chinese text: Han, CJK punctuation or a full-width form. */
export function isCjkContext(ch: string | undefined): boolean {
  return ch !== undefined && CJK_CONTEXT.test(ch);
}

// Punctuation that ends a sentence or a complete clause at the end of a block. `；` and `：`
// are included because a block ending in them (`会议要求：`) ends a paragraph, never a line wrap.
const SENTENCE_FINAL = codeSet('。！？!?…；;：:．');
// Closing quotes and brackets may follow the final stop: `……自强不息。”` still ends a sentence.
const CLOSERS = codeSet('”’"\'」』）)】》〉]');

// The UTF-16 codes of a list of BMP characters: sets of numbers spare the hot loops a string per character.
function codeSet(characters: string): ReadonlySet<number> {
  return new Set(Array.from(characters, (ch) => ch.charCodeAt(0)));
}

/**
 * True when the last UTF-16 code unit of `text` is one of the BMP characters of `marks`
 * (`endsWithOneOf(line, '：:')`). A regex anchored at the end scans the whole text; this reads one
 * character, which matters on long joined paragraphs.
 */
export function endsWithOneOf(text: string, marks: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  for (let k = 0; k < marks.length; k++) if (marks.charCodeAt(k) === last) return true;
  return false;
}

/** True when text ends a sentence (`…29.9%。`, `…不息。”`), false for a mid-sentence break (`…工业增加值占`). */
export function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && (CLOSERS.has(text.charCodeAt(i)) || isSpaceCode(text.charCodeAt(i)))) i--;
  return i >= 0 && SENTENCE_FINAL.has(text.charCodeAt(i));
}

// The code units JavaScript's \s matches, tested without a regex in the hot loops.
function isSpaceCode(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x20 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** True when text contains a clause comma or semicolon (`做强中心城市,建造区域增长`); the 、 of lists does not count. */
export function hasClausePunctuation(text: string): boolean {
  return /[，,；;]/.test(text);
}

/** True when a full stop, question or exclamation mark stands inside text (it holds a sentence, not a headline). */
export function hasInnerSentenceEnd(text: string): boolean {
  // A quotation closed after its stop and followed by more text (`“…不愁卖。”说起收成`) holds one too.
  return /[。；;][”’」』）)]*[^”’」』）)\s]/.test(text);
}

/** Number of characters other than whitespace: headline lengths are measured in printed characters. */
export function visibleLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair is one printed character: count its high half only.
    if (!isSpaceCode(code) && !(code >= 0xdc00 && code <= 0xdfff)) n++;
  }
  return n;
}

/** Joins two pieces of one broken line: no space between Chinese pieces, one between Latin words. */
export function joinPieces(left: string, right: string): string {
  if (left === '') return right;
  if (right === '') return left;
  const a = left[left.length - 1] ?? '';
  const b = right[0] ?? '';
  return /[A-Za-z0-9]/.test(a) && /[A-Za-z0-9]/.test(b) ? `${left} ${right}` : left + right;
}

const CHINESE_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Reads a page number printed as digits (7, ７) or Chinese numerals (七, 十二, 二十三); null if unreadable. */
export function readNumber(text: string): number | null {
  const ascii = text.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));
  if (/^\d+$/.test(ascii)) return Number(ascii);
  // 十二 = 12, 二十 = 20, 二十三 = 23, 一〇二 = 102 (digit by digit when there is no 十/百).
  if (!/^[〇零一二两三四五六七八九十百]+$/.test(text)) return null;
  if (!/[十百]/.test(text)) {
    let n = 0;
    for (const ch of text) n = n * 10 + (CHINESE_DIGITS[ch] ?? 0);
    return n;
  }
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch === '百') {
      total += (digit || 1) * 100;
      digit = 0;
    } else if (ch === '十') {
      total += (digit || 1) * 10;
      digit = 0;
    } else {
      digit = CHINESE_DIGITS[ch] ?? 0;
    }
  }
  return total + digit;
}
