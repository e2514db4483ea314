// The queries the search benchmarks type: substrings of generated articles (2–6 characters, one in
// ten a two-term query), drawn with a fixed seed so runs and profiles see the same queries.
import { markdownToBlocks } from '../lib/content/markdown';
import { createRng } from '../lib/generator/prng';
import { generateArticles } from '../tests/search/corpus';

/** A first query (3 characters) and `later` queries for an archive of `count` generated articles. */
export function benchQueries(count: number, later: number): { first: string; later: string[] } {
  const rng = createRng(99, 'bench-queries', count);
  const articles = generateArticles(7, Math.min(count, 2000));
  const randomQuery = (min: number, max: number) => {
    const article = articles[rng.int(0, articles.length - 1)];
    const blocks = article
      ? [article.title, ...markdownToBlocks(article.body).map((block) => block.text)]
      : ['丽水'];
    const text = blocks[rng.int(0, blocks.length - 1)] ?? '丽水';
    const length = Math.min(text.length, rng.int(min, max));
    const start = rng.int(0, Math.max(0, text.length - length));
    return text.slice(start, start + length);
  };
  const first = randomQuery(3, 3);
  const rest = Array.from({ length: later }, (_, i) =>
    i % 10 === 9 ? `${randomQuery(2, 3)} ${randomQuery(2, 3)}` : randomQuery(2, 6),
  );
  return { first, later: rest };
}
