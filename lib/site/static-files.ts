// Files the static export needs that Next does not emit: redirect pages for old article ids,
// open-data JSON per article, the sitemap (an index past 50,000 URLs) and the OpenSearch
// descriptor. Pure string builders; scripts/postbuild.ts writes them into out/.
import type { Archive } from '../content/archive';
import { legacySectionRedirects, type Section } from '../content/archive';
import { legacySectionPageCount, legacySectionPageTarget, sectionPageCount } from '../content/section-pages';
import type { Article } from '../content/schema';
import { markdownToBlocks } from '../content/markdown';
import { escapeXml } from './feed';
import { machineIssueDate } from './format';
import { absoluteUrl, paths, withBasePath } from './urls';
import { siteConfig } from './config';

/** The most URLs one sitemap file may list (sitemaps.org). */
export const SITEMAP_LIMIT = 50_000;

/** Version of the open-data JSON format; bump on incompatible changes. */
export const OPEN_DATA_VERSION = 1;

/** Escapes text for HTML element content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/**
 * A static page that moves a reader from an old URL to `path` (root-relative): a canonical link
 * and a meta refresh (no server needed), a link to follow by hand, and a one-line script that
 * keeps the #p3 fragment. `what` says what moved (本文, 本栏目).
 */
export function movedPageHtml(title: string, path: string, what = '本页'): string {
  const relative = withBasePath(path);
  const canonical = absoluteUrl(path);
  const script = `location.replace(${JSON.stringify(relative).replace(/</g, '\\u003c')}+location.hash)`;
  return [
    '<!doctype html>',
    '<html lang="zh-CN"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}（地址已更新）</title>`,
    `<link rel="canonical" href="${escapeHtml(canonical)}">`,
    '<meta name="robots" content="noindex">',
    `<meta http-equiv="refresh" content="0; url=${escapeHtml(relative)}">`,
    `<script>${script}</script>`,
    '</head><body>',
    `<p>${escapeHtml(what)}的地址已更新，正在前往：<a href="${escapeHtml(relative)}">${escapeHtml(title)}</a></p>`,
    '</body></html>',
    '',
  ].join('\n');
}

/** The redirect page of an old article id (see `movedPageHtml`). */
export function redirectPageHtml(target: Article): string {
  return movedPageHtml(target.title, paths.article(target.id), '本文');
}

/**
 * The redirect pages that keep a section's published listing URLs working, as out/-relative file →
 * HTML: each newest-first page (`/sections/yao-wen/2/`) to the stable page now holding its newest
 * article, page 1 to the landing; and the old hash URLs (`/sections/page-a228697f/2/`, and
 * `/sections/page-a228697f/`) straight to the same places.
 */
export function sectionRedirectPages(archive: Archive): Map<string, string> {
  const pages = new Map<string, string>();
  const writeLegacyPages = (from: string, to: Section) => {
    for (let n = 1; n <= legacySectionPageCount(to); n += 1) {
      const target = legacySectionPageTarget(to, n);
      pages.set(
        `${paths.legacySectionPage(from, n).slice(1)}index.html`,
        target === null
          ? movedPageHtml(to.name, paths.section(to.slug), '本栏目')
          : movedPageHtml(`${to.name}（第${target}页）`, paths.sectionPage(to.slug, target), '本栏目'),
      );
    }
  };
  for (const section of archive.sections) writeLegacyPages(section.slug, section);
  for (const { from, to } of legacySectionRedirects(archive)) {
    pages.set(
      `${paths.section(from).slice(1)}index.html`,
      movedPageHtml(to.name, paths.section(to.slug), '本栏目'),
    );
    writeLegacyPages(from, to);
  }
  return pages;
}

/** The open-data record of an article: front matter, body as blocks, and its URLs. */
export function articleToOpenData(article: Article): Record<string, unknown> {
  const { body, ...frontMatter } = article;
  return {
    version: OPEN_DATA_VERSION,
    url: absoluteUrl(paths.article(article.id)),
    ...frontMatter,
    body: markdownToBlocks(body),
    markdown: body,
  };
}

/** One sitemap entry. */
export interface SitemapEntry {
  path: string;
  lastmod?: string;
}

/** Every page of the site for the sitemap, with `lastmod` from content dates (never the clock). */
export function sitemapEntries(archive: Archive): SitemapEntry[] {
  const latest = archive.issues.at(-1);
  const latestDay = latest ? (machineIssueDate(latest.date) ?? undefined) : undefined;
  const withDate = (path: string, lastmod: string | undefined): SitemapEntry =>
    lastmod ? { path, lastmod } : { path };
  const entries: SitemapEntry[] = [
    withDate(paths.home(), latestDay),
    withDate(paths.issues(), latestDay),
    { path: paths.sections() },
  ];
  for (const year of archive.years) {
    const lastIssue = year.months.at(-1)?.issues.at(-1);
    entries.push(
      withDate(
        paths.year(year.year),
        lastIssue ? (machineIssueDate(lastIssue.date) ?? undefined) : undefined,
      ),
    );
  }
  for (const issue of archive.issues) {
    const day = machineIssueDate(issue.date) ?? undefined;
    entries.push(withDate(paths.issue(issue.key), day));
    for (const page of issue.pages) {
      entries.push(withDate(paths.page(issue.key, page.page), day));
      for (const article of page.articles) entries.push(withDate(paths.article(article.id), day));
    }
  }
  for (const section of archive.sections) {
    entries.push({ path: paths.section(section.slug) });
    for (let n = 1; n <= sectionPageCount(section); n += 1)
      entries.push({ path: paths.sectionPage(section.slug, n) });
  }
  return entries;
}

function urlset(entries: readonly SitemapEntry[]): string {
  const urls = entries.map(
    (entry) =>
      `<url><loc>${escapeXml(absoluteUrl(entry.path))}</loc>${entry.lastmod ? `<lastmod>${entry.lastmod}</lastmod>` : ''}</url>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

/**
 * The sitemap files to write, by path under out/: one `sitemap.xml` up to `limit` URLs; past it,
 * `sitemap.xml` becomes an index of `sitemaps/<n>.xml` files of at most `limit` URLs each.
 */
export function buildSitemaps(
  entries: readonly SitemapEntry[],
  limit: number = SITEMAP_LIMIT,
): Map<string, string> {
  const files = new Map<string, string>();
  if (entries.length <= limit) {
    files.set('sitemap.xml', urlset(entries));
    return files;
  }
  const parts: string[] = [];
  for (let start = 0, n = 1; start < entries.length; start += limit, n += 1) {
    const chunk = entries.slice(start, start + limit);
    const file = `sitemaps/${n}.xml`;
    files.set(file, urlset(chunk));
    const lastmod = chunk.reduce<string | undefined>(
      (max, entry) => (entry.lastmod && (!max || entry.lastmod > max) ? entry.lastmod : max),
      undefined,
    );
    parts.push(
      `<sitemap><loc>${escapeXml(absoluteUrl(`/${file}`))}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</sitemap>`,
    );
  }
  files.set(
    'sitemap.xml',
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
      ...parts,
      '</sitemapindex>',
      '',
    ].join('\n'),
  );
  return files;
}

/** The OpenSearch 1.1 descriptor pointing browsers at `/search/?q={searchTerms}`. */
export function openSearchXml(): string {
  const template = `${absoluteUrl(paths.search())}?q={searchTerms}`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">',
    `<ShortName>${escapeXml(siteConfig.paperName)}</ShortName>`,
    `<Description>${escapeXml(`检索${siteConfig.siteName}全文`)}</Description>`,
    '<InputEncoding>UTF-8</InputEncoding>',
    '<Language>zh-CN</Language>',
    `<Image width="32" height="32" type="image/svg+xml">${escapeXml(absoluteUrl('/icon.svg'))}</Image>`,
    `<Url type="text/html" method="get" template="${escapeXml(template)}"/>`,
    `<Url type="application/opensearchdescription+xml" rel="self" template="${escapeXml(absoluteUrl(paths.openSearch()))}"/>`,
    `<moz:SearchForm>${escapeXml(absoluteUrl(paths.search()))}</moz:SearchForm>`,
    '</OpenSearchDescription>',
    '',
  ].join('\n');
}

/**
 * Removes Next's client runtime from a prerendered page: its `<script src=".../_next/...js">`
 * tags and script preloads, the Turbopack bootstrap and the inline RSC payload
 * (`self.__next_f.push(…)`, which repeats the whole page as data). Reading pages have no client
 * components (public/enhance.js does their little interactivity), so they need none of it; this
 * cuts an article page from about 146 KB to about 15 KB gzip and halves its HTML. Our own inline
 * scripts (settings, JSON-LD) and public/enhance.js are kept. Next escapes `<` inside payload
 * strings, so no payload can contain `</script>` and the non-greedy match ends at its own tag.
 */
export function stripNextRuntime(html: string, basePath: string = siteConfig.basePath): string {
  const next = `${basePath}/_next/`.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return html
    .replace(new RegExp(`<script src="${next}[^"]*\\.js"[^>]*></script>`, 'g'), '')
    .replace(new RegExp(`<link rel="preload" as="script"[^>]*href="${next}[^"]*\\.js"[^>]*/?>`, 'g'), '')
    .replace(/<script id="_R_">[\s\S]*?<\/script>/g, '')
    .replace(/<script>\(?self\.__next_f[\s\S]*?<\/script>/g, '');
}
