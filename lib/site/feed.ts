// Feeds of the newest articles — the whole archive, and one set per section (版面, 栏目, 体裁) — in
// three formats: RSS 2.0 and Atom (RFC 4287), written by the `feed` package, and JSON Feed 1.1.
// Dates come from content, never from the clock, so the output is byte-stable; an issue dated by an
// interval never gets an invented day (see "Dates for machines" in docs/site.md).
import { Feed, type Item } from 'feed';
import type { Article, IssueDate } from '../content/schema';
import { sectionTypeLabel, type Section } from '../content/archive';
import { articleDescription } from './article-meta';
import { formatIssueDate, formatPageLabel, parseIssueDate } from './format';
import { absoluteUrl, paths } from './urls';
import { siteConfig } from './config';

/** Items per feed. */
export const FEED_SIZE = 50;

/** The three formats every feed is published in. */
export type FeedFormat = 'rss' | 'atom' | 'json';

/** The order feeds are listed in (`<link rel="alternate">`, the visible links). */
export const FEED_FORMATS: readonly FeedFormat[] = ['rss', 'atom', 'json'];

/** Media type of each format: RSS 2.0, RFC 4287 §7, JSON Feed 1.1 ("application/feed+json"). */
export const FEED_MEDIA_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  json: 'application/feed+json',
};

/** The name readers know each format by, for link titles. */
export const FEED_FORMAT_NAMES: Record<FeedFormat, string> = { rss: 'RSS', atom: 'Atom', json: 'JSON Feed' };

/** What a feed is about, whatever its format: titles, where its page and its three files live, and its articles. */
export interface FeedSource {
  /** Feed title, plain text (`丽水日报 · 要闻`). */
  title: string;
  /** Plain-text description (RSS `<description>`, Atom `<subtitle>`, JSON Feed `description`). */
  description: string;
  /** Root-relative path of the HTML page the feed mirrors (`/`, `/sections/news/`). */
  pagePath: string;
  /** Root-relative path of the feed in each format (`/feed.xml`, `/atom.xml`, `/feed.json`). */
  feedPaths: Record<FeedFormat, string>;
  /** Articles newest first; only the first FEED_SIZE are published. */
  articles: readonly Article[];
}

/** Escapes text for XML element content and attribute values (sitemaps, OpenSearch). */
export function escapeXml(text: string): string {
  return stripXmlInvalid(text).replace(/[<>&'"]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

// C0 controls other than tab, LF and CR are not XML 1.0 characters; ingest refuses them in
// content, and this keeps a stray one from making a whole feed unreadable.
function stripXmlInvalid(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
}

/**
 * Plain text as HTML text (`<` → `&lt;`, `&` → `&amp;`, `>` → `&gt;`), for the fields the formats
 * define as HTML: RSS `<title>`/`<description>` (read as HTML by most readers) and Atom
 * `type="html"` (RFC 4287 §3.1.1.2, which the feed package always writes). A reader that
 * un-escapes once gets the printed text back as text, never as markup.
 */
export function textToHtml(text: string): string {
  return stripXmlInvalid(text).replace(/[&<>]/g, (ch) =>
    ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : '&gt;',
  );
}

function beijingInstant(day: { year: number; month: number; day: number }, time: string): Date {
  const pad = (n: number) => String(n).padStart(2, '0');
  return new Date(`${day.year}-${pad(day.month)}-${pad(day.day)}T${time}+08:00`);
}

/**
 * How an issue date is stated in formats that need a full date-time. `published` is 00:00 Beijing
 * time on the day, or null for an interval (no format gets a day the page does not print).
 * `updated` is what Atom must have on every entry (RFC 4287 §4.1.2, no reduced precision): the
 * day's 00:00 for a dated issue, and for an interval its last instant (23:59:59 Beijing on the
 * last day) — the latest the printed text can date from, not a printing day.
 */
export function feedItemDates(date: IssueDate): { published: Date | null; updated: Date } {
  const { from, to, exact } = parseIssueDate(date);
  if (exact) {
    const day = beijingInstant(from, '00:00:00');
    return { published: day, updated: day };
  }
  return { published: null, updated: beijingInstant(to, '23:59:59') };
}

/** RFC 3339 with Beijing's offset (`2022-03-08T00:00:00+08:00`), for JSON Feed's dates. */
function toRfc3339Beijing(instant: Date): string {
  const shifted = new Date(instant.getTime() + 8 * 3600_000);
  return `${shifted.toISOString().slice(0, 19)}+08:00`;
}

// The newest `updated` among the items: RSS lastBuildDate and Atom's feed-level updated. An
// empty feed says 1970-01-01 rather than read the clock (the output must be byte-stable).
function feedUpdated(articles: readonly Article[]): Date {
  const times = articles.map((article) => feedItemDates(article.date).updated.getTime());
  return new Date(times.length > 0 ? Math.max(...times) : 0);
}

function itemSummary(article: Article): string {
  const where = `${formatIssueDate(article.date)} ${formatPageLabel(article.page, article.pageName)}`;
  return `${where}。${articleDescription(article)}`;
}

function newFeed(source: FeedSource, format: 'rss' | 'atom'): Feed {
  return new Feed({
    id: absoluteUrl(source.pagePath),
    title: stripXmlInvalid(source.title),
    description: stripXmlInvalid(source.description),
    link: absoluteUrl(source.pagePath),
    language: 'zh-CN',
    updated: feedUpdated(source.articles.slice(0, FEED_SIZE)),
    generator: false,
    feedLinks: { [format]: absoluteUrl(source.feedPaths[format]) },
    // Atom requires an author on every entry or on the feed (RFC 4287 §4.1.1): the paper.
    author: { name: siteConfig.paperName, link: absoluteUrl(paths.home()) },
    copyright: `报纸文字 © ${siteConfig.paperName}`,
  });
}

// RSS 2.0: <author> must be an e-mail address, so the printed byline goes in dc:creator (declared
// on the element: the feed package only declares dc when it writes content:encoded). RFC 822 has
// no month-only form, so an interval-dated item has no pubDate at all.
function rssItem(article: Article): Item {
  const url = absoluteUrl(paths.article(article.id));
  const { published } = feedItemDates(article.date);
  const byline = article.byline ? stripXmlInvalid(article.byline) : null;
  return {
    title: textToHtml(article.title),
    link: url,
    // The package writes <pubDate> only when `date` is set, but its type says it always is.
    date: published ?? (undefined as unknown as Date),
    description: textToHtml(itemSummary(article)),
    ...(article.pageName ? { category: [{ name: stripXmlInvalid(article.pageName) }] } : {}),
    ...(byline
      ? {
          extensions: [
            {
              name: 'dc:creator',
              objects: { _attributes: { 'xmlns:dc': 'http://purl.org/dc/elements/1.1/' }, _text: byline },
            },
          ],
        }
      : {}),
  };
}

// Atom: title and summary are type="html" (the package's choice), hence textToHtml; authors by
// name; published only for a dated issue. The package writes attribute values without escaping
// `<`, so a 版面名 containing one is left out of <category> rather than break the document.
function atomItem(article: Article): Item {
  const url = absoluteUrl(paths.article(article.id));
  const { published, updated } = feedItemDates(article.date);
  const category =
    article.pageName && !article.pageName.includes('<') ? stripXmlInvalid(article.pageName) : null;
  return {
    title: textToHtml(article.title),
    link: url,
    date: updated,
    ...(published ? { published } : {}),
    description: textToHtml(itemSummary(article)),
    ...(article.authors.length > 0
      ? { author: article.authors.map((author) => ({ name: stripXmlInvalid(author.name) })) }
      : {}),
    ...(category ? { category: [{ term: category }] } : {}),
  };
}

/** One JSON Feed 1.1 item (https://www.jsonfeed.org/version/1.1/); every string is plain text. */
export interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  content_text: string;
  date_published?: string;
  authors?: { name: string }[];
  tags?: string[];
  /** Our extension (JSON Feed allows `_`-prefixed keys): the issue date as ISO 8601, a day or an interval. */
  _archive: { issue_date: IssueDate; page: number };
}

/** A JSON Feed 1.1 document as this site writes it. */
export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  language: 'zh-CN';
  authors: { name: string; url: string }[];
  items: JsonFeedItem[];
}

// JSON Feed is written here rather than by the package, whose json1() writes version 1 (one
// author, no language) and sets date_modified from the required `date`. Titles and content are
// plain text (`content_text`), so a reader never parses the printed text as HTML.
function jsonFeed(source: FeedSource): JsonFeed {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: source.title,
    home_page_url: absoluteUrl(source.pagePath),
    feed_url: absoluteUrl(source.feedPaths.json),
    description: source.description,
    language: 'zh-CN',
    authors: [{ name: siteConfig.paperName, url: absoluteUrl(paths.home()) }],
    items: source.articles.slice(0, FEED_SIZE).map((article) => {
      const url = absoluteUrl(paths.article(article.id));
      const { published } = feedItemDates(article.date);
      const tags = [article.pageName, article.column].filter((tag): tag is string => Boolean(tag));
      return {
        id: url,
        url,
        title: article.title,
        content_text: itemSummary(article),
        ...(published ? { date_published: toRfc3339Beijing(published) } : {}),
        ...(article.authors.length > 0
          ? { authors: article.authors.map((author) => ({ name: author.name })) }
          : {}),
        ...(tags.length > 0 ? { tags } : {}),
        _archive: { issue_date: article.date, page: article.page },
      };
    }),
  };
}

/**
 * A feed document in one format: RSS 2.0 or Atom XML, or JSON Feed 1.1 (`<` written as `\u003c`
 * so the JSON is inert even if some client sniffs it as HTML). Only the first FEED_SIZE articles.
 */
export function renderFeed(format: FeedFormat, source: FeedSource): string {
  if (format === 'json') return `${JSON.stringify(jsonFeed(source), null, 2).replace(/</g, '\\u003c')}\n`;
  const feed = newFeed(source, format);
  const articles = source.articles.slice(0, FEED_SIZE);
  for (const article of articles) feed.addItem(format === 'rss' ? rssItem(article) : atomItem(article));
  return `${format === 'rss' ? feed.rss2() : feed.atom1()}\n`;
}

/** Where the archive-wide feeds live: `/feed.xml` (RSS), `/atom.xml`, `/feed.json`. */
export function latestFeedPaths(): Record<FeedFormat, string> {
  return { rss: paths.feed(), atom: paths.atomFeed(), json: paths.jsonFeed() };
}

/** Where a section's feeds live: `/sections/<slug>/feed.xml`, `atom.xml`, `feed.json`. */
export function sectionFeedPaths(slug: string): Record<FeedFormat, string> {
  return {
    rss: paths.sectionFeed(slug),
    atom: paths.sectionAtomFeed(slug),
    json: paths.sectionJsonFeed(slug),
  };
}

/** The archive-wide feed: the newest articles of every section. */
export function latestFeedSource(newestFirst: readonly Article[]): FeedSource {
  return {
    title: `${siteConfig.paperName} · 最新文章`,
    description: `${siteConfig.siteName}最新收录的文章`,
    pagePath: paths.home(),
    feedPaths: latestFeedPaths(),
    articles: newestFirst,
  };
}

/** One section's feed (a 版面, 栏目 or 体裁), newest first. */
export function sectionFeedSource(section: Section): FeedSource {
  return {
    title: `${siteConfig.paperName} · ${section.name}`,
    description: `${siteConfig.siteName}：${sectionTypeLabel(section.type)}“${section.name}”的文章`,
    pagePath: paths.section(section.slug),
    feedPaths: sectionFeedPaths(section.slug),
    articles: section.articles,
  };
}

/** A feed's `<link rel="alternate">` entries, one per format: media type, absolute URL and a title naming the format. */
export function feedAlternates(
  source: Pick<FeedSource, 'title' | 'feedPaths'>,
): { type: string; url: string; title: string }[] {
  return FEED_FORMATS.map((format) => ({
    type: FEED_MEDIA_TYPES[format],
    url: absoluteUrl(source.feedPaths[format]),
    title: `${source.title}（${FEED_FORMAT_NAMES[format]}）`,
  }));
}

/** The same entries shaped for Next's `metadata.alternates.types` (media type → `[{ url, title }]`). */
export function feedAlternateTypes(
  source: Pick<FeedSource, 'title' | 'feedPaths'>,
): Record<string, { url: string; title: string }[]> {
  return Object.fromEntries(feedAlternates(source).map(({ type, url, title }) => [type, [{ url, title }]]));
}

/** A feed as a route handler's response, with its media type and UTF-8. */
export function feedResponse(format: FeedFormat, source: FeedSource): Response {
  return new Response(renderFeed(format, source), {
    headers: { 'Content-Type': `${FEED_MEDIA_TYPES[format]}; charset=utf-8` },
  });
}
