import { describe, expect, it } from 'vitest';
import { parseManifest } from '@/lib/content/manifest';
import { SourceError } from '@/lib/parser/errors';

const FILE = 'content/sources/x.manifest.json';
const good = {
  paper: '丽水日报',
  date: '2022-03-06/2022-03-12',
  page: 1,
  pageName: '要闻',
  provenance: 'inferred',
};
const json = (value: unknown) => JSON.stringify(value, null, 2);
const without = (key: string) => json(Object.fromEntries(Object.entries(good).filter(([k]) => k !== key)));

function manifestError(text: string): SourceError {
  try {
    parseManifest(FILE, text);
  } catch (error) {
    if (error instanceof SourceError) return error;
    throw error;
  }
  throw new Error('expected parseManifest to throw');
}

describe('parseManifest', () => {
  it('reads a valid manifest and defaults dateNote to null', () => {
    expect(parseManifest(FILE, json(good))).toEqual({ ...good, dateNote: null });
  });

  it('accepts pageName null for a page that prints no 版面名, but not a missing pageName', () => {
    expect(parseManifest(FILE, json({ ...good, pageName: null })).pageName).toBeNull();
    expect(manifestError(without('pageName')).field).toBe('pageName');
  });

  it('accepts an optional paperSlug', () => {
    expect(parseManifest(FILE, json({ ...good, paperSlug: 'lsrb' })).paperSlug).toBe('lsrb');
  });

  it.each([
    // [what, text, field, line, reason]
    ['a missing page', without('page'), 'page', 1, /missing/],
    ['a missing paper', without('paper'), 'paper', 1, /missing/],
    ['a page given as a string', json({ ...good, page: '1' }), 'page', 4, /expected number/],
    ['page 0', json({ ...good, page: 0 }), 'page', 4, /0/],
    ['an impossible day', json({ ...good, date: '2022-02-30' }), 'date', 3, /YYYY-MM-DD/],
    ['a reversed range', json({ ...good, date: '2022-03-12/2022-03-06' }), 'date', 3, /first day before/],
    ['an empty pageName', json({ ...good, pageName: '  ' }), 'pageName', 5, /./],
    ['a misspelt field', json({ ...good, pagee: 2 }), 'pagee', 7, /unknown field/],
    ['an uppercase paperSlug', json({ ...good, paperSlug: 'LSRB' }), 'paperSlug', 7, /lowercase/],
  ])('rejects %s, naming the file, line and field', (_what, text, field, line, reason) => {
    const error = manifestError(text);
    expect(error.field).toBe(field);
    expect(error.line).toBe(line);
    expect(error.message).toMatch(new RegExp(`^content/sources/x\\.manifest\\.json:${line}: field "${field}": `));
    expect(error.reason).toMatch(reason);
  });

  it.each([
    // [what, text, line]
    ['a missing comma', '{\n  "paper": "丽水日报",\n  "date": "2022-03-08"\n  "page": 1\n}', 4],
    ['a truncated file', '{\n  "paper": "丽水日报",\n', 3],
    ['a trailing comma', '{\n  "paper": "丽水日报",\n}', 3],
  ])('reports malformed JSON (%s) with its line', (_what, text, line) => {
    const error = manifestError(text);
    expect(error.line).toBe(line);
    expect(error.message).toMatch(new RegExp(`^content/sources/x\\.manifest\\.json:${line}: malformed JSON`));
  });

  it.each([
    ['an empty file', ''],
    ['an array', '[]'],
    ['a string', '"丽水日报"'],
  ])('rejects %s as not a manifest object', (_what, text) => {
    expect(manifestError(text).message).toMatch(/^content\/sources\/x\.manifest\.json:1: /);
  });
});
