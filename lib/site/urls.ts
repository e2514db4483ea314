// Every href the site emits is built here, so that BASE_PATH (serving from a sub-path) works
// everywhere. Paths end with `/` because the export uses `trailingSlash: true`.
import { siteConfig } from './config';

/** Prefixes a root-relative path (`/issues/`) with the configured base path. */
export function withBasePath(path: string, basePath: string = siteConfig.basePath): string {
  if (!path.startsWith('/')) throw new Error(`expected a root-relative path, got "${path}"`);
  return `${basePath}${path}`;
}

/** The absolute URL of a root-relative path, for canonical links, feeds and the sitemap. */
export function absoluteUrl(path: string): string {
  return `${siteConfig.siteUrl}${withBasePath(path)}`;
}

/** Two-digit 版 number used in page URLs: 1 → `01`, 12 → `12`, 105 → `105`. */
export function pageNumberToParam(page: number): string {
  return String(page).padStart(2, '0');
}

/** Root-relative paths of every route; pass them through `withBasePath` or use `href`. */
export const paths = {
  home: () => '/',
  issues: () => '/issues/',
  year: (year: number) => `/issues/${year}/`,
  issue: (dateKey: string) => `/issues/${dateKey}/`,
  page: (dateKey: string, page: number) => `/issues/${dateKey}/${pageNumberToParam(page)}/`,
  article: (id: string) => `/articles/${id}/`,
  articleData: (id: string) => `/data/articles/${id}.json`,
  /** 开放数据: the bulk export and its documentation. */
  openData: () => '/data/',
  sections: () => '/sections/',
  /** A section's landing: its newest listing page(s). */
  section: (slug: string) => `/sections/${slug}/`,
  /** Listing page `n` of a section, counted from the oldest article (stable as days are added). */
  sectionPage: (slug: string, n: number) => `/sections/${slug}/p/${n}/`,
  /** Newest-first listing page `n`, published until listings became stable; now a redirect page. */
  legacySectionPage: (slug: string, n: number) => `/sections/${slug}/${n}/`,
  /** A section's feeds: RSS 2.0, Atom, JSON Feed 1.1. */
  sectionFeed: (slug: string) => `/sections/${slug}/feed.xml`,
  sectionAtomFeed: (slug: string) => `/sections/${slug}/atom.xml`,
  sectionJsonFeed: (slug: string) => `/sections/${slug}/feed.json`,
  /** The archive-wide feeds of the newest articles: RSS 2.0, Atom, JSON Feed 1.1. */
  feed: () => '/feed.xml',
  atomFeed: () => '/atom.xml',
  jsonFeed: () => '/feed.json',
  search: (query?: string) => (query ? `/search/?q=${encodeURIComponent(query)}` : '/search/'),
  openSearch: () => '/opensearch.xml',
  sitemap: () => '/sitemap.xml',
} as const;

/** Builds an href (base path included) for a route: `href('article', id)`. */
export function href<K extends keyof typeof paths>(route: K, ...args: Parameters<(typeof paths)[K]>): string {
  const build = paths[route] as (...a: unknown[]) => string;
  return withBasePath(build(...args));
}
