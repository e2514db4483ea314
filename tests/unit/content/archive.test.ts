import { describe, expect, it } from 'vitest';
import {
  buildArchive,
  continuationTarget,
  dateToKey,
  findSection,
  legacySectionRedirects,
  readingNeighbours,
} from '@/lib/content/archive';
import { makeArticle } from '../site/fixtures';

describe('dateToKey', () => {
  it.each([
    // a day is its own key
    ['2022-03-08', '2022-03-08'],
    // an interval inside one month keeps the shared prefix (the seed page)
    ['2022-03-06/2022-03-12', '2022-03-06_12'],
    // across months both days are kept
    ['2022-03-28/2022-04-02', '2022-03-28_2022-04-02'],
    // across years as well
    ['2022-12-28/2023-01-03', '2022-12-28_2023-01-03'],
  ])('keys %s as %s', (date, key) => {
    expect(dateToKey(date)).toBe(key);
  });
});

const seedLike = [
  makeArticle({ id: '2022-03-06_12-01-02', date: '2022-03-06/2022-03-12', order: 2, title: '二', kind: '消息' }),
  makeArticle({ id: '2022-03-06_12-01-01', date: '2022-03-06/2022-03-12', order: 1, title: '一', continuedOn: 7 }),
  makeArticle({ id: '2022-03-06_12-01-03', date: '2022-03-06/2022-03-12', order: 3, title: '三', column: '诚信丽水', kind: '评论' }),
  makeArticle({ id: '2022-03-08-02-01', date: '2022-03-08', page: 2, pageName: '综合', title: '四', kind: '评论' }),
  makeArticle({ id: '2021-12-31-01-01', date: '2021-12-31', title: '五' }),
];

describe('buildArchive', () => {
  const archive = buildArchive(seedLike);

  it('groups issues by year and month, oldest first', () => {
    expect(archive.years.map((year) => [year.year, year.months.map((m) => [m.month, m.issues.map((i) => i.key)])])).toEqual([
      [2021, [[12, ['2021-12-31']]]],
      [2022, [[3, ['2022-03-06_12', '2022-03-08']]]],
    ]);
  });

  it('lists each issue’s pages in order and each page’s articles in reading order', () => {
    const issue = archive.issueByKey.get('2022-03-06_12');
    expect(issue?.pages.map((page) => [page.page, page.pageName, page.articles.map((a) => a.order)])).toEqual([[1, '要闻', [1, 2, 3]]]);
  });

  it('keeps an interval date on its issue instead of inventing a day', () => {
    expect(archive.issueByKey.get('2022-03-06_12')?.date).toBe('2022-03-06/2022-03-12');
  });

  it.each([
    // the first article of the archive has nothing before it
    ['2021-12-31-01-01', undefined, null, '2022-03-06_12-01-01', 'issue'],
    // the first of an issue steps back into the previous issue
    ['2022-03-06_12-01-01', '2021-12-31-01-01', 'issue', '2022-03-06_12-01-02', null],
    ['2022-03-06_12-01-02', '2022-03-06_12-01-01', null, '2022-03-06_12-01-03', null],
    // the last of an issue's last 版面 goes on to the next issue
    ['2022-03-06_12-01-03', '2022-03-06_12-01-02', null, '2022-03-08-02-01', 'issue'],
    // alone on the newest issue: back to the previous issue, nothing after
    ['2022-03-08-02-01', '2022-03-06_12-01-03', 'issue', undefined, null],
  ])('links %s back to %s (%s) and on to %s (%s) in reading order', (id, prev, prevCrosses, next, nextCrosses) => {
    const article = archive.articleById.get(id);
    if (!article) throw new Error('missing fixture');
    const links = readingNeighbours(archive, article);
    expect(links.prev?.article.id).toBe(prev);
    expect(links.next?.article.id).toBe(next);
    if (links.prev) expect(links.prev.crosses).toBe(prevCrosses);
    if (links.next) expect(links.next.crosses).toBe(nextCrosses);
  });

  it('crosses to the first article of the next 版面 with articles, and back to the last of the previous', () => {
    const day = { date: '2022-03-09' };
    const crossing = buildArchive([
      makeArticle({ ...day, id: '2022-03-09-01-01', page: 1, order: 1 }),
      makeArticle({ ...day, id: '2022-03-09-01-02', page: 1, order: 2 }),
      // 版 2 holds only unplaced text: reading skips it
      makeArticle({ ...day, id: '2022-03-09-03-02', page: 3, pageName: '综合', order: 2 }),
      makeArticle({ ...day, id: '2022-03-09-03-01', page: 3, pageName: '综合', order: 1 }),
    ], [{ source: 'p2.txt', paper: '丽水日报', date: '2022-03-09', dateNote: null, page: 2, pageName: null, fragments: [{ anchor: 'f1', text: '无题文字。', lines: [1, 1], furniture: false }] }]);
    expect(crossing.issues[0]?.pages.map((page) => page.page)).toEqual([1, 2, 3]);
    const last = crossing.articleById.get('2022-03-09-01-02')!;
    const next = readingNeighbours(crossing, last).next;
    expect([next?.article.id, next?.crosses, next?.page.page]).toEqual(['2022-03-09-03-01', 'page', 3]);
    const back = readingNeighbours(crossing, crossing.articleById.get('2022-03-09-03-01')!).prev;
    expect([back?.article.id, back?.crosses]).toEqual(['2022-03-09-01-02', 'page']);
  });

  it('has no neighbours for an article the archive does not hold', () => {
    const stranger = makeArticle({ id: '2030-01-01-01-01', date: '2030-01-01' });
    expect(readingNeighbours(archive, stranger)).toEqual({ prev: undefined, next: undefined });
  });

  it('builds sections for 版面 names, columns and kinds with counts, newest first', () => {
    const summary = archive.sections.map((section) => [section.type, section.name, section.articles.map((a) => a.id)]);
    expect(summary).toEqual([
      ['page', '要闻', ['2022-03-06_12-01-01', '2022-03-06_12-01-02', '2022-03-06_12-01-03', '2021-12-31-01-01']],
      ['page', '综合', ['2022-03-08-02-01']],
      ['column', '诚信丽水', ['2022-03-06_12-01-03']],
      ['kind', '评论', ['2022-03-08-02-01', '2022-03-06_12-01-03']],
      ['kind', '消息', ['2022-03-06_12-01-02']],
    ]);
  });

  it('gives sections readable slugs, keeps their old hash slugs for redirects, and finds them by name', () => {
    expect(archive.sections.map((section) => [section.name, section.slug, section.legacySlug])).toEqual([
      ['要闻', 'yao-wen', 'page-a228697f'],
      ['综合', 'zong-he', 'page-8e97bdd4'],
      ['诚信丽水', 'cheng-xin-li-shui', 'column-d6ada585'],
      ['评论', 'commentary', 'commentary'],
      ['消息', 'news', 'news'],
    ]);
    expect(findSection(archive, 'column', '诚信丽水')?.slug).toBe('cheng-xin-li-shui');
    expect(findSection(archive, 'column', null)).toBeUndefined();
    // kinds kept their English slugs, so only 版面 and columns need redirects
    expect(legacySectionRedirects(archive).map(({ from, to }) => [from, to.slug])).toEqual([
      ['page-a228697f', 'yao-wen'],
      ['page-8e97bdd4', 'zong-he'],
      ['column-d6ada585', 'cheng-xin-li-shui'],
    ]);
  });

  it('rejects two articles with one id', () => {
    expect(() => buildArchive([seedLike[0]!, seedLike[0]!])).toThrow(/duplicate article id/);
  });
});

describe('continuationTarget', () => {
  it('is null when the archive does not have the continuation page', () => {
    const archive = buildArchive(seedLike);
    expect(continuationTarget(archive, archive.articleById.get('2022-03-06_12-01-01')!)).toBeNull();
  });

  it('leads to the article that continues from this page when there is one', () => {
    const follow = makeArticle({ id: '2022-03-06_12-07-02', date: '2022-03-06/2022-03-12', page: 7, pageName: '综合', order: 2, title: '一', continuedFrom: 1 });
    const other = makeArticle({ id: '2022-03-06_12-07-01', date: '2022-03-06/2022-03-12', page: 7, pageName: '综合', title: '别的' });
    const archive = buildArchive([...seedLike, follow, other]);
    const target = continuationTarget(archive, archive.articleById.get('2022-03-06_12-01-01')!);
    expect(target?.type === 'article' && target.article.id).toBe('2022-03-06_12-07-02');
  });

  it('leads to the page when no article on it says where it continues from', () => {
    const other = makeArticle({ id: '2022-03-06_12-07-01', date: '2022-03-06/2022-03-12', page: 7, pageName: '综合', title: '别的' });
    const archive = buildArchive([...seedLike, other]);
    const target = continuationTarget(archive, archive.articleById.get('2022-03-06_12-01-01')!);
    expect(target?.type === 'page' && target.page.page).toBe(7);
  });
});
