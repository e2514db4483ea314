// One year of the archive: months, each listing its issues by day (or by range when approximate).
import type { ArchiveYear, Archive } from '@/lib/content/archive';
import { formatIssueDate, parseIssueDate } from '@/lib/site/format';
import { href } from '@/lib/site/urls';
import { yearCrumbs } from '@/lib/site/navigation';
import { Breadcrumbs } from './breadcrumbs';
import { Pager } from './pager';

/** Day label inside a month: `8日`, or `6—12日间` for an interval. */
function dayLabel(date: string): string {
  const { from, to, exact } = parseIssueDate(date);
  if (exact) return `${from.day}日`;
  return from.month === to.month && from.year === to.year
    ? `${from.day}—${to.day}日间`
    : formatIssueDate(date);
}

/** The year page body. */
export function YearView({ archive, year }: { archive: Archive; year: ArchiveYear }) {
  const index = archive.years.indexOf(year);
  const prev = archive.years[index - 1];
  const next = archive.years[index + 1];
  return (
    <>
      <Breadcrumbs crumbs={yearCrumbs(year.year)} />
      <h1 className="page-title">{year.year}年</h1>
      {year.months.map((month) => (
        <section key={month.month} aria-labelledby={`m${month.month}`}>
          <h2 className="section-heading" id={`m${month.month}`}>
            {month.month}月 <small>（{month.issues.length} 期）</small>
          </h2>
          <ul className="month-days">
            {month.issues.map((issue) => (
              <li key={issue.key}>
                <a href={href('issue', issue.key)} aria-label={formatIssueDate(issue.date)}>
                  {dayLabel(issue.date)}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <Pager
        label="相邻年份"
        prev={prev ? { href: href('year', prev.year), label: `${prev.year}年` } : undefined}
        next={next ? { href: href('year', next.year), label: `${next.year}年` } : undefined}
        prevCaption="上一年"
        nextCaption="下一年"
      />
    </>
  );
}
