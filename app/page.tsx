// Home: the latest issue as a front page — each 版面 with its lead articles (clean excerpts from
// complete openings only, lib/site/front-page.ts) and the rest as titles — then recent issues and
// the ways in (calendar, sections, search, open data).
import { getArchive } from '@/lib/site/data';
import { latestIssue, type Issue } from '@/lib/content/archive';
import { formatIssueDate, formatPageLabel } from '@/lib/site/format';
import { frontPageSection, type FrontLead, type FrontPageSection } from '@/lib/site/front-page';
import { href } from '@/lib/site/urls';
import { siteConfig } from '@/lib/site/config';
import { BigSearchForm } from '@/app/_components/big-search-form';

// The first 版面 leads with three stories; every other 版面 shows one, and a few titles.
const FIRST_PAGE_LEADS = 3;
const OTHER_PAGE_LEADS = 1;
const FIRST_PAGE_TITLES = 8;
const OTHER_PAGE_TITLES = 4;
const RECENT_ISSUES = 6;
// Characters of excerpt: the main story's runs longer than the others'.
const MAIN_EXCERPT_CHARS = 140;
const SIDE_EXCERPT_CHARS = 100;

function LeadStory({ lead, main }: { lead: FrontLead; main: boolean }) {
  const { article, excerpt } = lead;
  return (
    <article className={main ? 'front-lead front-lead-main' : 'front-lead'}>
      {article.kicker ? <p className="front-kicker">{article.kicker}</p> : null}
      <h4 className="front-title">
        <a href={href('article', article.id)}>{article.title}</a>
      </h4>
      {article.subtitle ? <p className="front-subtitle">{article.subtitle}</p> : null}
      <p className="front-excerpt">{excerpt}</p>
    </article>
  );
}

function FrontPage({ issue, section, first }: { issue: Issue; section: FrontPageSection; first: boolean }) {
  const { page, leads, others } = section;
  const label = formatPageLabel(page.page, page.pageName);
  const titles = others.slice(0, first ? FIRST_PAGE_TITLES : OTHER_PAGE_TITLES);
  const pageHref = href('page', issue.key, page.page);
  const [main, ...side] = leads;
  return (
    <section
      className={first ? 'front-page front-page-first' : 'front-page'}
      aria-labelledby={`front-page-${page.page}`}
    >
      <h3 className="front-page-heading" id={`front-page-${page.page}`}>
        <a href={pageHref}>{label}</a>
        <small>{page.articles.length > 0 ? `${page.articles.length} 篇` : '未能切分成文章'}</small>
      </h3>
      <div className={side.length > 0 ? 'front-body' : 'front-body front-body-single'}>
        {main ? <LeadStory lead={main} main={first} /> : null}
        {side.length > 0 ? (
          <div className="front-side">
            {side.map((lead) => (
              <LeadStory key={lead.article.id} lead={lead} main={false} />
            ))}
          </div>
        ) : null}
        {titles.length > 0 ? (
          <ul className="front-titles">
            {titles.map((article) => (
              <li key={article.id}>
                <a href={href('article', article.id)}>{article.title}</a>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      {page.articles.length === 0 ? (
        <p className="front-more">
          <a href={pageHref}>本版文字未能归入文章，到版面页阅读</a>
        </p>
      ) : leads.length + titles.length < page.articles.length ? (
        <p className="front-more">
          <a href={pageHref}>本版全部 {page.articles.length} 篇</a>
        </p>
      ) : null}
    </section>
  );
}

/** The home page. */
export default function HomePage() {
  const archive = getArchive();
  const issue = latestIssue(archive);
  const recent = archive.issues.slice(-1 - RECENT_ISSUES, -1).reverse();
  const articleCount = issue?.pages.reduce((sum, page) => sum + page.articles.length, 0) ?? 0;
  return (
    <>
      <h1 className="page-title home-title">{siteConfig.siteName}</h1>
      <BigSearchForm inputId="home-search-q" placeholder="输入关键词，如 丽水" />
      {issue ? (
        <section className="front" aria-labelledby="latest-heading">
          <header className="front-masthead">
            <p className="front-label">最新一期</p>
            <h2 id="latest-heading">
              <a href={href('issue', issue.key)}>
                {issue.papers.join('、')} {formatIssueDate(issue.date)}
              </a>
            </h2>
            <p className="front-facts">
              {issue.pages.length} 个版面 · {articleCount} 篇文章 ·{' '}
              <a href={href('year', issue.year)}>{issue.year}年各期</a> ·{' '}
              <a href={href('issues')}>全部往期</a>
            </p>
          </header>
          {issue.dateNote ? <p className="note">日期说明：{issue.dateNote}</p> : null}
          {issue.pages.length > 1 ? (
            <nav aria-label="本期版面">
              <ul className="tabs">
                {issue.pages.map((page) => (
                  <li key={page.page}>
                    <a href={href('page', issue.key, page.page)}>
                      {formatPageLabel(page.page, page.pageName)}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
          <div className="front-pages">
            {issue.pages.map((page, index) => (
              <FrontPage
                key={page.page}
                issue={issue}
                first={index === 0}
                section={
                  index === 0
                    ? frontPageSection(page, FIRST_PAGE_LEADS, SIDE_EXCERPT_CHARS, MAIN_EXCERPT_CHARS)
                    : frontPageSection(page, OTHER_PAGE_LEADS, SIDE_EXCERPT_CHARS)
                }
              />
            ))}
          </div>
        </section>
      ) : (
        <p className="note">档案中还没有文章。添加版面原文后运行 npm run ingest。</p>
      )}
      {recent.length > 0 ? (
        <section aria-labelledby="recent-heading">
          <h2 className="section-heading" id="recent-heading">
            往期
          </h2>
          <ul className="recent-issues">
            {recent.map((other) => (
              <li key={other.key}>
                <a href={href('issue', other.key)}>{formatIssueDate(other.date)}</a>
                <small>{other.pages.length} 个版面</small>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
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
        <a href={href('openData')}>
          <strong>开放数据</strong>
          全部文章的 JSON 数据与字段说明
        </a>
      </nav>
    </>
  );
}
