// Text that was damaged before it reached us: a lossy conversion left U+FFFD or its GBK shadow
// 锟斤拷, or a tool read bytes in the wrong encoding and saved the result (mojibake). Such a page
// must not be published as if it were the paper's text, and a guessed repair could put words in
// the paper's mouth, so intake names the damage and stops; the message shows what the text would
// read as, so that the person adding the page can convert the original file again.
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

/** One damaged line: 1-based line number and the reason, ready for `file:line: reason`. */
export interface TextDamage {
  line: number;
  reason: string;
}

// Two U+FFFD saved as UTF-8 (EF BF BD EF BF BD) and read as GBK give 锟斤拷. (烫烫烫, the fill
// bytes of uninitialised memory, is not checked: a food report may print it.)
const GBK_SHADOW = /锟斤拷/;

// A stretch that could be bytes shown one per character: Latin-1 (C1 controls included), the
// Windows-1252 extras (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ) and ASCII.
const BYTE_RUN =
  /[\x20-\x7e\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]+/g;
const LATIN_1_LETTER = /[\u00a0-\u00ff]/g;
// A stretch of non-ASCII text between punctuation: UTF-8 bytes read as GBK give hanzi mixed with
// kana, Greek, Cyrillic and full-width letters (浠婂勾浠ユ潵 for 今年以来), all of them in GBK;
// Chinese punctuation around it belongs to the real text the damage sits in.
const NON_ASCII_RUN = /[^\x00-\x7f\s，。、；：！？“”‘’（）《》「」『』【】…—]{6,}/gu;
const HAN = /\p{Script=Han}/u;
const UTF8 = new TextDecoder('utf-8', { fatal: true });
const GBK = new TextDecoder('gbk', { fatal: true });

function tryDecode(decoder: TextDecoder, bytes: Uint8Array): string | null {
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

// True for one of the 3,755 common hanzi (GB 2312 level 1: lead byte B0–D7, trail byte A1–FE).
function isCommonHanzi(char: string): boolean {
  if (!HAN.test(char)) return false;
  const bytes = iconv.encode(char, 'gbk');
  const [lead = 0, trail = 0] = bytes;
  return bytes.length === 2 && lead >= 0xb0 && lead <= 0xd7 && trail >= 0xa1 && trail <= 0xfe;
}

// True when `text` reads as ordinary Chinese: its hanzi are most of it (not a Latin name with two
// odd characters in it), at least three of them — or two making up the whole reading, as a name
// does — and nine in ten are common ones. A wrong re-reading of real text gives rare or
// non-Chinese characters instead.
function readsAsChinese(text: string): boolean {
  let han = 0;
  let common = 0;
  let visible = 0;
  for (const char of text) {
    if (/\s/.test(char)) continue;
    visible += 1;
    if (!HAN.test(char)) continue;
    han += 1;
    if (isCommonHanzi(char)) common += 1;
  }
  const enough = han >= 3 || (han === 2 && visible === 2);
  return enough && han * 2 >= visible && common * 10 >= han * 9;
}

function shorten(text: string): string {
  const chars = Array.from(text.trim());
  return chars.length > 16 ? `${chars.slice(0, 16).join('')}…` : chars.join('');
}

// Bytes shown as Latin-1/Windows-1252 characters: what they read as in GBK or UTF-8, if that is Chinese.
function latinMojibake(line: string): string | null {
  for (const match of line.matchAll(BYTE_RUN)) {
    const run = match[0];
    if ((run.match(LATIN_1_LETTER)?.length ?? 0) < 4) continue;
    const latin1 = /^[\u0000-\u00ff]*$/.test(run);
    const bytes = latin1 ? Buffer.from(run, 'latin1') : iconv.encode(run, 'windows-1252');
    for (const [name, decoder] of [
      ['GBK', GBK],
      ['UTF-8', UTF8],
    ] as const) {
      const reading = tryDecode(decoder, bytes);
      if (reading !== null && readsAsChinese(reading)) {
        return (
          `mojibake: 「${shorten(run)}」 is ${name} text read as ${latin1 ? 'Latin-1' : 'Windows-1252'}; ` +
          `it reads 「${shorten(reading)}」. Convert the original file from ${name} again (or save it as UTF-8)`
        );
      }
    }
  }
  return null;
}

// Chinese text whose GBK bytes are valid UTF-8 of other Chinese text: UTF-8 read as GBK.
function gbkMojibake(line: string): string | null {
  for (const match of line.matchAll(NON_ASCII_RUN)) {
    const run = match[0];
    const bytes = iconv.encode(run, 'gbk');
    // Real Chinese text almost never has GBK bytes that are valid UTF-8: a native check first,
    // because a failing fatal decode throws, and throwing for every run was most of ingest's time.
    if (!isUtf8(bytes)) continue;
    if (iconv.decode(bytes, 'gbk') !== run) continue; // not all of it is GBK
    const reading = tryDecode(UTF8, bytes);
    if (reading !== null && /[^\x00-\x7f]/.test(reading) && readsAsChinese(reading)) {
      return (
        `mojibake: 「${shorten(run)}」 is UTF-8 text read as GBK; it reads 「${shorten(reading)}」. ` +
        'Convert the original file again, reading it as UTF-8'
      );
    }
  }
  return null;
}

/**
 * Lists the lines of a decoded page that show damage done before intake, in line order: U+FFFD
 * replacement characters, their GBK shadow 锟斤拷,
 * GBK or UTF-8 bytes read as Latin-1/Windows-1252 (`ËÉÑô²èÒ¶` for 松阳茶叶) and UTF-8 read as GBK
 * (`浣犲ソ` for 你好). Mojibake is reported only when re-reading the bytes the right way gives
 * ordinary Chinese (nine in ten of its hanzi among GB 2312's 3,755 common ones), so names like `Müller` or
 * `Société Générale` are not damage. Empty for a clean page.
 */
export function findTextDamage(text: string): TextDamage[] {
  const damage: TextDamage[] = [];
  text.split('\n').forEach((line, index) => {
    const reason = damageOfLine(line);
    if (reason !== null) damage.push({ line: index + 1, reason });
  });
  return damage;
}

function damageOfLine(line: string): string | null {
  const replacement = line.indexOf('\ufffd');
  if (replacement >= 0) {
    return (
      `U+FFFD replacement character (�) at column ${replacement + 1}: the text lost characters in a ` +
      'conversion before it reached us; take the page again from its original file'
    );
  }
  const shadow = GBK_SHADOW.exec(line);
  if (shadow !== null) {
    return (
      `「锟斤拷」 at column ${shadow.index + 1}: replacement characters (U+FFFD) saved as UTF-8 and ` +
      'read back as GBK; the original characters are lost, take the page again from its original file'
    );
  }
  if (/[\u0080-\u00ff]/.test(line)) {
    const latin = latinMojibake(line);
    if (latin !== null) return latin;
  }
  return gbkMojibake(line);
}
