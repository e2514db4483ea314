import { afterEach, describe, expect, it, vi } from 'vitest';
import { xml2js, type Element } from 'xml-js';
import {
  FEED_SIZE,
  feedAlternates,
  feedItemDates,
  latestFeedSource,
  renderFeed,
  sectionFeedSource,
  type FeedSource,
  type JsonFeed,
} from '@/lib/site/feed';
import { buildArchive } from '@/lib/content/archive';
import { makeArticle } from './fixtures';

const HOSTILE_TITLE = '<script>alert(1)</script>"& ]]> 标题';
const dated = makeArticle({
  id: '2022-03-08-01-01',
  title: HOSTILE_TITLE,
  byline: '<img src=x onerror=alert(1)>',
  authors: [{ name: '叶江', role: '记者' }],
  column: '诚信丽水',
});
// The seed page's case: the day is unknown, only the week.
const interval = makeArticle({ id: '2022-03-06_12-01-02', date: '2022-03-06/2022-03-12', title: '区间日期' });
const source: FeedSource = latestFeedSource([dated, interval]);

/**
 * Parses XML strictly (sax throws on unbalanced or unclosed markup), after checking the two things
 * sax lets through: a raw `<` in an attribute value and entities XML does not predefine.
 */
function parseXml(xml: string): Element {
  expect(xml).not.toMatch(/=\s*"[^"]*</);
  const entities = xml.match(/&[^;\s]*;/g) ?? [];
  expect(entities.filter((entity) => !/^&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);$/i.test(entity))).toEqual(
    [],
  );
  return xml2js(xml, { compact: false }) as Element;
}

function children(element: Element | undefined, name: string): Element[] {
  return (element?.elements ?? []).filter((child) => child.type === 'element' && child.name === name);
}

function child(element: Element | undefined, name: string): Element | undefined {
  return children(element, name)[0];
}

/** The text of an element: its text and CDATA nodes joined, entities already decoded by the parser. */
function text(element: Element | undefined): string {
  return (element?.elements ?? [])
    .map((node) =>
      node.type === 'text' ? String(node.text) : node.type === 'cdata' ? String(node.cdata) : '',
    )
    .join('');
}

/** Undoes one level of HTML escaping, as a feed reader does for RSS HTML and Atom type="html". */
function unescapeHtml(html: string): string {
  return html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

function allElementNames(element: Element): string[] {
  return [element.name ?? '', ...(element.elements ?? []).flatMap(allElementNames)];
}

describe('Atom (RFC 4287)', () => {
  const root = parseXml(renderFeed('atom', source));
  const feed = child(root, 'feed');
  const entries = children(feed, 'entry');

  it('is a well-formed Atom feed with id, title, updated, the paper as author and a self link', () => {
    expect(feed?.attributes?.xmlns).toBe('http://www.w3.org/2005/Atom');
    expect(text(child(feed, 'id'))).toBe('http://localhost:3000/');
    expect(text(child(feed, 'title'))).toBe('丽水日报 · 最新文章');
    expect(text(child(child(feed, 'author'), 'name'))).toBe('丽水日报');
    const links = children(feed, 'link').map((link) => link.attributes);
    expect(links).toContainEqual({ rel: 'self', href: 'http://localhost:3000/atom.xml' });
    expect(links).toContainEqual({ rel: 'alternate', href: 'http://localhost:3000/' });
  });

  it('has one entry per article, each with its permalink as id and link', () => {
    expect(entries).toHaveLength(2);
    expect(entries.map((entry) => text(child(entry, 'id')))).toEqual([
      'http://localhost:3000/articles/2022-03-08-01-01/',
      'http://localhost:3000/articles/2022-03-06_12-01-02/',
    ]);
    expect(entries.map((entry) => child(entry, 'link')?.attributes?.href)).toEqual(
      entries.map((entry) => text(child(entry, 'id'))),
    );
    expect(text(child(child(entries[0], 'author'), 'name'))).toBe('叶江');
  });

  it('dates a dated issue by its day and an interval by its last instant, with no published day', () => {
    expect(text(child(entries[0], 'published'))).toBe('2022-03-07T16:00:00.000Z'); // 00:00 in Beijing
    expect(text(child(entries[0], 'updated'))).toBe('2022-03-07T16:00:00.000Z');
    expect(child(entries[1], 'published')).toBeUndefined();
    expect(text(child(entries[1], 'updated'))).toBe('2022-03-12T15:59:59.000Z'); // 23:59:59 on the 12th in Beijing
    expect(text(child(entries[1], 'summary'))).toContain('2022年3月6日至12日间');
    expect(text(child(feed, 'updated'))).toBe('2022-03-12T15:59:59.000Z');
  });

  it('escapes printed text so that a reader un-escaping type="html" gets the text, never markup', () => {
    const title = child(entries[0], 'title');
    expect(title?.attributes?.type).toBe('html');
    expect(text(title)).not.toMatch(/[<>]/);
    expect(unescapeHtml(text(title))).toBe(HOSTILE_TITLE);
    expect(allElementNames(root)).not.toContain('script');
  });

  it('leaves a 版面名 that holds "<" out of <category> and stays well-formed', () => {
    const odd = makeArticle({ id: '2022-03-08-02-01', page: 2, pageName: '要<闻' });
    const xml = renderFeed('atom', latestFeedSource([odd]));
    const entry = child(child(parseXml(xml), 'feed'), 'entry');
    expect(children(entry, 'category')).toEqual([]);
    expect(unescapeHtml(text(child(entry, 'summary')))).toContain('要<闻');
  });
});

describe('JSON Feed 1.1', () => {
  const json = renderFeed('json', source);
  const feed = JSON.parse(json) as JsonFeed;

  it('is JSON Feed 1.1 with the feed and home page URLs, language and the paper as author', () => {
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: '丽水日报 · 最新文章',
      home_page_url: 'http://localhost:3000/',
      feed_url: 'http://localhost:3000/feed.json',
      language: 'zh-CN',
      authors: [{ name: '丽水日报', url: 'http://localhost:3000/' }],
    });
    expect(feed.items.map((item) => item.id)).toEqual([
      'http://localhost:3000/articles/2022-03-08-01-01/',
      'http://localhost:3000/articles/2022-03-06_12-01-02/',
    ]);
  });

  it('gives a dated issue date_published and an interval none, with the interval in _archive', () => {
    const [first, second] = feed.items;
    expect(first?.date_published).toBe('2022-03-08T00:00:00+08:00');
    expect(second).not.toHaveProperty('date_published');
    expect(second).not.toHaveProperty('date_modified');
    expect(second?._archive).toEqual({ issue_date: '2022-03-06/2022-03-12', page: 1 });
  });

  it('carries printed text as plain text and writes no raw "<"', () => {
    expect(json).not.toContain('<');
    expect(feed.items[0]?.title).toBe(HOSTILE_TITLE);
    expect(feed.items[0]).not.toHaveProperty('content_html');
    expect(feed.items[0]?.content_text).toContain('2022年3月8日 第1版 要闻。');
    expect(feed.items[0]?.tags).toEqual(['要闻', '诚信丽水']);
    expect(feed.items[0]?.authors).toEqual([{ name: '叶江' }]);
  });
});

describe('RSS 2.0', () => {
  const channel = child(child(parseXml(renderFeed('rss', source)), 'rss'), 'channel');
  const items = children(channel, 'item');

  it('is well-formed, with the byline in a declared dc:creator and no <author>', () => {
    expect(items).toHaveLength(2);
    const creator = child(items[0], 'dc:creator');
    expect(creator?.attributes?.['xmlns:dc']).toBe('http://purl.org/dc/elements/1.1/');
    expect(text(creator)).toBe('<img src=x onerror=alert(1)>');
    expect(child(items[0], 'author')).toBeUndefined();
    expect(unescapeHtml(text(child(items[0], 'title')))).toBe(HOSTILE_TITLE);
  });

  it('gives an interval-dated item no pubDate (RFC 822 has no month) and the channel its latest bound', () => {
    expect(text(child(items[0], 'pubDate'))).toBe('Mon, 07 Mar 2022 16:00:00 GMT');
    expect(child(items[1], 'pubDate')).toBeUndefined();
    expect(text(child(channel, 'lastBuildDate'))).toBe('Sat, 12 Mar 2022 15:59:59 GMT');
  });
});

describe('every format', () => {
  afterEach(() => vi.useRealTimers());

  it.each(['rss', 'atom', 'json'] as const)('%s publishes at most FEED_SIZE articles', (format) => {
    const many = Array.from({ length: FEED_SIZE + 10 }, (_, index) =>
      makeArticle({ id: `2022-03-08-01-${String(index + 1).padStart(2, '0')}`, order: index + 1 }),
    );
    const output = renderFeed(format, latestFeedSource(many));
    const count =
      format === 'json'
        ? (JSON.parse(output) as JsonFeed).items.length
        : output.split('/articles/').length - 1;
    // XML writes each URL twice per item (link and guid/id).
    expect(count).toBe(format === 'json' ? FEED_SIZE : FEED_SIZE * 2);
  });

  it.each(['rss', 'atom', 'json'] as const)(
    '%s is byte-stable: the clock never enters, not even for an empty feed',
    (format) => {
      vi.useFakeTimers();
      vi.setSystemTime(new Date('2030-01-01T00:00:00Z'));
      const first = [renderFeed(format, source), renderFeed(format, latestFeedSource([]))];
      vi.setSystemTime(new Date('2031-06-15T12:00:00Z'));
      expect([renderFeed(format, source), renderFeed(format, latestFeedSource([]))]).toEqual(first);
    },
  );

  it('builds a section feed set under the section path', () => {
    const archive = buildArchive([dated, interval]);
    const section = archive.sections.find((entry) => entry.name === '诚信丽水');
    expect(section).toBeDefined();
    const sectionSource = sectionFeedSource(section!);
    expect(sectionSource.articles.map((article) => article.id)).toEqual([dated.id]);
    expect(feedAlternates(sectionSource)).toEqual([
      expect.objectContaining({
        type: 'application/rss+xml',
        url: expect.stringMatching(/\/sections\/[^/]+\/feed\.xml$/),
      }),
      expect.objectContaining({
        type: 'application/atom+xml',
        url: expect.stringMatching(/\/sections\/[^/]+\/atom\.xml$/),
      }),
      expect.objectContaining({
        type: 'application/feed+json',
        url: expect.stringMatching(/\/sections\/[^/]+\/feed\.json$/),
      }),
    ]);
  });
});

describe('feedItemDates', () => {
  it.each([
    // a dated issue: 00:00 Beijing, published and updated alike
    ['2022-03-08', '2022-03-07T16:00:00.000Z', '2022-03-07T16:00:00.000Z'],
    // an interval inside a month: no published day; updated is its last instant
    ['2022-03-06/2022-03-12', null, '2022-03-12T15:59:59.000Z'],
    // an interval across years
    ['2022-12-28/2023-01-03', null, '2023-01-03T15:59:59.000Z'],
  ])('%s → published %s, updated %s', (date, published, updated) => {
    const dates = feedItemDates(date);
    expect(dates.published?.toISOString() ?? null).toBe(published);
    expect(dates.updated.toISOString()).toBe(updated);
  });
});
