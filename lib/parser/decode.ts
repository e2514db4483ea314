// Turns the bytes of a source page into the text the parser reads: the first pass of ingest.
// UTF-8 first; GB18030/GBK only when the bytes read as real Chinese; anything else is rejected
// with a SourceError naming the file, so that mojibake never reaches content/.
import { findTextDamage } from '../text/damage';
import { SourceError } from './errors';

/** The encodings decodePage accepts, reported so that ingest can say what it did. */
export type SourceEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** The decoded text of a page and the encoding it was read in. */
export interface DecodedPage {
  text: string;
  encoding: SourceEncoding;
}

// The 500 most frequent characters of modern written Chinese. Real Chinese text spends most of
// its hanzi on them (75% on the seed page); Korean EUC-KR bytes, which are also valid GBK,
// decode to rare characters instead (9% on a sample).
const FREQUENT_HAN = new Set(
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞',
);

// C0 controls other than tab, line feed, form feed and carriage return, plus DEL. PDF
// extraction emits \f between pages, so it is kept as whitespace for the parser.
const FORBIDDEN_CONTROL = /[\x00-\x08\x0B\x0E-\x1F\x7F]/g;

/** Decodes a source page to text with LF line ends, or throws a SourceError naming the file. */
export function decodePage(bytes: Uint8Array, file: string): string {
  return decodePageWithEncoding(bytes, file).text;
}

/** Like decodePage, and also reports which encoding the bytes were read in. */
export function decodePageWithEncoding(bytes: Uint8Array, file: string): DecodedPage {
  if (bytes.length === 0) throw new SourceError(file, 1, 'empty file: a source page must contain text');
  const { text: raw, encoding } = decodeBytes(bytes, file);
  rejectControlCharacters(raw, file);
  // Windows (CRLF) and classic Mac (CR) line ends both become LF; each counts as one line, so
  // line numbers still match what an editor shows for the original file.
  const text = raw.replace(/\r\n?/g, '\n');
  // String.prototype.trim covers U+3000 and U+FEFF, so a page of full-width spaces is empty too.
  if (text.trim() === '') throw new SourceError(file, 1, 'empty page: the file contains only whitespace');
  rejectDamage(text, file);
  return { text, encoding };
}

function decodeBytes(bytes: Uint8Array, file: string): DecodedPage {
  // UTF-16 must be caught before the NUL check: its ASCII characters contain zero bytes.
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: decodeStrict(bytes.subarray(2), 'utf-16le', file), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: decodeStrict(bytes.subarray(2), 'utf-16be', file), encoding: 'utf-16be' };

  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    // ASCII in UTF-16 is every other byte zero: say so, since the fix (save as UTF-8) is easy.
    const utf16 =
      bytes.length >= 4 && (bytes[0] === 0 || bytes[1] === 0) && (bytes[2] === 0 || bytes[3] === 0);
    const reason = utf16
      ? 'binary file, or UTF-16 without a byte order mark'
      : 'binary file (contains a NUL byte)';
    throw new SourceError(
      file,
      lineAtByte(bytes, nul),
      `${reason}: a source page must be plain text, saved as UTF-8`,
    );
  }

  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  const invalidAt = firstInvalidUtf8(body);
  if (invalidAt === -1)
    return {
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body),
      encoding: 'utf-8',
    };

  const offset = invalidAt + (hasBom ? 3 : 0);
  const where = `invalid UTF-8 byte 0x${(bytes[offset] ?? 0).toString(16).padStart(2, '0')}`;
  // A UTF-8 BOM is a promise of UTF-8, so a broken sequence after it is not read as GBK.
  if (!hasBom && looksLikeGbChinese(bytes)) {
    const text = tryDecode(bytes, 'gb18030');
    if (text !== null && !text.includes('\uFFFD')) return { text, encoding: 'gb18030' };
  }
  throw new SourceError(
    file,
    lineAtByte(bytes, offset),
    `not valid UTF-8 (${where}) and not recognisable as GB18030/GBK Chinese text; save the page as UTF-8`,
  );
}

function decodeStrict(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', file: string): string {
  const text = tryDecode(bytes, encoding);
  if (text === null)
    throw new SourceError(
      file,
      1,
      `invalid ${encoding.toUpperCase()} (the file starts with a UTF-16 byte order mark)`,
    );
  return text;
}

function tryDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

// Text damaged before it reached us (U+FFFD, 锟斤拷, mojibake) is refused, never published: the
// first damaged line is named, and how many more there are.
function rejectDamage(text: string, file: string): void {
  const [first, ...rest] = findTextDamage(text);
  if (first === undefined) return;
  const more =
    rest.length === 0
      ? ''
      : ` (${rest.length} more damaged line${rest.length === 1 ? '' : 's'}: ${rest
          .slice(0, 5)
          .map((d) => d.line)
          .join(', ')}${rest.length > 5 ? ', …' : ''})`;
  throw new SourceError(file, first.line, `${first.reason}${more}`);
}

function rejectControlCharacters(text: string, file: string): void {
  const found = text.match(FORBIDDEN_CONTROL);
  if (!found) return;
  const first = text.search(FORBIDDEN_CONTROL);
  const line = lineAtIndex(text, first);
  // More than a handful of control characters means the file is not text at all.
  if (found.length > 8 && found.length > text.length / 100) {
    throw new SourceError(
      file,
      line,
      `binary file (${found.length} control characters): a source page must be plain text`,
    );
  }
  const code = text.charCodeAt(first).toString(16).toUpperCase().padStart(4, '0');
  throw new SourceError(
    file,
    line,
    `control character U+${code} in the text: a source page must be plain text`,
  );
}

/**
 * True when bytes that are not UTF-8 read as Chinese in GB18030/GBK: every sequence is well
 * formed, at least 90% of the double-byte characters are full-width punctuation (rows A1–A3) or
 * GB2312 level-1 hanzi (rows B0–D7, the 3,755 common characters), and, in a text of 20 hanzi or
 * more, at least 30% of the hanzi are among the 500 most frequent ones. Latin-1, Big5 and Shift-JIS
 * bytes fail the first test; EUC-KR Korean (valid GBK, rows B0–C8) fails the second.
 */
export function looksLikeGbChinese(bytes: Uint8Array): boolean {
  let multibyte = 0;
  let common = 0;
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    if (lead === 0x80 || lead === 0xff) return false;
    const second = bytes[i + 1];
    if (second === undefined) return false;
    multibyte += 1;
    if (second >= 0x30 && second <= 0x39) {
      // GB18030 four-byte sequence: lead, digit, 0x81–0xFE, digit. Valid but never "common".
      const third = bytes[i + 2] ?? 0;
      const fourth = bytes[i + 3] ?? 0;
      if (third < 0x81 || third > 0xfe || fourth < 0x30 || fourth > 0x39) return false;
      i += 4;
      continue;
    }
    if (second < 0x40 || second === 0x7f || second === 0xff) return false;
    const gb2312Trail = second >= 0xa1 && second <= 0xfe;
    if (gb2312Trail && ((lead >= 0xa1 && lead <= 0xa3) || (lead >= 0xb0 && lead <= 0xd7))) common += 1;
    i += 2;
  }
  if (multibyte === 0 || common / multibyte < 0.9) return false;

  const text = tryDecode(bytes, 'gb18030');
  if (text === null) return false;
  let han = 0;
  let frequent = 0;
  for (const ch of text) {
    if (/\p{Script=Han}/u.test(ch)) {
      han += 1;
      if (FREQUENT_HAN.has(ch)) frequent += 1;
    }
  }
  return han < 20 || frequent / han >= 0.3;
}

/** Offset of the first byte that breaks UTF-8 (overlong forms and surrogates included), or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    const shape = utf8SequenceShape(b);
    if (shape === null) return i;
    const [need, min, max] = shape;
    const second = bytes[i + 1];
    if (second === undefined || second < min || second > max) return i;
    for (let k = 2; k <= need; k += 1) {
      const next = bytes[i + k];
      if (next === undefined || next < 0x80 || next > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** For a UTF-8 lead byte: how many continuation bytes follow and the allowed range of the first. */
function utf8SequenceShape(lead: number): [need: number, min: number, max: number] | null {
  if (lead >= 0xc2 && lead <= 0xdf) return [1, 0x80, 0xbf];
  if (lead === 0xe0) return [2, 0xa0, 0xbf]; // overlong three-byte forms start E0 80–9F
  if (lead === 0xed) return [2, 0x80, 0x9f]; // ED A0–BF would be UTF-16 surrogates
  if (lead >= 0xe1 && lead <= 0xef) return [2, 0x80, 0xbf];
  if (lead === 0xf0) return [3, 0x90, 0xbf];
  if (lead >= 0xf1 && lead <= 0xf3) return [3, 0x80, 0xbf];
  if (lead === 0xf4) return [3, 0x80, 0x8f]; // above U+10FFFF otherwise
  return null;
}

function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i += 1) {
    const b = bytes[i];
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) line += 1;
  }
  return line;
}

function lineAtIndex(text: string, index: number): number {
  const before = text.slice(0, index);
  return (before.match(/\r\n?|\n/g)?.length ?? 0) + 1;
}
