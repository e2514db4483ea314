import { describe, expect, it } from 'vitest';
import {
  ARTICLES_PER_PAGE,
  articleNeighbours,
  buildArchive,
  continuationTarget,
  dateToKey,
  hashName,
  sectionPage,
  sectionPageCount,
  sectionSlug,
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

describe('sectionSlug', () => {
  it.each([
    ['kind', '评论', 'commentary'],
    ['kind', '消息', 'news'],
    ['kind', '访谈', 'interview'],
    ['kind', '署名文章', 'signed'],
  ] as const)('gives the %s %s the English slug %s', (type, name, slug) => {
    expect(sectionSlug(type, name)).toBe(slug);
  });

  it('gives names an ASCII slug that depends only on the name', () => {
    expect(sectionSlug('page', '要闻')).toMatch(/^page-[0-9a-f]{8}$/);
    expect(sectionSlug('column', '诚信丽水')).toBe(`column-${hashName('诚信丽水')}`);
    expect(sectionSlug('page', '要闻')).not.toBe(sectionSlug('page', '综合'));
  });

  it('hashes with FNV-1a over UTF-8 bytes (pinned, so URLs never drift)', () => {
    expect(hashName('')).toBe('811c9dc5');
    expect(hashName('a')).toBe('e40c292c');
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
    ['2022-03-06_12-01-01', undefined, '2022-03-06_12-01-02'],
    ['2022-03-06_12-01-02', '2022-03-06_12-01-01', '2022-03-06_12-01-03'],
    ['2022-03-06_12-01-03', '2022-03-06_12-01-02', undefined],
    // alone on its page: no neighbours, even though other issues exist
    ['2022-03-08-02-01', undefined, undefined],
  ])('links %s to previous %s and next %s on the same 版面', (id, prev, next) => {
    const article = archive.articleById.get(id);
    if (!article) throw new Error('missing fixture');
    const links = articleNeighbours(archive, article);
    expect(links.prev?.id).toBe(prev);
    expect(links.next?.id).toBe(next);
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

describe('section pagination', () => {
  it.each([
    [0, 1],
    [1, 1],
    [ARTICLES_PER_PAGE, 1],
    [ARTICLES_PER_PAGE + 1, 2],
    [ARTICLES_PER_PAGE * 3, 3],
  ])('splits %i articles into %i listing pages', (count, pages) => {
    const articles = Array.from({ length: count }, (_, i) =>
      makeArticle({ id: `2022-01-01-01-${String(i + 1).padStart(3, '0')}`, date: '2022-01-01', order: i + 1 }),
    );
    const section = { type: 'page' as const, name: '要闻', slug: 'page-x', articles };
    expect(sectionPageCount(section)).toBe(pages);
    expect(Array.from({ length: pages }, (_, n) => sectionPage(section, n + 1)).flat()).toHaveLength(count);
  });
});
