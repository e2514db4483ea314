import { describe, expect, it } from 'vitest';
import {
  articleDocumentTitle,
  citationPublicationDate,
  formatIssueDate,
  formatIssueDateShort,
  gbtCitation,
  plainCitation,
  truncateText,
} from '@/lib/site/format';
import { makeArticle } from './fixtures';

describe('formatIssueDate', () => {
  it.each([
    ['2022-03-08', '2022年3月8日'],
    // the seed: the day is unknown, so the range is shown, never an invented day
    ['2022-03-06/2022-03-12', '2022年3月6日至12日间'],
    ['2022-03-28/2022-04-02', '2022年3月28日至4月2日间'],
    ['2022-12-28/2023-01-03', '2022年12月28日至2023年1月3日间'],
  ])('shows %s as %s', (date, text) => {
    expect(formatIssueDate(date)).toBe(text);
  });

  it.each([
    ['2022-03-08', '2022年3月8日'],
    ['2022-03-06/2022-03-12', '2022年3月'],
    ['2022-03-28/2022-04-02', '2022年3月28日至4月2日间'],
  ])('shortens %s to %s for titles', (date, text) => {
    expect(formatIssueDateShort(date)).toBe(text);
  });
});

describe('citations', () => {
  const seed = makeArticle({
    id: '2022-03-06_12-01-01',
    date: '2022-03-06/2022-03-12',
    title: '迈向现代化生态经济发展新型轨道',
    authors: [{ name: '叶江', role: '记者' }],
  });

  it('titles an article self-containedly for WeChat: 标题｜丽水日报 2022年3月 第1版', () => {
    expect(articleDocumentTitle(seed)).toBe('迈向现代化生态经济发展新型轨道｜丽水日报 2022年3月 第1版');
  });

  it('cites in the plain form with the honest range', () => {
    expect(plainCitation(seed)).toBe('《丽水日报》2022年3月6日至12日间 第1版');
  });

  it.each([
    [seed, '叶江. 迈向现代化生态经济发展新型轨道[N]. 丽水日报, 2022-03(1).'],
    [makeArticle({ id: 'a', title: '春耕', page: 3, authors: [] }), '春耕[N]. 丽水日报, 2022-03-08(3).'],
    [
      makeArticle({
        id: 'b',
        title: '多人',
        authors: ['甲', '乙', '丙', '丁'].map((name) => ({ name, role: '记者' })),
      }),
      '甲, 乙, 丙, 等. 多人[N]. 丽水日报, 2022-03-08(1).',
    ],
  ])('formats GB/T 7714 (%#)', (article, text) => {
    expect(gbtCitation(article)).toBe(text);
  });

  it.each([
    ['2022-03-08', '2022/03/08'],
    ['2022-03-06/2022-03-12', '2022/03'],
  ])('gives Zotero the date %s as %s (no invented day)', (date, text) => {
    expect(citationPublicationDate(date)).toBe(text);
  });
});

describe('truncateText', () => {
  it('cuts on characters, not UTF-16 units, and marks the cut', () => {
    expect(truncateText('一二三四五', 3)).toBe('一二…');
    expect(truncateText('一二三', 3)).toBe('一二三');
    expect(truncateText('𠀀𠀁𠀂𠀃', 3)).toBe('𠀀𠀁…');
  });
});
