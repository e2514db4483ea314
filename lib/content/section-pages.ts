// Section listing pages that do not shift (issue 12): pages are numbered from the oldest article,
// so adding a day's articles changes only the last page (or adds one) and the section's landing,
// which shows the newest page. Also where the newest-first pages published before now lead.
import { ARTICLES_PER_PAGE, type Section } from './archive';
import type { Article } from './schema';

/**
 * The last day whose articles were listed on newest-first pages (`/sections/<slug>/<n>/`, page 1 =
 * newest): the newest issue in content/ when listings became stable. Those URLs are redirects now,
 * each frozen to where its articles stand, so later days never change them.
 */
export const NEWEST_FIRST_LISTINGS_UNTIL = '2022-03-12';

/** The number of listing pages of a section (at least 1). */
export function sectionPageCount(section: Pick<Section, 'articles'>, perPage: number = ARTICLES_PER_PAGE): number {
  return Math.max(1, Math.ceil(section.articles.length / perPage));
}

// A section's articles oldest issue first (reading order within an issue), once per section.
const oldestFirstCache = new WeakMap<readonly Article[], Article[]>();
function oldestFirst(section: Pick<Section, 'articles'>): Article[] {
  let sorted = oldestFirstCache.get(section.articles);
  if (!sorted) {
    // section.articles is newest issue first in reading order; a stable sort by date keeps the
    // reading order within each issue.
    sorted = [...section.articles].sort(compareDates);
    oldestFirstCache.set(section.articles, sorted);
  }
  return sorted;
}

function compareDates(a: Article, b: Article): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

/** Articles newest issue first, reading order within an issue (the order every listing shows). */
function newestFirst(articles: readonly Article[]): Article[] {
  return [...articles].sort((a, b) => compareDates(b, a));
}

/**
 * Articles on listing page `n` (from 1) of a section, counted from the oldest article: page 1
 * holds the oldest `perPage`, the last page the newest (and fewer); shown newest first.
 */
export function sectionPage(section: Pick<Section, 'articles'>, n: number, perPage: number = ARTICLES_PER_PAGE): Article[] {
  return newestFirst(oldestFirst(section).slice((n - 1) * perPage, n * perPage));
}

/**
 * The listing pages the section's landing shows, oldest first: the last page, and the one before
 * it while the last holds fewer than half a page (so the landing never shows only a few articles).
 */
export function sectionLandingPages(section: Pick<Section, 'articles'>, perPage: number = ARTICLES_PER_PAGE): number[] {
  const last = sectionPageCount(section, perPage);
  const onLast = section.articles.length - (last - 1) * perPage;
  return last > 1 && onLast < perPage / 2 ? [last - 1, last] : [last];
}

/** The articles on a section's landing, newest first (the pages of `sectionLandingPages`). */
export function sectionLanding(section: Pick<Section, 'articles'>, perPage: number = ARTICLES_PER_PAGE): Article[] {
  const pages = sectionLandingPages(section, perPage);
  const first = pages[0] as number;
  return newestFirst(oldestFirst(section).slice((first - 1) * perPage));
}

/** How many newest-first listing pages a section had (at least 1): its articles up to NEWEST_FIRST_LISTINGS_UNTIL. */
export function legacySectionPageCount(section: Pick<Section, 'articles'>, perPage: number = ARTICLES_PER_PAGE): number {
  return sectionPageCount({ articles: legacyArticles(section) }, perPage);
}

/**
 * Where newest-first page `n` now is: page 1 (the newest) is the landing (null); page n ≥ 2 is
 * the stable page holding its newest article. Depends only on articles up to
 * NEWEST_FIRST_LISTINGS_UNTIL, which keep their places as days are added.
 */
export function legacySectionPageTarget(
  section: Pick<Section, 'articles'>,
  n: number,
  perPage: number = ARTICLES_PER_PAGE,
): number | null {
  if (n <= 1) return null;
  const first = legacyArticles(section)[(n - 1) * perPage];
  if (!first) return null;
  return Math.floor(oldestFirst(section).indexOf(first) / perPage) + 1;
}

/** The articles the newest-first pages listed, newest first. */
function legacyArticles(section: Pick<Section, 'articles'>): Article[] {
  return section.articles.filter((article) => article.date.slice(0, 10) <= NEWEST_FIRST_LISTINGS_UNTIL);
}
