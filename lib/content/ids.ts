// The permalink scheme of content/articles: readable, stable ids built from the issue date, the
// page and the reading order, and the paths their files live at. Pure; ingest and the site share it.
import type { IssueDate } from './schema';

/**
 * The date part of an id: `2022-03-08` for a day, `2022-03-06_12` for a range within one month,
 * `2022-03-28_2022-04-02` for a range across months (an ISO interval with `/` is not URL-safe).
 */
export function dateToKey(date: IssueDate): string {
  const [from = date, to] = date.split('/');
  if (to === undefined) return from;
  if (from.slice(0, 7) === to.slice(0, 7)) return `${from}_${to.slice(8)}`;
  return `${from}_${to}`;
}

/** A page or order number with at least two digits: 1 → `01`, 12 → `12`, 104 → `104`. */
export function padNumber(value: number): string {
  return String(value).padStart(2, '0');
}

/** Identifies one printed page: `2022-03-06_12-01`, prefixed with the paper slug when there is one. */
export function pageKey(page: { date: IssueDate; page: number; paperSlug?: string | undefined }): string {
  const key = `${dateToKey(page.date)}-${padNumber(page.page)}`;
  return page.paperSlug ? `${page.paperSlug}-${key}` : key;
}

/** An article id: `<pageKey>-<order>`, e.g. `2022-03-08-01-03` is the third article on page 1 of 8 March 2022. */
export function articleId(page: { date: IssueDate; page: number; paperSlug?: string | undefined }, order: number): string {
  return `${pageKey(page)}-${padNumber(order)}`;
}

/** `YYYY/MM` of the first day of an issue date: the folder its files live in. */
export function dateToFolder(date: IssueDate): string {
  return `${date.slice(0, 4)}/${date.slice(5, 7)}`;
}

/** Where an article lives, relative to the content folder: `articles/2022/03/2022-03-08-01-03.md`. */
export function articlePath(id: string, date: IssueDate): string {
  return `articles/${dateToFolder(date)}/${id}.md`;
}

/** Where a page's fragments (text that belongs to no article) live: `fragments/2022/03/2022-03-08-01.json`. */
export function fragmentsPath(key: string, date: IssueDate): string {
  return `fragments/${dateToFolder(date)}/${key}.json`;
}

/** True for a well-formed id: lowercase ASCII letters, digits, `-` and `_`. */
export function isArticleId(value: string): boolean {
  return /^[0-9a-z_-]+$/.test(value);
}
