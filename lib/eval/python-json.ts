// Serialises values exactly as Python's `json.dumps(value, ensure_ascii=False)` does, so that the
// evaluation's report lines can be diffed against score.py's, and so that chars_lost counts the
// characters of the same text score.py counts (it re-dumps the parser's JSON before counting).

/** A number that Python holds as a float (`1.0`, not `1`): score.py's rounded metrics. */
export class PythonFloat {
  constructor(readonly value: number) {}
}

/** Python's `repr(float)`: the shortest round-trip digits, `1.0` for integral values, `1e-05` and `1e+16` outside [1e-4, 1e16). */
export function formatPythonFloat(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? 'Infinity' : '-Infinity';
  const magnitude = Math.abs(x);
  if (magnitude !== 0 && (magnitude < 1e-4 || magnitude >= 1e16)) {
    const [mantissa = '', exponent = ''] = x.toExponential().split('e');
    const sign = exponent.startsWith('-') ? '-' : '+';
    return `${mantissa}e${sign}${exponent.replace(/^[+-]/, '').padStart(2, '0')}`;
  }
  if (Number.isInteger(x)) return `${Object.is(x, -0) ? '-0' : String(x)}.0`;
  return String(x);
}

// A plain number came from JSON text: Python reads digits without `.` or `e` as an int, others as a float.
function formatPlainNumber(x: number): string {
  if (!Number.isFinite(x)) return 'null'; // JSON.stringify's NaN → null, which Python reads as None
  return Number.isInteger(x) && Math.abs(x) < 1e21 ? String(Object.is(x, -0) ? 0 : x) : formatPythonFloat(x);
}

// Python escapes only `"`, `\` and C0 controls; lone surrogates, U+2028 and U+2029 stay raw.
function formatString(text: string): string {
  const escaped = text.replace(/["\\\u0000-\u001f]/g, (char) => {
    switch (char) {
      case '"':
        return '\\"';
      case '\\':
        return '\\\\';
      case '\n':
        return '\\n';
      case '\r':
        return '\\r';
      case '\t':
        return '\\t';
      case '\b':
        return '\\b';
      case '\f':
        return '\\f';
      default:
        return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
    }
  });
  return `"${escaped}"`;
}

/**
 * Formats JSON data as `json.dumps(data, ensure_ascii=False)` prints what Python loaded from
 * `JSON.stringify(data)`: `{"a": 1, "b": [1.0, null]}`, with `PythonFloat` marking Python floats.
 * Object keys keep their order; undefined properties are left out and undefined items are null.
 */
export function toPythonJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (value instanceof PythonFloat) return formatPythonFloat(value.value);
  if (typeof value === 'string') return formatString(value);
  if (typeof value === 'number') return formatPlainNumber(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) return `[${value.map((item: unknown) => toPythonJson(item)).join(', ')}]`;
  if (typeof value !== 'object') throw new TypeError(`not JSON data: ${typeof value}`);
  const entries = Object.entries(value).filter(([, item]) => item !== undefined);
  return `{${entries.map(([key, item]) => `${formatString(key)}: ${toPythonJson(item)}`).join(', ')}}`;
}
