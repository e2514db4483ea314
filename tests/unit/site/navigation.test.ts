import { describe, expect, it } from 'vitest';
import { buildArchive, readingNeighbours } from '@/lib/content/archive';
import {
  articleCrumbs,
  breadcrumbJsonLd,
  formatIssueDateInYear,
  issueCrumbs,
  neighbourCaption,
  pageCrumbs,
  sectionCrumbs,
  yearCrumbs,
} from '@/lib/site/navigation';
import { absoluteUrl } from '@/lib/site/urls';
import { makeArticle } from './fixtures';

const archive = buildArchive([
  makeArticle({ id: '2022-03-06_12-01-01', date: '2022-03-06/2022-03-12', title: '头条' }),
  makeArticle({ id: '2022-03-08-01-01', date: '2022-03-08', title: '一版头条' }),
  makeArticle({ id: '2022-03-08-02-01', date: '2022-03-08', page: 2, pageName: '综合', title: '二版头条' }),
  makeArticle({
    id: '2022-03-08-02-02',
    date: '2022-03-08',
    page: 2,
    pageName: '综合',
    order: 2,
    title: '二版次条',
  }),
]);
const issue = archive.issueByKey.get('2022-03-08')!;
const article = (id: string) => archive.articleById.get(id)!;

describe('formatIssueDateInYear', () => {
  it.each([
    ['2022-03-08', '3月8日'],
    ['2022-03-06/2022-03-12', '3月6日至12日间'],
    // across years the second year must stay
    ['2022-12-28/2023-01-03', '12月28日至2023年1月3日间'],
  ])('shows %s under its year as %s', (date, label) => {
    expect(formatIssueDateInYear(date)).toBe(label);
  });
});

describe('breadcrumbs', () => {
  it('follow one hierarchy: 首页 › year › issue › 版面 › article, each a prefix of the next', () => {
    const full = articleCrumbs(issue, article('2022-03-08-02-02'));
    expect(full.map((crumb) => crumb.label)).toEqual(['首页', '2022年', '3月8日', '第2版 综合', '二版次条']);
    expect(full.map((crumb) => crumb.path)).toEqual([
      '/',
      '/issues/2022/',
      '/issues/2022-03-08/',
      '/issues/2022-03-08/02/',
      '/articles/2022-03-08-02-02/',
    ]);
    expect(pageCrumbs(issue, issue.pages[1]!)).toEqual(full.slice(0, 4));
    expect(issueCrumbs(issue)).toEqual(full.slice(0, 3));
    expect(yearCrumbs(2022)).toEqual(full.slice(0, 2));
  });

  it('put a section’s landing under 栏目与版面 and a numbered listing page under its landing', () => {
    const section = archive.sectionBySlug.get('zong-he')!;
    expect(sectionCrumbs(section).map((crumb) => crumb.label)).toEqual(['首页', '栏目与版面', '综合']);
    expect(sectionCrumbs(section, 2).map((crumb) => [crumb.label, crumb.path])).toEqual([
      ['首页', '/'],
      ['栏目与版面', '/sections/'],
      ['综合', '/sections/zong-he/'],
      ['第2页', '/sections/zong-he/p/2/'],
    ]);
  });

  it('give machines the same crumbs as BreadcrumbList JSON-LD with absolute URLs', () => {
    const crumbs = [
      { label: '首页', path: '/' },
      { label: '2022年', path: '/issues/2022/' },
    ];
    expect(breadcrumbJsonLd(crumbs)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: '首页', item: absoluteUrl('/') },
        { '@type': 'ListItem', position: 2, name: '2022年', item: absoluteUrl('/issues/2022/') },
      ],
    });
    expect(absoluteUrl('/issues/2022/')).toMatch(/^https?:\/\/[^/]+.*\/issues\/2022\/$/);
    // Every crumb of a 版面 page becomes one list item, in order.
    const pageList = breadcrumbJsonLd(pageCrumbs(issue, issue.pages[0]!)).itemListElement as {
      position: number;
    }[];
    expect(pageList.map((item) => item.position)).toEqual([1, 2, 3, 4]);
  });
});

describe('neighbourCaption', () => {
  it.each([
    // same 版面
    ['2022-03-08-02-01', 'next', '下一篇'],
    ['2022-03-08-02-02', 'prev', '上一篇'],
    // across 版面 of one issue
    ['2022-03-08-01-01', 'next', '下一版：第2版 综合'],
    ['2022-03-08-02-01', 'prev', '上一版：第1版 要闻'],
    // across issues: the other issue's date is named too
    ['2022-03-06_12-01-01', 'next', '下一期：2022年3月8日 第1版 要闻'],
    ['2022-03-08-01-01', 'prev', '上一期：2022年3月6日至12日间 第1版 要闻'],
  ] as const)('labels the step from %s to its %s article 「%s」', (id, direction, caption) => {
    const neighbour = readingNeighbours(archive, article(id))[direction];
    expect(neighbour && neighbourCaption(direction, neighbour)).toBe(caption);
  });
});
