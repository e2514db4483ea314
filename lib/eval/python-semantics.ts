// The few Python built-ins whose exact behaviour the parser evaluation must reproduce, because
// its figures are defined by ../shared/devset/score.py (Python 3.11 here): what `\s`,
// `str.isalnum`, `len`, `sorted`, `sum`, `round` and `open(…, encoding='utf-8')` mean there.
//
// Unicode data: Node 20's ICU knows Unicode 17, Python 3.11 knows Unicode 14. Every code point on
// which `isPythonAlnum` or NFKC disagree between the two is unassigned in Unicode 14 (CJK Extension
// H/I, scripts added since); no page of the dev set uses one. Such a character counts as a letter
// here and as nothing in score.py.

/** Python's whitespace (`str.isspace`, and `\s` in a `str` regex), as a regex character-class body: unlike JS `\s` it includes U+001C–U+001F and U+0085 and excludes U+FEFF. */
export const PYTHON_WHITESPACE =
  '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';

const ALNUM = /^[\p{L}\p{N}]$/u;

/** Python's `c.isalnum()` for one code point: a letter (Lu Ll Lt Lm Lo) or a number (Nd Nl No). */
export function isPythonAlnum(char: string): boolean {
  return ALNUM.test(char);
}

/** Python's `len(s)`: the number of code points (a character outside the BMP counts once, not twice as in `s.length`). */
export function codePointLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

/** Python's string order (by code point), for `Array#sort`; JS compares UTF-16 units, which puts U+E000–U+FFFF after the astral planes. */
export function compareCodePoints(a: string, b: string): number {
  const left = a[Symbol.iterator]();
  const right = b[Symbol.iterator]();
  for (;;) {
    const x = left.next();
    const y = right.next();
    if (x.done === true || y.done === true) return (x.done === true ? 0 : 1) - (y.done === true ? 0 : 1);
    const cx = x.value.codePointAt(0) ?? 0;
    const cy = y.value.codePointAt(0) ?? 0;
    if (cx !== cy) return cx - cy;
  }
}

/**
 * Python 3.11's `sum(floats)`: plain left-to-right addition. (Python 3.12 switched to Neumaier
 * compensated summation, which can change the last bit, and so a rounded mean that sits on a tie.)
 */
export function sumLikePython(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

/**
 * Python's `round(x, digits)`: the double nearest to the decimal that is nearest to the exact value
 * of `x`, ties to even (`round(0.03125, 4)` → 0.0312). `toFixed` rounds the exact value too but
 * breaks ties upwards; an exact tie at `digits` places happens only when `x·2^(digits+1)` is an odd
 * integer, so only that case is corrected.
 */
export function roundLikePython(x: number, digits: number): number {
  if (!Number.isFinite(x)) return x;
  const fixed = x.toFixed(digits);
  const scaled = x * 2 ** (digits + 1);
  const isTie = Number.isInteger(scaled) && Math.abs(scaled % 2) === 1;
  if (!isTie) return Number(fixed);
  const negative = fixed.startsWith('-');
  const magnitude = BigInt(fixed.replace('-', '').replace('.', ''));
  // toFixed took the candidate further from zero; Python keeps the even one of the two.
  const even = magnitude % 2n === 0n ? magnitude : magnitude - 1n;
  const value = Number(`${even}e-${digits}`);
  return negative ? -value : value;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The text Python's `open(path, encoding='utf-8').read()` returns for these bytes: strict UTF-8, a
 * BOM kept as U+FEFF, and universal newlines (`\r\n` and a lone `\r` become `\n`). Null when the
 * bytes are not UTF-8 (where Python raises `UnicodeDecodeError`).
 */
export function decodeLikePythonOpen(bytes: Uint8Array): string | null {
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return null;
  }
  return text.replace(/\r\n?/g, '\n');
}

/** Python's truth value of JSON data (`x or None`): None, False, 0, '', [] and {} are false. */
export function isPythonTruthy(value: unknown): boolean {
  if (value === null || value === undefined || value === false) return false;
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'string') return value.length > 0;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}

/** Python's `==` on JSON data: booleans are the integers 0 and 1 (`True == 1`), lists and dicts compare item by item. */
export function pythonEquals(a: unknown, b: unknown): boolean {
  const isNumeric = (x: unknown) => typeof x === 'number' || typeof x === 'boolean';
  if (isNumeric(a) && isNumeric(b)) return Number(a) === Number(b);
  if (a === null || a === undefined || b === null || b === undefined) {
    return (a === null || a === undefined) && (b === null || b === undefined);
  }
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item: unknown, i) => pythonEquals(item, b[i]));
  }
  if (typeof a !== 'object' || typeof b !== 'object') return false;
  const left = Object.entries(a);
  const right = new Map(Object.entries(b));
  return (
    left.length === right.size &&
    left.every(([key, item]) => right.has(key) && pythonEquals(item, right.get(key)))
  );
}
