import { describe, expect, it } from 'vitest';
import { generatePagesWithTruth, type ArticleTruth } from '@/lib/generator';
import { pageNumberToChinese } from '@/lib/generator/page';

const pages = generatePagesWithTruth({ seed: 20260101, pages: 240 });

const blocksOf = (text: string): string[] =>
  text
    .split(/\n[^\S\n]*\n/u)
    .map((b) => b.trim())
    .filter((b) => b !== '');

const fold = (text: string): string => text.replace(/[(（]/gu, '(').replace(/[)）]/gu, ')');

/** Whether `block` is the last thing printed of `article`: its 下转 marker, trailer or last paragraph's end. */
function endsArticle(block: string, article: ArticleTruth): boolean {
  if (article.continuedOn !== null)
    return fold(block) === `(下转第${pageNumberToChinese(article.continuedOn)}版)`;
  if (article.trailer !== null) return block === article.trailer;
  const last = article.body[article.body.length - 1];
  // A broken paragraph leaves at least its last six characters in its final block.
  return last?.type === 'paragraph' && block.endsWith(last.text.slice(-6));
}

describe('column banners 栏目 (as on the seed page)', () => {
  const withColumn = pages.flatMap((page) =>
    page.truth.articles.map((article, i) => ({ page, article, i })).filter((x) => x.article.column !== null),
  );

  it('occur often enough to test, including on a page’s first article', () => {
    expect(withColumn.length).toBeGreaterThan(50);
    expect(withColumn.some((x) => x.i === 0)).toBe(true);
  });

  it('are printed as a block right after the text of the article they belong to', () => {
    for (const { page, article } of withColumn) {
      const blocks = blocksOf(page.text);
      const after = blocks.some(
        (block, j) => block === article.column && j > 0 && endsArticle(blocks[j - 1] ?? '', article),
      );
      expect(after, `${page.stem}: ${article.column} after 《${article.title}》`).toBe(true);
    }
  });

  it('are never printed directly above the title of the article they belong to', () => {
    for (const { page, article } of withColumn) {
      const blocks = blocksOf(page.text);
      const firstTitleLine = article.title.split('\n')[0] ?? '';
      const above = blocks.some(
        (block, j) =>
          block === article.column &&
          [blocks[j + 1], blocks[j + 2]].some(
            (b) => b !== undefined && (b.startsWith(firstTitleLine) || b.endsWith(` ${article.title}`)),
          ),
      );
      // The same banner name may head another article too; skip pages where it occurs twice.
      const repeated = page.truth.articles.filter((a) => a.column === article.column).length > 1;
      if (!repeated) expect(above, `${page.stem}: ${article.column} above 《${article.title}》`).toBe(false);
    }
  });

  it('print each article’s banner exactly once', () => {
    for (const page of pages) {
      const counts = new Map<string, number>();
      for (const a of page.truth.articles)
        if (a.column !== null) counts.set(a.column, (counts.get(a.column) ?? 0) + 1);
      const blocks = blocksOf(page.text);
      for (const [column, n] of counts) expect(blocks.filter((b) => b === column).length).toBe(n);
    }
  });
});
