// One listing page of a section, newest first, ARTICLES_PER_PAGE per page.
// example: /sections/commentary/1/
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getArchive } from '@/lib/site/data';
import { sectionPage, sectionPageCount, sectionTypeLabel } from '@/lib/content/archive';
import { absoluteUrl, href, paths } from '@/lib/site/urls';
import { sectionCrumbs } from '@/lib/site/navigation';
import { Breadcrumbs } from '@/app/_components/breadcrumbs';
import { Pager } from '@/app/_components/pager';
import { ArticleList } from '@/app/_components/article-list';
import { FeedLinks } from '@/app/_components/feed-links';
import { feedAlternateTypes, sectionFeedPaths, sectionFeedSource } from '@/lib/site/feed';

export const dynamicParams = false;

type Props = { params: Promise<{ section: string; n: string }> };

/** Every listing page of every section. */
export function generateStaticParams() {
  return getArchive().sections.flatMap((section) =>
    Array.from({ length: sectionPageCount(section) }, (_, index) => ({
      section: section.slug,
      n: String(index + 1),
    })),
  );
}

function findListing(slug: string, nParam: string) {
  const section = getArchive().sectionBySlug.get(slug);
  const n = Number(nParam);
  if (!section || !Number.isInteger(n) || n < 1 || n > sectionPageCount(section)) return undefined;
  return { section, n, pages: sectionPageCount(section) };
}

/** `评论（第2页）`. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { section: slug, n } = await params;
  const found = findListing(slug, n);
  if (!found) return {};
  return {
    title: found.n > 1 ? `${found.section.name}（第${found.n}页）` : found.section.name,
    alternates: {
      canonical: absoluteUrl(paths.section(found.section.slug, found.n)),
      types: feedAlternateTypes(sectionFeedSource(found.section)),
    },
  };
}

/** The section listing page. */
export default async function SectionListingPage({ params }: Props) {
  const { section: slug, n: nParam } = await params;
  const found = findListing(slug, nParam);
  if (!found) notFound();
  const { section, n, pages } = found;
  return (
    <>
      <Breadcrumbs crumbs={sectionCrumbs(section, n)} />
      <h1 className="page-title">{section.name}</h1>
      <p className="lede">
        {sectionTypeLabel(section.type)} · 共 {section.articles.length} 篇，最新的在前
        {pages > 1 ? ` · 第 ${n} / ${pages} 页` : ''} ·{' '}
        <FeedLinks feedPaths={sectionFeedPaths(section.slug)} />
      </p>
      <ArticleList articles={sectionPage(section, n)} showWhere />
      <Pager
        label="分页"
        prev={n > 1 ? { href: href('section', section.slug, n - 1), label: `第 ${n - 1} 页` } : undefined}
        next={n < pages ? { href: href('section', section.slug, n + 1), label: `第 ${n + 1} 页` } : undefined}
        prevCaption="较新"
        nextCaption="较早"
      />
    </>
  );
}
