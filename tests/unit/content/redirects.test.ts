import { describe, expect, it } from 'vitest';
import { parseRedirects, redirectsToJson, updateRedirects, type CurrentArticle, type PublishedArticle } from '@/lib/content/redirects';
import { SourceError } from '@/lib/parser/errors';

const SOURCE = 'sources/a.txt';
const current = (id: string, start: number, end: number, title: string, source = SOURCE): CurrentArticle => ({
  id,
  source,
  lines: [start, end],
  title,
});
const published = (id: string, start: number | null, title: string | null, source: string | null = SOURCE): PublishedArticle => ({
  id,
  source,
  start,
  title,
});

describe('updateRedirects', () => {
  it('maps an id that disappeared to the article of the same source covering its old start line', () => {
    // A corrected date renames every article of the page.
    const update = updateRedirects({
      previous: {},
      published: [published('2022-03-06_12-01-01', 1, '甲'), published('2022-03-06_12-01-02', 20, '乙')],
      current: [current('2022-03-08-01-01', 1, 15, '甲'), current('2022-03-08-01-02', 17, 40, '乙')],
    });
    expect(update.redirects).toEqual({
      '2022-03-06_12-01-01': '2022-03-08-01-01',
      '2022-03-06_12-01-02': '2022-03-08-01-02',
    });
    expect(update.added).toHaveLength(2);
    expect(update.dropped).toEqual([]);
  });

  it('sends the id of an article merged into its neighbour to the merged article', () => {
    const update = updateRedirects({
      previous: {},
      published: [published('p-01', 1, '甲'), published('p-02', 9, '乙'), published('p-03', 20, '丙')],
      current: [current('p-01', 1, 15, '甲'), current('p-02', 20, 30, '丙')],
    });
    // p-02 is still current (now 丙), so only p-03 disappears; its start line 20 is in the new p-02.
    expect(update.redirects).toEqual({ 'p-03': 'p-02' });
  });

  it('falls back to the same title in the same source when no article covers the old start line', () => {
    const update = updateRedirects({
      previous: {},
      published: [published('old', 50, '乙')],
      current: [current('new-1', 1, 10, '甲'), current('new-2', 12, 20, '乙')],
    });
    expect(update.redirects).toEqual({ old: 'new-2' });
  });

  it('falls back to a unique title anywhere when the source was renamed', () => {
    const update = updateRedirects({
      previous: {},
      published: [published('old', 3, '乙', 'sources/gone.txt')],
      current: [current('new', 1, 10, '乙', 'sources/renamed.txt')],
    });
    expect(update.redirects).toEqual({ old: 'new' });
  });

  it('drops an id that has no successor rather than redirecting it somewhere wrong', () => {
    const update = updateRedirects({
      previous: {},
      published: [published('old', 3, '乙', 'sources/gone.txt')],
      current: [current('x', 1, 10, '乙', 'sources/b.txt'), current('y', 1, 10, '乙', 'sources/c.txt')],
    });
    expect(update.redirects).toEqual({});
    expect(update.dropped).toEqual(['old']);
  });

  it('collapses chains: an older id follows its target to the current article', () => {
    const update = updateRedirects({
      previous: { oldest: 'older' },
      published: [published('older', 5, '甲')],
      current: [current('now', 1, 10, '甲')],
    });
    expect(update.redirects).toEqual({ older: 'now', oldest: 'now' });
  });

  it('keeps existing redirects whose target is still current', () => {
    const update = updateRedirects({ previous: { a: 'now' }, published: [], current: [current('now', 1, 10, '甲')] });
    expect(update.redirects).toEqual({ a: 'now' });
  });

  it('stops redirecting an id that is current again', () => {
    const update = updateRedirects({
      previous: { again: 'other' },
      published: [],
      current: [current('again', 1, 5, '甲'), current('other', 6, 10, '乙')],
    });
    expect(update.redirects).toEqual({});
  });

  it('never redirects an id that a kept hand-edited file still publishes', () => {
    const update = updateRedirects({
      previous: {},
      published: [published('kept', 1, '甲')],
      current: [current('new', 1, 10, '甲')],
      keptIds: ['kept'],
    });
    expect(update.redirects).toEqual({});
  });

  it('returns keys in sorted order', () => {
    const update = updateRedirects({
      previous: { zz: 'now', aa: 'now', mm: 'now' },
      published: [],
      current: [current('now', 1, 10, '甲')],
    });
    expect(Object.keys(update.redirects)).toEqual(['aa', 'mm', 'zz']);
  });
});

describe('redirects.json', () => {
  it('serialises with sorted keys and reads back', () => {
    const text = redirectsToJson({ b: 'x', a: 'y' });
    expect(text).toBe('{\n  "a": "y",\n  "b": "x"\n}\n');
    expect(parseRedirects('content/redirects.json', text)).toEqual({ a: 'y', b: 'x' });
  });

  it.each([
    ['malformed JSON', '{"a": '],
    ['a non-string target', '{"a": 1}'],
  ])('rejects %s naming the file', (_what, text) => {
    expect(() => parseRedirects('content/redirects.json', text)).toThrow(SourceError);
    expect(() => parseRedirects('content/redirects.json', text)).toThrow(/^content\/redirects\.json:1: /);
  });
});
