// Home: the latest issue's 版面 with their lead articles, plus the ways in (date, section, search).
import { getArchive } from '@/lib/site/data';
import { latestIssue } from '@/lib/content/archive';
import { formatIssueDate, formatPageLabel } from '@/lib/site/format';
import { articleDescription } from '@/lib/site/article-meta';
import { href } from '@/lib/site/urls';
import { siteConfig } from '@/lib/site/config';
import { BigSearchForm } from '@/app/_components/big-search-form';

/** The home page. */
export default function HomePage() {
  const archive = getArchive();
  const issue = latestIssue(archive);
  return (
    <>
      <h1 className="page-title">{siteConfig.siteName}</h1>
      <BigSearchForm inputId="home-search-q" placeholder="输入关键词，如 丽水" />
      {issue ? (
        <section aria-labelledby="latest-heading">
          <h2 className="section-heading" id="latest-heading">
            最新一期：<a href={href('issue', issue.key)}>{formatIssueDate(issue.date)}</a>
          </h2>
          {issue.dateNote ? <p className="note">日期说明：{issue.dateNote}</p> : null}
          <div className="page-grid">
            {issue.pages.map((page) => {
              const [lead, ...rest] = page.articles;
              return (
                <section className="page-card" key={page.page} aria-labelledby={`home-page-${page.page}`}>
                  <h3 id={`home-page-${page.page}`}>
                    <a href={href('page', issue.key, page.page)}>
                      {formatPageLabel(page.page, page.pageName)}
                    </a>
                  </h3>
                  {lead ? (
                    <div className="lead">
                      {lead.kicker ? <p className="kicker">{lead.kicker}</p> : null}
                      <a className="lead-title" href={href('article', lead.id)}>
                        {lead.title}
                      </a>
                      {lead.subtitle ? <p className="item-subtitle">{lead.subtitle}</p> : null}
                      <p className="item-excerpt">{articleDescription(lead, 80)}</p>
                    </div>
                  ) : null}
                  {rest.length > 0 ? (
                    <ul className="article-list">
                      {rest.map((article) => (
                        <li key={article.id}>
                          <a href={href('article', article.id)}>{article.title}</a>
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </section>
              );
            })}
          </div>
        </section>
      ) : (
        <p className="note">档案中还没有文章。添加版面原文后运行 npm run ingest。</p>
      )}
      <nav className="ways-in" aria-label="浏览方式">
        <a href={href('issues')}>
          <strong>按日期</strong>
          {archive.issues.length} 期，按年、月、日浏览
        </a>
        <a href={href('sections')}>
          <strong>按栏目</strong>
          {archive.sections.length} 个版面、栏目与体裁
        </a>
        <a href={href('search')}>
          <strong>全文检索</strong>
          {archive.articleById.size} 篇文章，精确匹配
        </a>
      </nav>
    </>
  );
}
