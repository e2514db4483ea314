// The query cap (issue 13): a query longer than 200 characters is cut, by characters (astral ones
// count once), and the page can tell that it was.
import { describe, expect, it } from 'vitest';
import {
  activeFilters,
  clearFilter,
  EMPTY_SEARCH,
  MAX_QUERY_LENGTH,
  queryWasCut,
  searchDocumentTitle,
  searchStateFromParams,
  TITLE_QUERY_LENGTH,
} from '@/app/_components/search-state';

describe('the query cap', () => {
  it('cuts a long ?q= to 200 characters and says it was cut', () => {
    const params = new URLSearchParams({ q: '丽'.repeat(54_000) });
    expect(searchStateFromParams(params).q).toBe('丽'.repeat(MAX_QUERY_LENGTH));
    expect(queryWasCut(params)).toBe(true);
  });

  it('counts an astral character once and never splits it', () => {
    const params = new URLSearchParams({ q: '𫖯'.repeat(MAX_QUERY_LENGTH + 1) });
    expect(Array.from(searchStateFromParams(params).q)).toHaveLength(MAX_QUERY_LENGTH);
    expect(searchStateFromParams(params).q).not.toMatch(/[\ud800-\udbff]$/);
  });

  it('leaves a query of 200 characters alone', () => {
    const params = new URLSearchParams({ q: '水'.repeat(MAX_QUERY_LENGTH) });
    expect(queryWasCut(params)).toBe(false);
    expect(searchStateFromParams(params).q).toHaveLength(MAX_QUERY_LENGTH);
  });
});

describe('the query in the document title', () => {
  it.each([
    ['诚信', 1, '「诚信」 - 全文检索｜丽水日报数字档案'],
    ['  丽水   茶叶 ', 1, '「丽水 茶叶」 - 全文检索｜丽水日报数字档案'], // trimmed, spaces folded
    ['丽水', 3, '「丽水」 第3页 - 全文检索｜丽水日报数字档案'],
    ['', 1, '全文检索｜丽水日报数字档案'],
    ['<img src=x onerror=alert(1)>', 1, '「<img src=x onerror=alert(1)>」 - 全文检索｜丽水日报数字档案'], // text, set as text
  ])('%j on page %i → %s', (q, page, title) => {
    expect(searchDocumentTitle({ q, page }, '丽水日报数字档案')).toBe(title);
  });

  it('cuts a long query with … and never splits an astral character', () => {
    const title = searchDocumentTitle({ q: '𫖯'.repeat(80), page: 1 }, '档案');
    expect(title).toBe(`「${'𫖯'.repeat(TITLE_QUERY_LENGTH - 1)}…」 - 全文检索｜档案`);
  });
});

describe('active filters', () => {
  const state = {
    ...EMPTY_SEARCH,
    q: '丽水',
    section: '要闻',
    kind: '评论',
    from: '2022-03-01',
    sort: 'date' as const,
    page: 2,
  };

  it('lists every filter in use, in the order of the controls, and a date sort', () => {
    expect(activeFilters(state).map((filter) => filter.label)).toEqual([
      '版面：要闻',
      '体裁：评论',
      '从 2022-03-01',
      '按日期排序',
    ]);
    expect(activeFilters({ ...EMPTY_SEARCH, q: '丽水' })).toEqual([]);
  });

  it('clears one filter, keeps the rest and the query, and goes back to page 1', () => {
    expect(clearFilter(state, 'kind')).toEqual({ ...state, kind: '', page: 1 });
    expect(clearFilter(state, 'sort')).toEqual({ ...state, sort: 'relevance', page: 1 });
  });
});
