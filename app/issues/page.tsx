// All years of the archive, each linking to its own page (an archive of decades is never one page).
import type { Metadata } from 'next';
import { getArchive } from '@/lib/site/data';
import { href, paths } from '@/lib/site/urls';
import { topLevelCrumbs } from '@/lib/site/navigation';
import { formatIssueDate } from '@/lib/site/format';
import { latestIssue } from '@/lib/content/archive';
import { Breadcrumbs } from '@/app/_components/breadcrumbs';

export const metadata: Metadata = { title: '往期报纸' };

/** Years → issue counts. */
export default function IssuesPage() {
  const archive = getArchive();
  const latest = latestIssue(archive);
  return (
    <>
      <Breadcrumbs crumbs={topLevelCrumbs('往期报纸', paths.issues())} />
      <h1 className="page-title">往期报纸</h1>
      <p className="lede">
        共 {archive.issues.length} 期，{archive.articleById.size} 篇文章。
        {latest ? (
          <>
            最新一期：<a href={href('issue', latest.key)}>{formatIssueDate(latest.date)}</a>
          </>
        ) : null}
      </p>
      <h2 className="section-heading">按年份</h2>
      <ul className="year-list">
        {[...archive.years].reverse().map((year) => (
          <li key={year.year}>
            <a href={href('year', year.year)}>
              {year.year}年<span className="visually-hidden">，</span>
              <small> {year.months.reduce((sum, month) => sum + month.issues.length, 0)} 期</small>
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
