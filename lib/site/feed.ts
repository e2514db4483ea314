// RSS 2.0 feeds (latest articles, one per section) as XML strings. Every text is escaped;
// dates come from content, never from the clock, so the output is byte-stable.
import type { Article } from '../content/schema';
import { articleDescription } from './article-meta';
import { formatIssueDate, formatPageLabel, issueDateStart } from './format';
import { absoluteUrl, paths } from './urls';
import { siteConfig } from './config';

/** Items per feed. */
export const FEED_SIZE = 50;

/** Escapes text for XML element content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(/[<>&'"]/g, (ch) => `&#${ch.charCodeAt(0)};`)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

/** RFC 822 date of an issue's first day at 00:00 China time (an interval is dated by its start). */
export function issueDateToRfc822(date: string): string {
  const day = new Date(`${issueDateStart(date)}T00:00:00+08:00`);
  return day.toUTCString();
}

/** An RSS 2.0 document for `articles` (already in the order to show). */
export function buildRssFeed(options: {
  title: string;
  pagePath: string;
  feedPath: string;
  description: string;
  articles: readonly Article[];
}): string {
  const items = options.articles.slice(0, FEED_SIZE).map((article) => {
    const url = absoluteUrl(paths.article(article.id));
    const where = `${formatIssueDate(article.date)} ${formatPageLabel(article.page, article.pageName)}`;
    return [
      '<item>',
      `<title>${escapeXml(article.title)}</title>`,
      `<link>${escapeXml(url)}</link>`,
      `<guid isPermaLink="true">${escapeXml(url)}</guid>`,
      // RFC 822 has no month-only form: an interval-dated item has no pubDate rather than an invented day.
      ...(article.date.includes('/') ? [] : [`<pubDate>${issueDateToRfc822(article.date)}</pubDate>`]),
      ...(article.pageName ? [`<category>${escapeXml(article.pageName)}</category>`] : []),
      // RSS <author> must be an e-mail address; a printed byline goes in dc:creator.
      ...(article.byline ? [`<dc:creator>${escapeXml(article.byline)}</dc:creator>`] : []),
      `<description>${escapeXml(`${where}。${articleDescription(article)}`)}</description>`,
      '</item>',
    ].join('');
  });
  const latest = options.articles[0];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<channel>',
    `<title>${escapeXml(options.title)}</title>`,
    `<link>${escapeXml(absoluteUrl(options.pagePath))}</link>`,
    `<atom:link href="${escapeXml(absoluteUrl(options.feedPath))}" rel="self" type="application/rss+xml"/>`,
    `<description>${escapeXml(options.description)}</description>`,
    '<language>zh-CN</language>',
    ...(latest ? [`<lastBuildDate>${issueDateToRfc822(latest.date)}</lastBuildDate>`] : []),
    ...items,
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}

/** The feed of the newest articles in the archive. */
export function latestFeed(newestFirst: readonly Article[]): string {
  return buildRssFeed({
    title: `${siteConfig.paperName} · 最新文章`,
    pagePath: paths.home(),
    feedPath: paths.feed(),
    description: `${siteConfig.siteName}最新收录的文章`,
    articles: newestFirst,
  });
}

/** An XML response with the right content type (route handlers). */
export function xmlResponse(xml: string, type = 'application/xml'): Response {
  return new Response(xml, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
}
