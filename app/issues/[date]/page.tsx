// A year (`/issues/2022/`: months → days) or one issue (`/issues/2022-03-08/`: its 版面).
// Years and issues share this segment because Next allows one dynamic name per level.
// example: /issues/2022-03-06_12/
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getArchive } from '@/lib/site/data';
import { plannedParams } from '@/lib/build/render-plan';
import { formatIssueDate } from '@/lib/site/format';
import { absoluteUrl, paths } from '@/lib/site/urls';
import { YearView } from '@/app/_components/year-view';
import { IssueView } from '@/app/_components/issue-view';

export const dynamicParams = false;

type Props = { params: Promise<{ date: string }> };

/** Every year and every issue key. */
export function generateStaticParams() {
  const archive = getArchive();
  const params = [
    ...archive.years.map((year) => ({ date: String(year.year) })),
    ...archive.issues.map((issue) => ({ date: issue.key })),
  ];
  return plannedParams(params, ({ date }) => paths.issue(date));
}

/** `2022年` or the issue's date in the title. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { date } = await params;
  const issue = getArchive().issueByKey.get(date);
  if (issue) {
    return {
      title: `${formatIssueDate(issue.date)}`,
      alternates: { canonical: absoluteUrl(paths.issue(issue.key)) },
    };
  }
  return { title: `${date}年`, alternates: { canonical: absoluteUrl(paths.year(Number(date))) } };
}

/** The year or issue page. */
export default async function DatePage({ params }: Props) {
  const { date } = await params;
  const archive = getArchive();
  const issue = archive.issueByKey.get(date);
  if (issue) return <IssueView archive={archive} issue={issue} />;
  const year = /^\d{4}$/.test(date)
    ? archive.years.find((candidate) => String(candidate.year) === date)
    : undefined;
  if (!year) notFound();
  return <YearView archive={archive} year={year} />;
}
