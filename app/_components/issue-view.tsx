// One issue: its 版面 in order with their article titles, and the neighbouring issues.
import type { Archive, Issue } from '@/lib/content/archive';
import { neighbours } from '@/lib/content/archive';
import { formatIssueDate, formatPageLabel } from '@/lib/site/format';
import { href } from '@/lib/site/urls';
import { issueCrumbs } from '@/lib/site/navigation';
import { Breadcrumbs } from './breadcrumbs';
import { Pager } from './pager';

/** The issue page body. */
export function IssueView({ archive, issue }: { archive: Archive; issue: Issue }) {
  const { prev, next } = neighbours(archive.issues, issue);
  const dateLabel = formatIssueDate(issue.date);
  return (
    <>
      <Breadcrumbs crumbs={issueCrumbs(issue)} />
      <h1 className="page-title">
        {issue.papers.join('、')} {dateLabel}
      </h1>
      {issue.dateNote ? <p className="note">日期说明：{issue.dateNote}</p> : null}
      <p className="lede">本期收录 {issue.pages.length} 个版面。</p>
      <div className="page-grid">
        {issue.pages.map((page) => (
          <section className="page-card" key={page.page} aria-labelledby={`page-${page.page}`}>
            <h2 id={`page-${page.page}`}>
              <a href={href('page', issue.key, page.page)}>{formatPageLabel(page.page, page.pageName)}</a>
            </h2>
            <ul className="article-list">
              {page.articles.map((article) => (
                <li key={article.id}>
                  <a href={href('article', article.id)}>{article.title}</a>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      <Pager
        label="相邻各期"
        prev={prev ? { href: href('issue', prev.key), label: formatIssueDate(prev.date) } : undefined}
        next={next ? { href: href('issue', next.key), label: formatIssueDate(next.date) } : undefined}
        prevCaption="上一期"
        nextCaption="下一期"
      />
    </>
  );
}
