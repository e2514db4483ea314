import { describe, expect, it } from 'vitest';
import { articleDescription, articleJsonLd, citationMeta, serializeJsonLd } from '@/lib/site/article-meta';
import { makeArticle } from './fixtures';
import { machineIssueDate } from '@/lib/site/format';
import { latestFeedSource, renderFeed } from '@/lib/site/feed';

const seed = makeArticle({
  id: '2022-03-06_12-01-01',
  date: '2022-03-06/2022-03-12',
  title: '迈向现代化生态经济发展新型轨道',
  authors: [{ name: '叶江', role: '记者' }],
  body: '## 小标题\n\n富裕美好社会山区样板。\n\n第二段。',
});

describe('article metadata', () => {
  it('describes an article by its first paragraph, not a subheading', () => {
    expect(articleDescription(seed)).toBe('富裕美好社会山区样板。');
  });

  it('dates JSON-LD with the reduced-precision month of an interval (no invented day) and names page and section', () => {
    expect(articleJsonLd(seed)).toMatchObject({
      '@type': 'NewsArticle',
      headline: '迈向现代化生态经济发展新型轨道',
      datePublished: '2022-03',
      author: [{ '@type': 'Person', name: '叶江' }],
      articleSection: '要闻',
      pageStart: '1',
    });
  });

  it('serialises JSON-LD so that content cannot close the script element', () => {
    const text = serializeJsonLd({ headline: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ headline: '</script><script>alert(1)</script>' });
  });

  it('gives Zotero a newspaper article with its page', () => {
    expect(citationMeta(seed)).toMatchObject({
      citation_title: '迈向现代化生态经济发展新型轨道',
      citation_author: ['叶江'],
      citation_publication_date: '2022/03',
      citation_journal_title: '丽水日报',
      citation_firstpage: '1',
    });
  });
});

describe('machine dates never invent a day (issue 13)', () => {
  it.each([
    ['2022-03-08', '2022-03-08'],
    ['2022-03-06/2022-03-12', '2022-03'],
    ['2022-03-28/2022-04-03', '2022'],
    ['2022-12-28/2023-01-03', null],
  ])('%s → %s for <time datetime>, sitemap lastmod and JSON-LD', (date, expected) => {
    expect(machineIssueDate(date)).toBe(expected);
  });

  it('gives an interval-dated RSS item no pubDate, a dated one its day', () => {
    const feed = renderFeed('rss', latestFeedSource([{ ...seed, id: 'x', date: '2022-03-08' }, seed]));
    expect(feed.match(/<pubDate>/g)).toHaveLength(1);
    expect(feed).toContain('<pubDate>Mon, 07 Mar 2022 16:00:00 GMT</pubDate>'); // 00:00 in Beijing
  });
});
