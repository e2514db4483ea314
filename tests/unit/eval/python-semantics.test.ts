// The Python behaviours the parser evaluation reproduces; expected values are what Python 3.11 prints.
import { describe, expect, it } from 'vitest';
import {
  codePointLength,
  compareCodePoints,
  decodeLikePythonOpen,
  isPythonAlnum,
  isPythonTruthy,
  pythonEquals,
  PYTHON_WHITESPACE,
  roundLikePython,
  sumLikePython,
} from '@/lib/eval/python-semantics';

describe('roundLikePython', () => {
  it.each([
    [0.03125, 4, 0.0312], // an exact tie (1/32) goes to the even digit; toFixed would give 0.0313
    [0.09375, 4, 0.0938], // tie, even digit upwards
    [2.5, 0, 2], // tie at 0 places
    [0.375, 2, 0.38], // tie, 7 is odd so up to 8
    [0.12345, 4, 0.1235], // not a tie: the double is slightly above …45
    [2 / 3, 4, 0.6667],
    [0.00005, 4, 0.0001], // the double is slightly above the tie
    [0.4, 4, 0.4],
  ])('rounds %d to %d places as Python does: %d', (x, digits, expected) => {
    expect(roundLikePython(x, digits)).toBe(expected);
  });
});

describe('sumLikePython', () => {
  it('adds left to right like Python 3.11, so 0.1 + 0.2 + 0.3 is not 0.6', () => {
    expect(sumLikePython([0.1, 0.2, 0.3])).toBe(0.6000000000000001);
    expect(sumLikePython([])).toBe(0);
  });
});

describe('isPythonAlnum', () => {
  it.each([
    ['丽', true], // Lo
    ['Ａ', true], // full-width letter
    ['１', true], // full-width digit
    ['①', true], // No: str.isnumeric
    ['〇', true], // Nl
    ['，', false],
    ['_', false],
    ['\u3000', false],
  ])('%s → %s', (char, expected) => {
    expect(isPythonAlnum(char)).toBe(expected);
  });
});

describe('PYTHON_WHITESPACE', () => {
  const whitespace = new RegExp(`^[${PYTHON_WHITESPACE}]$`, 'u');
  it.each([
    [' ', true],
    ['\u3000', true], // ideographic space
    ['\u001c', true], // a file separator is whitespace to Python, not to JS \s
    ['\u0085', true], // NEL, likewise
    ['\ufeff', false], // a BOM is JS \s but not Python whitespace
    ['丽', false],
  ])('%j → %s', (char, expected) => {
    expect(whitespace.test(char)).toBe(expected);
  });
});

describe('codePointLength and compareCodePoints', () => {
  it('counts a character outside the BMP once, as len() does', () => {
    expect(codePointLength('𠀀丽a')).toBe(3);
    expect('𠀀丽a'.length).toBe(4);
  });

  it('orders by code point, as sorted() does, not by UTF-16 unit', () => {
    expect(['\uff01', '𠀀', 'a'].sort(compareCodePoints)).toEqual(['a', '\uff01', '𠀀']);
    expect(compareCodePoints('ab', 'a')).toBeGreaterThan(0);
    expect(compareCodePoints('a', 'a')).toBe(0);
  });
});

describe('decodeLikePythonOpen', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  it('turns \\r\\n and a lone \\r into \\n and keeps a BOM', () => {
    expect(decodeLikePythonOpen(bytes('\ufeff甲\r\n乙\r丙'))).toBe('\ufeff甲\n乙\n丙');
  });

  it('gives null for bytes that are not UTF-8, where Python raises', () => {
    expect(decodeLikePythonOpen(Uint8Array.from([0xb1, 0xbe, 0xb1, 0xa8]))).toBeNull(); // 本报 in GB18030
  });
});

describe('isPythonTruthy and pythonEquals', () => {
  it.each([
    [null, false],
    [0, false],
    ['', false],
    [[], false],
    [{}, false],
    [7, true],
    ['7', true],
  ])('%j is truthy: %s', (value, expected) => {
    expect(isPythonTruthy(value)).toBe(expected);
  });

  it.each([
    [7, 7, true],
    [7, '7', false], // no coercion between str and int
    [true, 1, true], // bool is an int
    [null, undefined, true], // both None
    [[1, 2], [1, 2], true],
    [{ a: 1 }, { a: 1 }, true],
    [{ a: 1 }, { a: 2 }, false],
  ])('%j == %j is %s', (a, b, expected) => {
    expect(pythonEquals(a, b)).toBe(expected);
  });
});
