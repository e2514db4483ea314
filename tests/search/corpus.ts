// A generated archive for search tests and benchmarks: the ingest generator's pages, turned into
// articles from the generator's own ground truth (so search is tested independently of the parser).
import { blocksToMarkdown } from '@/lib/content/markdown';
import { articleToFrontMatter } from '@/lib/content/to-markdown';
import type { Article } from '@/lib/content/schema';
import { generatePageWithTruth } from '@/lib/generator';

/** The articles of generated page `index` (deterministic for a seed). */
export function pageToArticles(seed: number, index: number): Article[] {
  const { stem, manifest, truth } = generatePageWithTruth({ seed }, index);
  return truth.articles.map((article, i) => ({
    ...articleToFrontMatter(
      // The generator's truth is certain: no review reasons.
      { ...article, review: [], lines: { start: 1, end: 1 } },
      manifest,
      `${stem}-${String(i + 1).padStart(2, '0')}`,
      i + 1,
      `generated/${stem}.txt`,
    ),
    body: blocksToMarkdown(article.body),
  }));
}

/** Generates at least `count` articles (whole pages, then cut to `count`). */
export function generateArticles(seed: number, count: number): Article[] {
  const articles: Article[] = [];
  for (let index = 0; articles.length < count; index += 1) articles.push(...pageToArticles(seed, index));
  return articles.slice(0, count);
}
