import { describe, expect, it } from 'vitest';
import {
  articleToOpenData,
  buildSitemaps,
  escapeHtml,
  openSearchXml,
  redirectPageHtml,
  sitemapEntries,
  stripNextRuntime,
} from '@/lib/site/static-files';
import { latestFeedSource, renderFeed, textToHtml } from '@/lib/site/feed';
import { buildArchive } from '@/lib/content/archive';
import { makeArticle } from './fixtures';

const hostile = makeArticle({
  id: '2022-03-08-01-01',
  title: '<script>alert(1)</script>"&',
  byline: '<img src=x onerror=alert(1)>',
});

describe('redirect pages', () => {
  it('point at the current article with a canonical link and a meta refresh, escaping the title', () => {
    const html = redirectPageHtml(hostile);
    expect(html).toContain('<link rel="canonical" href="http://localhost:3000/articles/2022-03-08-01-01/">');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/articles/2022-03-08-01-01/">');
    expect(html).not.toContain('<script>alert');
    expect(html).toContain(escapeHtml('<script>alert(1)</script>"&'));
  });
});

describe('open data', () => {
  it('carries the whole front matter, review reasons included, with the body as blocks and as Markdown', () => {
    const article = makeArticle({
      id: '2022-03-08-01-02',
      review: ['subheadings'],
      body: '第一段。\n\n## 小标题',
    });
    expect(articleToOpenData(article)).toMatchObject({
      version: 1,
      url: 'http://localhost:3000/articles/2022-03-08-01-02/',
      id: '2022-03-08-01-02',
      openingMissing: false,
      review: ['subheadings'],
      body: [
        { type: 'paragraph', text: '第一段。' },
        { type: 'subheading', text: '小标题' },
      ],
      markdown: '第一段。\n\n## 小标题',
    });
  });
});

describe('sitemaps', () => {
  const entries = Array.from({ length: 7 }, (_, i) => ({
    path: `/articles/${i}/`,
    lastmod: `2022-03-0${i + 1}`,
  }));

  it('writes one urlset up to the limit', () => {
    const files = buildSitemaps(entries, 7);
    expect([...files.keys()]).toEqual(['sitemap.xml']);
    expect(files.get('sitemap.xml')).toContain('<urlset');
  });

  it('becomes an index of chunks past the limit, each chunk within it', () => {
    const files = buildSitemaps(entries, 3);
    expect([...files.keys()].sort()).toEqual([
      'sitemap.xml',
      'sitemaps/1.xml',
      'sitemaps/2.xml',
      'sitemaps/3.xml',
    ]);
    expect(files.get('sitemap.xml')).toContain('<sitemapindex');
    expect(files.get('sitemap.xml')).toContain(
      '<loc>http://localhost:3000/sitemaps/2.xml</loc><lastmod>2022-03-06</lastmod>',
    );
    for (const n of [1, 2, 3])
      expect((files.get(`sitemaps/${n}.xml`) ?? '').match(/<url>/g)?.length).toBeLessThanOrEqual(3);
  });

  it('lists every article, issue and 版面 with lastmod from content', () => {
    const list = sitemapEntries(buildArchive([hostile]));
    expect(list).toContainEqual({ path: '/articles/2022-03-08-01-01/', lastmod: '2022-03-08' });
    expect(list).toContainEqual({ path: '/issues/2022-03-08/01/', lastmod: '2022-03-08' });
  });
});

describe('feeds and OpenSearch', () => {
  it('escapes article text in RSS', () => {
    const xml = renderFeed('rss', { ...latestFeedSource([hostile]), title: 't', description: 'd' });
    expect(xml).not.toContain('<script>');
    // RSS titles are read as HTML by most readers: the printed text is escaped once more inside CDATA.
    expect(xml).toContain(`<title><![CDATA[${textToHtml('<script>alert(1)</script>"&')}]]></title>`);
    expect(xml).toContain('>&lt;img src=x onerror=alert(1)&gt;</dc:creator>');
    expect(xml).not.toContain('<author>');
  });

  it('points the OpenSearch template at the search page', () => {
    expect(openSearchXml()).toContain('template="http://localhost:3000/search/?q={searchTerms}"');
  });
});

describe('stripNextRuntime', () => {
  const page = [
    '<html><head><meta charset="utf-8"/><link rel="stylesheet" href="/archive/_next/static/chunks/a.css" data-precedence="next"/>',
    '<link rel="preload" as="script" fetchPriority="low" href="/archive/_next/static/chunks/b.js"/>',
    '<script src="/archive/_next/static/chunks/c.js" async=""></script><script>(function(){/* settings */})();</script>',
    '<script src="/archive/_next/static/chunks/poly.js" noModule=""></script></head><body><p>正文 &lt;script&gt;</p>',
    '<script type="application/ld+json">{"headline":"\\u003c/script>"}</script>',
    '<script id="_R_">(globalThis["TURBOPACK"] || []).push(1)</script>',
    '<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"\\u003cscript>alert(1)\\u003c/script>"])</script>',
    '<script src="/archive/enhance.js" defer=""></script></body></html>',
  ].join('');
  const stripped = stripNextRuntime(page, '/archive');

  it('removes Next’s scripts, script preloads, bootstrap and inline RSC payload', () => {
    expect(stripped).not.toMatch(/_next\/static\/chunks\/[a-z]+\.js/);
    expect(stripped).not.toContain('__next_f');
    expect(stripped).not.toContain('TURBOPACK');
  });

  it('keeps the stylesheet, our own scripts and the page text', () => {
    expect(stripped).toContain('a.css');
    expect(stripped).toContain('/* settings */');
    expect(stripped).toContain('application/ld+json');
    expect(stripped).toContain('/archive/enhance.js');
    expect(stripped).toContain('<p>正文 &lt;script&gt;</p>');
  });

  it('leaves a page without Next’s runtime unchanged', () => {
    expect(stripNextRuntime(stripped, '/archive')).toBe(stripped);
  });
});
