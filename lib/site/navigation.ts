// Where a page sits and where reading goes next: the one breadcrumb hierarchy of the site
// (首页 › year › issue › 版面 › article; 首页 › 栏目与版面 › section), its BreadcrumbList JSON-LD,
// and the captions of prev/next links that cross a 版面 or an issue. Pure data for the routes.
import type { Issue, IssuePage, ReadingNeighbour, Section } from '../content/archive';
import type { Article } from '../content/schema';
import { formatIssueDate, formatPageLabel, parseIssueDate } from './format';
import { absoluteUrl, paths } from './urls';

/** One crumb: its label and the root-relative path of the page it names (the last is the current page). */
export interface Crumb {
  label: string;
  path: string;
}

/** An issue's date inside its year's crumb: `3月8日`, `3月6日至12日间`, `12月28日至2023年1月3日间`. */
export function formatIssueDateInYear(date: string): string {
  const full = formatIssueDate(date);
  const yearPrefix = `${parseIssueDate(date).from.year}年`;
  return full.startsWith(yearPrefix) ? full.slice(yearPrefix.length) : full;
}

/** 首页. */
export function homeCrumbs(): Crumb[] {
  return [{ label: '首页', path: paths.home() }];
}

/** 首页 › 2022年. */
export function yearCrumbs(year: number): Crumb[] {
  return [...homeCrumbs(), { label: `${year}年`, path: paths.year(year) }];
}

/** 首页 › 2022年 › 3月8日. */
export function issueCrumbs(issue: Issue): Crumb[] {
  return [
    ...yearCrumbs(issue.year),
    { label: formatIssueDateInYear(issue.date), path: paths.issue(issue.key) },
  ];
}

/** 首页 › 2022年 › 3月8日 › 第1版 要闻. */
export function pageCrumbs(issue: Issue, page: Pick<IssuePage, 'page' | 'pageName'>): Crumb[] {
  return [
    ...issueCrumbs(issue),
    { label: formatPageLabel(page.page, page.pageName), path: paths.page(issue.key, page.page) },
  ];
}

/** 首页 › 2022年 › 3月8日 › 第1版 要闻 › the article's title. */
export function articleCrumbs(issue: Issue, article: Article): Crumb[] {
  return [...pageCrumbs(issue, article), { label: article.title, path: paths.article(article.id) }];
}

/** A page directly under home: 首页 › 往期报纸 (also 栏目与版面, 开放数据, 全文检索). */
export function topLevelCrumbs(label: string, path: string): Crumb[] {
  return [...homeCrumbs(), { label, path }];
}

/** 首页 › 栏目与版面 › 要闻 (the section's landing), and › 第2页 on numbered listing page 2. */
export function sectionCrumbs(section: Pick<Section, 'name' | 'slug'>, n?: number): Crumb[] {
  const crumbs = [
    ...topLevelCrumbs('栏目与版面', paths.sections()),
    { label: section.name, path: paths.section(section.slug) },
  ];
  return n === undefined
    ? crumbs
    : [...crumbs, { label: `第${n}页`, path: paths.sectionPage(section.slug, n) }];
}

/** schema.org BreadcrumbList of the same crumbs, each with its absolute URL. */
export function breadcrumbJsonLd(crumbs: readonly Crumb[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.label,
      item: absoluteUrl(crumb.path),
    })),
  };
}

/**
 * The caption over a prev/next article link: 上一篇/下一篇 on the same 版面, else where the step
 * lands: 「下一版：第2版 要闻」, 「上一期：2022年3月8日 第4版 综合」.
 */
export function neighbourCaption(direction: 'prev' | 'next', neighbour: ReadingNeighbour): string {
  const word = direction === 'prev' ? '上' : '下';
  const pageLabel = formatPageLabel(neighbour.page.page, neighbour.page.pageName);
  if (neighbour.crosses === 'issue')
    return `${word}一期：${formatIssueDate(neighbour.issue.date)} ${pageLabel}`;
  if (neighbour.crosses === 'page') return `${word}一版：${pageLabel}`;
  return `${word}一篇`;
}
