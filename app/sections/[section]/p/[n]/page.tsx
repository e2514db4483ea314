// One listing page of a section, counted from the oldest article (page 1 = the oldest
// ARTICLES_PER_PAGE), so a page's articles stay put as days are added; shown newest first.
// example: /sections/commentary/p/1/
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getArchive } from '@/lib/site/data';
import { plannedParams } from '@/lib/build/render-plan';
import { sectionTypeLabel } from '@/lib/content/archive';
import { sectionPage, sectionPageCount } from '@/lib/content/section-pages';
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
  const params = getArchive().sections.flatMap((section) =>
    Array.from({ length: sectionPageCount(section) }, (_, index) => ({
      section: section.slug,
      n: String(index + 1),
    })),
  );
  return plannedParams(params, ({ section, n }) => paths.sectionPage(section, Number(n)));
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
    title: `${found.section.name}（第${found.n}页）`,
    alternates: {
      canonical: absoluteUrl(paths.sectionPage(found.section.slug, found.n)),
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
        {/* No article or page count here: a new day would change every numbered page of the
            section (stable listings, docs/site.md) (the landing shows the counts). */}
        {sectionTypeLabel(section.type)} · 第 {n} 页（从最早的一页数起，本页最新的在前） ·{' '}
        <FeedLinks feedPaths={sectionFeedPaths(section.slug)} />
      </p>
      <ArticleList articles={sectionPage(section, n)} showWhere />
      <Pager
        label="分页"
        prev={n > 1 ? { href: href('sectionPage', section.slug, n - 1), label: `第 ${n - 1} 页` } : undefined}
        next={
          n < pages
            ? { href: href('sectionPage', section.slug, n + 1), label: `第 ${n + 1} 页` }
            : { href: href('section', section.slug), label: '最新' }
        }
        prevCaption="较早"
        nextCaption="较新"
      />
    </>
  );
}
