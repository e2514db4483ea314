// One 版面 of an issue: its articles in reading order, the text printed on it that belongs to no
// article (「本版其他文字」, anchored #f1…), the issue's other pages, previous/next 版.
// example: /issues/2022-03-06_12/01/
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getArchive } from '@/lib/site/data';
import { plannedParams } from '@/lib/build/render-plan';
import { neighbours } from '@/lib/content/archive';
import { formatIssueDate, formatPageLabel } from '@/lib/site/format';
import { absoluteUrl, href, pageNumberToParam, paths } from '@/lib/site/urls';
import { pageCrumbs } from '@/lib/site/navigation';
import { Breadcrumbs } from '@/app/_components/breadcrumbs';
import { Pager } from '@/app/_components/pager';
import { ArticleList } from '@/app/_components/article-list';

export const dynamicParams = false;

type Props = { params: Promise<{ date: string; page: string }> };

/** Every page of every issue. */
export function generateStaticParams() {
  const params = getArchive().issues.flatMap((issue) =>
    issue.pages.map((page) => ({ date: issue.key, page: pageNumberToParam(page.page) })),
  );
  return plannedParams(params, ({ date, page }) => `${paths.issue(date)}${page}/`);
}

function findIssuePage(date: string, pageParam: string) {
  const issue = getArchive().issueByKey.get(date);
  const page = issue?.pages.find((candidate) => pageNumberToParam(candidate.page) === pageParam);
  return issue && page ? { issue, page } : undefined;
}

/** `第1版 要闻｜2022年3月8日`. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { date, page: pageParam } = await params;
  const found = findIssuePage(date, pageParam);
  if (!found) return {};
  const { issue, page } = found;
  return {
    title: `${formatPageLabel(page.page, page.pageName)}｜${page.paper} ${formatIssueDate(issue.date)}`,
    alternates: { canonical: absoluteUrl(paths.page(issue.key, page.page)) },
  };
}

/** The 版面 page. */
export default async function IssuePageRoute({ params }: Props) {
  const { date, page: pageParam } = await params;
  const found = findIssuePage(date, pageParam);
  if (!found) notFound();
  const { issue, page } = found;
  const { prev, next } = neighbours(issue.pages, page);
  const dateLabel = formatIssueDate(issue.date);
  const label = (p: { page: number; pageName: string | null }) => formatPageLabel(p.page, p.pageName);
  return (
    <>
      <Breadcrumbs crumbs={pageCrumbs(issue, page)} />
      <h1 className="page-title">{label(page)}</h1>
      <p className="lede">
        {page.paper} <a href={href('issue', issue.key)}>{dateLabel}</a> · 本版 {page.articles.length} 篇
      </p>
      {issue.dateNote ? <p className="note">日期说明：{issue.dateNote}</p> : null}
      <nav aria-label="本期版面">
        <ul className="tabs">
          {issue.pages.map((other) => (
            <li key={other.page}>
              <a
                href={href('page', issue.key, other.page)}
                aria-current={other === page ? 'page' : undefined}
              >
                {label(other)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <ArticleList articles={page.articles} />
      {page.fragments.length > 0 ? (
        <section aria-labelledby="unplaced-text" className="unplaced">
          <h2 id="unplaced-text">本版其他文字（未能归入文章）</h2>
          <p className="note">
            以下文字印在本版，但未能归入哪一篇文章（例如图片说明、未能识别标题的报道），按版面上的顺序列出。
          </p>
          {page.fragments.map((fragment) => {
            const lines = fragment.text.split('\n');
            return (
              <div key={fragment.anchor} id={fragment.anchor} className="unplaced-text">
                {lines.map((line, i) => (
                  <p key={i}>
                    {line}
                    {i === lines.length - 1 ? (
                      <>
                        {' '}
                        <a
                          className="p-anchor"
                          href={`#${fragment.anchor}`}
                          aria-label={`本版其他文字第${fragment.anchor.slice(1)}段的链接`}
                        >
                          ¶
                        </a>
                      </>
                    ) : null}
                  </p>
                ))}
              </div>
            );
          })}
        </section>
      ) : null}
      <Pager
        label="相邻版面"
        prev={prev ? { href: href('page', issue.key, prev.page), label: label(prev) } : undefined}
        next={next ? { href: href('page', issue.key, next.page), label: label(next) } : undefined}
        prevCaption="上一版"
        nextCaption="下一版"
      />
    </>
  );
}
