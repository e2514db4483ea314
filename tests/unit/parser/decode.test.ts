import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodePage, decodePageWithEncoding, looksLikeGbChinese } from '@/lib/parser/decode';
import { SourceError } from '@/lib/parser/errors';
import { encodeLegacy } from '@/tests/helpers/encode-legacy';

const utf8 = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: ArrayLike<number>[]) => Uint8Array.from(parts.flatMap((part) => Array.from(part)));
const seed = readFileSync('content/sources/000_d1ef63186a423f59.txt', 'utf8');
const CHINESE =
  '丽水创新运用好三把金钥匙，把工业高质量发展作为加快推动经济跨越式高质量发展的主攻方向和战略选择。\n\n全市工业增加值年均增长8.0%，其中规上工业增加值自2018年以来年均增长10.8%。\n';

function decodeError(bytes: Uint8Array, file = 'content/sources/bad.txt'): SourceError {
  try {
    decodePage(bytes, file);
  } catch (error) {
    if (error instanceof SourceError) return error;
    throw error;
  }
  throw new Error('expected decodePage to throw');
}

describe('decodePage', () => {
  it.each([
    // [what, bytes, expected text]
    ['plain UTF-8', utf8('标题\n\n正文。'), '标题\n\n正文。'],
    [
      'a UTF-8 byte order mark, which is dropped',
      concat([0xef, 0xbb, 0xbf], utf8('标题\n正文。')),
      '标题\n正文。',
    ],
    ['Windows CRLF line ends', utf8('标题\r\n\r\n正文。\r\n'), '标题\n\n正文。\n'],
    ['classic Mac CR line ends', utf8('标题\r\r正文。'), '标题\n\n正文。'],
    [
      'tabs and full-width spaces U+3000, which stay for the parser',
      utf8('\t标题\u3000副题\n\u3000\u3000正文。'),
      '\t标题\u3000副题\n\u3000\u3000正文。',
    ],
    ['a form feed between extracted pages', utf8('第一版\f第二版'), '第一版\f第二版'],
    [
      'UTF-16LE with its byte order mark',
      concat([0xff, 0xfe], Buffer.from('标题\n正文。', 'utf16le')),
      '标题\n正文。',
    ],
  ])('reads %s', (_what, bytes, expected) => {
    expect(decodePage(bytes, 'content/sources/x.txt')).toBe(expected);
  });

  it('decodes a GB18030/GBK-encoded page to exactly the text it encodes', () => {
    const bytes = encodeLegacy(seed, 'gb18030');
    const decoded = decodePageWithEncoding(bytes, 'content/sources/gbk.txt');
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.text).toBe(seed);
    expect(decoded.text).not.toContain('\uFFFD');
  });

  it('decodes a short GBK page with CRLF line ends and full-width spaces', () => {
    const bytes = encodeLegacy(
      '丽水日报\r\n\r\n\u3000\u3000本报讯 全市工业增加值年均增长8.0%。\r\n',
      'gb18030',
    );
    expect(decodePage(bytes, 'content/sources/gbk.txt')).toBe(
      '丽水日报\n\n\u3000\u3000本报讯 全市工业增加值年均增长8.0%。\n',
    );
  });

  it('reads pure ASCII as UTF-8', () => {
    expect(decodePageWithEncoding(utf8('Page 1\n'), 'x.txt')).toEqual({
      text: 'Page 1\n',
      encoding: 'utf-8',
    });
  });
});

describe('decodePage rejects bad input with an error naming the file and line', () => {
  it.each([
    // [what, bytes, line, reason pattern]
    ['an empty file', new Uint8Array(0), 1, /empty file/],
    [
      'a whitespace-only file (spaces, newlines, U+3000)',
      utf8('  \n\n\u3000\u3000\r\n\t\n'),
      1,
      /empty page/,
    ],
    ['a BOM and nothing else', Uint8Array.of(0xef, 0xbb, 0xbf), 1, /empty page/],
    [
      'a binary file with NUL bytes (a PNG header)',
      Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d),
      3,
      /binary file/,
    ],
    [
      'UTF-16LE without a byte order mark, with a hint',
      Uint8Array.from(Buffer.from('Page 1\n标题', 'utf16le')),
      1,
      /UTF-16 without a byte order mark/,
    ],
    [
      'a binary file without NUL bytes (many control characters)',
      Uint8Array.from({ length: 400 }, (_, i) => 1 + (i % 30)),
      1,
      /binary file/,
    ],
    [
      'a stray control character in otherwise good text',
      utf8('标题\n\n正文\x1b[0m。'),
      3,
      /control character U\+001B/,
    ],
    [
      'a Big5 (traditional Chinese) page, which must not become mojibake',
      encodeLegacy('臺灣是一個位於東亞的島嶼國家，經濟發展迅速，人民生活水準很高。', 'big5'),
      1,
      /not valid UTF-8.*GB18030/,
    ],
    [
      'a Shift-JIS (Japanese) page',
      encodeLegacy(
        '第一行\n日本語の文章をシフトJISで符号化すると、中国語として読めない文字列になります。',
        'shift_jis',
      ),
      1,
      /not valid UTF-8/,
    ],
    [
      'an EUC-KR (Korean) page, which is valid GBK byte by byte',
      encodeLegacy(
        '대한민국은 민주공화국이다. 대한민국의 주권은 국민에게 있고, 모든 권력은 국민으로부터 나온다.',
        'euc-kr',
      ),
      1,
      /not valid UTF-8/,
    ],
    [
      'Latin-1 text',
      Uint8Array.from(Buffer.from('line one\nline two\ncaf\u00e9 na\u00efve r\u00e9sum\u00e9\n', 'latin1')),
      3,
      /invalid UTF-8 byte 0xe9/,
    ],
    [
      'UTF-8 cut in the middle of a character',
      concat(utf8('标题\n\n正文'), [0xe6, 0xad]),
      3,
      /invalid UTF-8 byte 0xe6/,
    ],
    [
      'a UTF-8 BOM followed by GBK bytes (the BOM promised UTF-8)',
      concat([0xef, 0xbb, 0xbf], encodeLegacy(CHINESE, 'gb18030')),
      1,
      /not valid UTF-8/,
    ],
    [
      'UTF-8-encoded surrogates (CESU-8)',
      Uint8Array.of(0x61, 0x0a, 0xed, 0xa0, 0x80),
      2,
      /invalid UTF-8 byte 0xed/,
    ],
  ])('rejects %s', (_what, bytes, line, reason) => {
    const error = decodeError(bytes);
    expect(error).toBeInstanceOf(Error);
    expect(error.file).toBe('content/sources/bad.txt');
    expect(error.line).toBe(line);
    expect(error.message).toMatch(new RegExp(`^content/sources/bad\\.txt:${line}: `));
    expect(error.message).toMatch(reason);
  });
});

describe('looksLikeGbChinese', () => {
  it.each<[string, boolean, Uint8Array]>([
    // [what, expected, bytes]
    ['simplified Chinese news text', true, encodeLegacy(CHINESE, 'gb18030')],
    ['a two-character page', true, encodeLegacy('丽水', 'gb18030')],
    [
      'traditional Chinese in Big5',
      false,
      encodeLegacy('臺灣是一個位於東亞的島嶼國家，經濟發展迅速。', 'big5'),
    ],
    [
      'Korean in EUC-KR',
      false,
      encodeLegacy(
        '대한민국은 민주공화국이다. 대한민국의 주권은 국민에게 있고, 모든 권력은 국민으로부터 나온다.',
        'euc-kr',
      ),
    ],
    ['pure ASCII (nothing to detect)', false, utf8('hello')],
    ['a lone lead byte at the end', false, Uint8Array.of(0x61, 0xb0)],
  ])('judges %s → %s', (_what, expected, bytes) => {
    expect(looksLikeGbChinese(bytes)).toBe(expected);
  });
});
