// Machine-readable descriptions of an article for sharing and citing: description text,
// JSON-LD NewsArticle, and Highwire `citation_*` meta for Zotero / Google Scholar. Pure data.
import type { Article } from '../content/schema';
import { markdownToBlocks } from '../content/markdown';
import { citationPublicationDate, machineIssueDate, truncateText } from './format';
import { absoluteUrl, paths } from './urls';
import { siteConfig } from './config';

/** The share description: the first paragraph of the body, shortened to about 120 characters. */
export function articleDescription(article: Article, max = 120): string {
  const first = markdownToBlocks(article.body).find((block) => block.type === 'paragraph');
  return truncateText(first?.text ?? article.subtitle ?? article.title, max);
}

/** The names credited on an article (authors, else the byline as printed). */
export function articleAuthorNames(article: Article): string[] {
  if (article.authors.length > 0) return article.authors.map((author) => author.name);
  return article.byline ? [article.byline] : [];
}

/**
 * schema.org NewsArticle. `datePublished` is the earliest possible day of an interval: JSON-LD
 * has no interval, and the visible page states the range honestly.
 */
export function articleJsonLd(article: Article): Record<string, unknown> {
  const url = absoluteUrl(paths.article(article.id));
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    ...(article.subtitle ? { alternativeHeadline: article.subtitle } : {}),
    // Reduced precision for an interval-dated page (never an invented day); omitted across years.
    ...(machineIssueDate(article.date) !== null ? { datePublished: machineIssueDate(article.date) } : {}),
    author: articleAuthorNames(article).map((name) => ({ '@type': 'Person', name })),
    ...(article.pageName ? { articleSection: article.pageName } : {}),
    pageStart: String(article.page),
    inLanguage: 'zh-CN',
    url,
    mainEntityOfPage: url,
    description: articleDescription(article),
    isPartOf: { '@type': 'Periodical', name: article.paper },
    publisher: { '@type': 'Organization', name: siteConfig.siteName },
  };
}

/** Serialises JSON-LD for a `<script>` element: `<` is escaped so no text can close the element. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Highwire Press `citation_*` meta (what Zotero reads) as name → value(s). */
export function citationMeta(article: Article): Record<string, string | string[]> {
  return {
    citation_title: article.title,
    citation_author: articleAuthorNames(article),
    citation_publication_date: citationPublicationDate(article.date),
    citation_journal_title: article.paper,
    citation_newspaper_title: article.paper,
    citation_firstpage: String(article.page),
    citation_language: 'zh',
    citation_public_url: absoluteUrl(paths.article(article.id)),
  };
}
