// Output in Python's json.dumps format, so that eval:parser and score.py can be diffed line by line.
import { describe, expect, it } from 'vitest';
import { formatPythonFloat, PythonFloat, toPythonJson } from '@/lib/eval/python-json';

describe('formatPythonFloat', () => {
  it.each([
    [1, '1.0'],
    [0, '0.0'],
    [0.4, '0.4'],
    [0.6667, '0.6667'],
    [0.0001, '0.0001'],
    [0.00001, '1e-05'],
    [1.5e-7, '1.5e-07'],
    [1e16, '1e+16'],
    [123.5, '123.5'],
  ])('%d → %s', (x, expected) => {
    expect(formatPythonFloat(x)).toBe(expected);
  });
});

describe('toPythonJson', () => {
  it('spaces separators and marks floats as Python does', () => {
    expect(toPythonJson({ a: 1, b: [new PythonFloat(1), null], c: { d: true } })).toBe(
      '{"a": 1, "b": [1.0, null], "c": {"d": true}}',
    );
    expect(toPythonJson({})).toBe('{}');
    expect(toPythonJson([])).toBe('[]');
  });

  it('writes Chinese as is and escapes only quotes, backslashes and control characters', () => {
    expect(toPythonJson('要闻 "一" \\ \n\t\u0001 \u2028')).toBe('"要闻 \\"一\\" \\\\ \\n\\t\\u0001 \u2028"');
  });

  it('leaves out undefined properties, as JSON.stringify does', () => {
    expect(toPythonJson({ a: undefined, b: 2 })).toBe('{"b": 2}');
  });

  it('prints a number from JSON text as Python reads it back: an int, or a float if it has a fraction', () => {
    expect(toPythonJson([7, 7.5, 1e-5])).toBe('[7, 7.5, 1e-05]');
  });
});
