import { describe, expect, it } from 'vitest';
import { articleId, articlePath, dateToKey, fragmentsPath, isArticleId, pageKey } from '@/lib/content/ids';

describe('dateToKey', () => {
  it.each([
    // [issue date, key]
    ['2022-03-08', '2022-03-08'], // a day stays as it is
    ['2022-03-06/2022-03-12', '2022-03-06_12'], // a range within one month keeps only the last day
    ['2022-03-28/2022-04-02', '2022-03-28_2022-04-02'], // across months both days are spelled out
    ['2021-12-30/2022-01-02', '2021-12-30_2022-01-02'], // across years too
  ])('turns %s into %s', (date, key) => {
    expect(dateToKey(date)).toBe(key);
  });
});

describe('article ids', () => {
  it.each([
    // [page, order, id]
    [{ date: '2022-03-08', page: 1 }, 3, '2022-03-08-01-03'],
    [{ date: '2022-03-06/2022-03-12', page: 1 }, 7, '2022-03-06_12-01-07'],
    [{ date: '2022-03-08', page: 12 }, 10, '2022-03-08-12-10'],
    [{ date: '2022-03-08', page: 104 }, 123, '2022-03-08-104-123'], // more than 99 keeps all digits
    [{ date: '2022-03-08', page: 2, paperSlug: 'lsrb' }, 1, 'lsrb-2022-03-08-02-01'], // a paper slug prefixes the id
  ])('builds the id of %o, article %i, as %s', (page, order, id) => {
    expect(articleId(page, order)).toBe(id);
    expect(isArticleId(id)).toBe(true);
  });

  it('names the page the same way without the order', () => {
    expect(pageKey({ date: '2022-03-06/2022-03-12', page: 1 })).toBe('2022-03-06_12-01');
  });

  it('files articles and fragments under the year and month of the first day', () => {
    expect(articlePath('2022-03-28_2022-04-02-01-01', '2022-03-28/2022-04-02')).toBe(
      'articles/2022/03/2022-03-28_2022-04-02-01-01.md',
    );
    expect(fragmentsPath('2022-03-08-01', '2022-03-08')).toBe('fragments/2022/03/2022-03-08-01.json');
  });

  it.each(['2022-03-08-01-0A', '2022/03/08', 'id with space', '丽水'])('rejects %s as an id', (id) => {
    expect(isArticleId(id)).toBe(false);
  });
});
