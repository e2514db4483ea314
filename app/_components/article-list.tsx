// A list of articles as links with kicker, subtitle and where they appeared (date, 版).
import type { Article } from '@/lib/content/schema';
import { formatIssueDate, formatPageLabel } from '@/lib/site/format';
import { href } from '@/lib/site/urls';

/** Articles as a list; `showWhere` adds date and 版 (for section listings across issues). */
export function ArticleList({
  articles,
  showWhere = false,
}: {
  articles: readonly Article[];
  showWhere?: boolean;
}) {
  return (
    <ul className="article-list">
      {articles.map((article) => (
        <li key={article.id}>
          {article.kicker ? <span className="item-kicker">{article.kicker}</span> : null}
          <a className="item-title" href={href('article', article.id)}>
            {article.title}
          </a>
          {article.subtitle ? <span className="item-subtitle">{article.subtitle}</span> : null}
          <span className="item-meta">
            {[
              article.byline,
              showWhere
                ? `${formatIssueDate(article.date)} ${formatPageLabel(article.page, article.pageName)}`
                : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </span>
        </li>
      ))}
    </ul>
  );
}
