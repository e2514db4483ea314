// Hand-built articles for the site's unit tests (validated like real content, never written to content/).
import { ArticleFrontMatterSchema, type Article } from '@/lib/content/schema';

/** A valid article with overrides; ids follow the dateKey-page-order scheme. */
export function makeArticle(overrides: Partial<Article> & { id: string }): Article {
  const { body = '正文第一段。\n\n正文第二段。', ...rest } = overrides;
  const frontMatter = ArticleFrontMatterSchema.parse({
    paper: '丽水日报',
    date: '2022-03-08',
    dateNote: null,
    page: 1,
    pageName: '要闻',
    order: 1,
    title: '标题',
    kicker: null,
    subtitle: null,
    column: null,
    kind: null,
    byline: null,
    authors: [],
    dateline: null,
    continuedOn: null,
    continuedFrom: null,
    openingMissing: false,
    review: [],
    source: { file: 'test.txt', lines: [1, 2] },
    ...rest,
  });
  return { ...frontMatter, body };
}
