// A generated archive for search tests and benchmarks: the ingest generator's pages, turned into
// articles from the generator's own ground truth (so search is tested independently of the parser).
import { blocksToMarkdown } from '@/lib/content/markdown';
import type { Article } from '@/lib/content/schema';
import { generatePageWithTruth } from '@/lib/generator';

/** The articles of generated page `index` (deterministic for a seed). */
export function pageToArticles(seed: number, index: number): Article[] {
  const { stem, manifest, truth } = generatePageWithTruth({ seed }, index);
  return truth.articles.map((article, i) => ({
    id: `${stem}-${String(i + 1).padStart(2, '0')}`,
    paper: manifest.paper,
    date: manifest.date,
    dateNote: manifest.dateNote,
    page: manifest.page,
    pageName: manifest.pageName,
    order: i + 1,
    title: article.title,
    kicker: article.kicker,
    subtitle: article.subtitle,
    column: article.column,
    kind: article.kind,
    byline: article.byline,
    authors: article.authors,
    dateline: article.dateline,
    continuedOn: article.continuedOn,
    continuedFrom: article.continuedFrom,
    openingMissing: article.openingMissing,
    source: { file: `generated/${stem}.txt`, lines: [1, 1] },
    body: blocksToMarkdown(article.body),
  }));
}

/** Generates at least `count` articles (whole pages, then cut to `count`). */
export function generateArticles(seed: number, count: number): Article[] {
  const articles: Article[] = [];
  for (let index = 0; articles.length < count; index += 1) articles.push(...pageToArticles(seed, index));
  return articles.slice(0, count);
}
