// Display and citation strings for issue dates and articles. An approximate date (an interval
// such as 2022-03-06/2022-03-12) is always shown as a range, never as an invented day.
import type { Article, IssueDate } from '../content/schema';

/** A parsed issue date: one day, or the first and last day of an inferred interval. */
export interface DateSpan {
  from: { year: number; month: number; day: number };
  to: { year: number; month: number; day: number };
  exact: boolean;
}

function parseDay(value: string) {
  const [year, month, day] = value.split('-').map(Number);
  return { year: year ?? 0, month: month ?? 0, day: day ?? 0 };
}

/** Splits `2022-03-08` or `2022-03-06/2022-03-12` into its first and last day. */
export function parseIssueDate(date: IssueDate): DateSpan {
  const [first, last] = date.split('/');
  const from = parseDay(first ?? '');
  return { from, to: last ? parseDay(last) : from, exact: !last };
}

/** The earliest day of an issue date, `YYYY-MM-DD` (for sorting and for JSON-LD, never for display). */
export function issueDateStart(date: IssueDate): string {
  return date.split('/')[0] ?? date;
}

/**
 * The issue date for machines, never more precise than what is known: the day (`2022-03-08`), or
 * for an interval the reduced-precision ISO 8601 date that contains it — the month (`2022-03` for
 * 6–12 March) or the year (`2022` for 28 March – 3 April), or null when it spans two years. HTML
 * `<time datetime>` (valid month / year strings), W3C Datetime (sitemap `lastmod`) and schema.org
 * dates all accept these forms; RFC 822 (RSS `pubDate`) cannot say a month, so feeds omit it.
 */
export function machineIssueDate(date: IssueDate): string | null {
  const { from, to, exact } = parseIssueDate(date);
  const pad = (n: number) => String(n).padStart(2, '0');
  if (exact) return `${from.year}-${pad(from.month)}-${pad(from.day)}`;
  if (from.year !== to.year) return null;
  if (from.month !== to.month) return String(from.year);
  return `${from.year}-${pad(from.month)}`;
}

/**
 * The issue date in Chinese for readers: `2022年3月8日`, or for an interval
 * `2022年3月6日至12日间` / `2022年3月28日至4月3日间` / `2022年12月28日至2023年1月3日间`.
 */
export function formatIssueDate(date: IssueDate): string {
  const { from, to, exact } = parseIssueDate(date);
  const start = `${from.year}年${from.month}月${from.day}日`;
  if (exact) return start;
  if (from.year !== to.year) return `${start}至${to.year}年${to.month}月${to.day}日间`;
  if (from.month !== to.month) return `${start}至${to.month}月${to.day}日间`;
  return `${start}至${to.day}日间`;
}

/** A short form for titles: the day when exact, the month when an interval stays in one month. */
export function formatIssueDateShort(date: IssueDate): string {
  const { from, to, exact } = parseIssueDate(date);
  if (exact) return `${from.year}年${from.month}月${from.day}日`;
  if (from.year === to.year && from.month === to.month) return `${from.year}年${from.month}月`;
  return formatIssueDate(date);
}

/** 版 number in Chinese reading form: `第1版`. */
export function formatPageNumber(page: number): string {
  return `第${page}版`;
}

/** A 版's label: `第1版 要闻`, or `第3版` alone when the page prints no 版面名. */
export function formatPageLabel(page: number, pageName: string | null): string {
  return pageName === null ? formatPageNumber(page) : `${formatPageNumber(page)} ${pageName}`;
}

/** The self-contained document title: `标题｜丽水日报 2022年3月 第1版` (WeChat ignores Open Graph). */
export function articleDocumentTitle(article: Article): string {
  return `${article.title}｜${article.paper} ${formatIssueDateShort(article.date)} ${formatPageNumber(article.page)}`;
}

/** The plain citation line: `《丽水日报》2022年3月6日至12日间 第1版`. */
export function plainCitation(article: Article): string {
  return `《${article.paper}》${formatIssueDate(article.date)} ${formatPageNumber(article.page)}`;
}

/**
 * The date part of a GB/T 7714 newspaper reference: `2022-03-08`, or month precision `2022-03`
 * for an interval inside one month (the standard has no interval form), else `2022-03-28/2022-04-03`.
 */
export function gbtDate(date: IssueDate): string {
  const { from, to, exact } = parseIssueDate(date);
  if (exact) return date;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (from.year === to.year && from.month === to.month) return `${from.year}-${pad(from.month)}`;
  return date;
}

/** GB/T 7714-2015 newspaper reference: `叶江. 标题[N]. 丽水日报, 2022-03(1).` (three authors, then 等). */
export function gbtCitation(article: Article): string {
  const names = article.authors.map((author) => author.name);
  const authors = names.length > 3 ? `${names.slice(0, 3).join(', ')}, 等` : names.join(', ');
  const lead = authors ? `${authors}. ` : '';
  return `${lead}${article.title}[N]. ${article.paper}, ${gbtDate(article.date)}(${article.page}).`;
}

/** `citation_publication_date` for Zotero/Google Scholar: `2022/03/08`, or `2022/03` for a one-month interval. */
export function citationPublicationDate(date: IssueDate): string {
  return (gbtDate(date).split('/')[0] ?? '').replace(/-/g, '/');
}

/** Shortens text to at most `max` characters on a character boundary, adding `…` when cut. */
export function truncateText(text: string, max: number): string {
  const chars = Array.from(text.trim());
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}
