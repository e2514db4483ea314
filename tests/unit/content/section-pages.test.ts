import { describe, expect, it } from 'vitest';
import { ARTICLES_PER_PAGE, buildArchive, type Section } from '@/lib/content/archive';
import {
  legacySectionPageCount,
  legacySectionPageTarget,
  sectionLanding,
  sectionLandingPages,
  sectionPage,
  sectionPageCount,
} from '@/lib/content/section-pages';
import { makeArticle } from '../site/fixtures';

/** `count` 要闻 articles, two per day from 2022-01-01 (a 版 with two articles every day). */
function daily(count: number, firstDay = Date.UTC(2022, 0, 1)): ReturnType<typeof makeArticle>[] {
  return Array.from({ length: count }, (_, i) => {
    const date = new Date(firstDay + Math.floor(i / 2) * 86_400_000).toISOString().slice(0, 10);
    return makeArticle({ id: `${date}-01-0${(i % 2) + 1}`, date, order: (i % 2) + 1, title: `第${i}篇` });
  });
}

function yaoWen(count: number): Section {
  return buildArchive(daily(count)).sectionBySlug.get('yao-wen')!;
}

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
    const section = { type: 'page' as const, name: '要闻', slug: 'yao-wen', legacySlug: 'page-x', articles };
    expect(sectionPageCount(section)).toBe(pages);
    expect(Array.from({ length: pages }, (_, n) => sectionPage(section, n + 1)).flat()).toHaveLength(count);
  });

  it('numbers pages from the oldest article and shows each page newest issue first, in reading order', () => {
    const section = yaoWen(ARTICLES_PER_PAGE + 3);
    expect(sectionPage(section, 1).slice(-2).map((article) => article.title)).toEqual(['第0篇', '第1篇']);
    expect(sectionPage(section, 1).slice(0, 2).map((article) => article.title)).toEqual(['第48篇', '第49篇']);
    expect(sectionPage(section, 2).map((article) => article.title)).toEqual(['第52篇', '第50篇', '第51篇']);
  });

  it('shows the last page on the landing, with the page before while the last holds under half a page', () => {
    expect(sectionLandingPages(yaoWen(3))).toEqual([1]);
    expect(sectionLandingPages(yaoWen(ARTICLES_PER_PAGE + 3))).toEqual([1, 2]);
    expect(sectionLandingPages(yaoWen(ARTICLES_PER_PAGE * 2 - 10))).toEqual([2]);
    const section = yaoWen(ARTICLES_PER_PAGE * 2 + 3);
    expect(sectionLanding(section)).toHaveLength(ARTICLES_PER_PAGE + 3);
    expect(sectionLanding(section)[0]?.title).toBe(`第${ARTICLES_PER_PAGE * 2 + 2}篇`);
  });
});

describe('newest-first pages published before (redirects)', () => {
  it('sends page 1 to the landing and page n to the stable page holding its newest article', () => {
    const section = yaoWen(ARTICLES_PER_PAGE * 2 + 3);
    expect(legacySectionPageCount(section)).toBe(3);
    expect(legacySectionPageTarget(section, 1)).toBeNull();
    // old page 2 began with the 51st newest article (第52篇), which now stands on page 2
    expect(legacySectionPageTarget(section, 2)).toBe(2);
    // old page 3 began with 第2篇, on page 1
    expect(legacySectionPageTarget(section, 3)).toBe(1);
  });

  it('counts only articles up to the day listings became stable, so later days add no old pages', () => {
    const later = daily(ARTICLES_PER_PAGE * 2, Date.UTC(2022, 5, 1));
    const section = buildArchive([...daily(3), ...later]).sectionBySlug.get('yao-wen')!;
    expect(sectionPageCount(section)).toBe(3);
    expect(legacySectionPageCount(section)).toBe(1);
  });
});
