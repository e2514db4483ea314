// A section's landing: its newest articles — the last listing page, with the one before it while
// the last holds fewer than half a page — newest first, and a link to the earlier numbered pages.
// example: /sections/commentary/
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getArchive } from '@/lib/site/data';
import { plannedParams } from '@/lib/build/render-plan';
import { sectionTypeLabel } from '@/lib/content/archive';
import { sectionLanding, sectionLandingPages, sectionPageCount } from '@/lib/content/section-pages';
import { absoluteUrl, href, paths } from '@/lib/site/urls';
import { sectionCrumbs } from '@/lib/site/navigation';
import { Breadcrumbs } from '@/app/_components/breadcrumbs';
import { Pager } from '@/app/_components/pager';
import { ArticleList } from '@/app/_components/article-list';
import { FeedLinks } from '@/app/_components/feed-links';
import { feedAlternateTypes, sectionFeedPaths, sectionFeedSource } from '@/lib/site/feed';

export const dynamicParams = false;

type Props = { params: Promise<{ section: string }> };

/** Every section's landing. */
export function generateStaticParams() {
  const params = getArchive().sections.map((section) => ({ section: section.slug }));
  return plannedParams(params, ({ section }) => paths.section(section));
}

/** `评论`. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { section: slug } = await params;
  const section = getArchive().sectionBySlug.get(slug);
  if (!section) return {};
  return {
    title: section.name,
    alternates: {
      canonical: absoluteUrl(paths.section(section.slug)),
      types: feedAlternateTypes(sectionFeedSource(section)),
    },
  };
}

/** The section's landing page. */
export default async function SectionLandingPage({ params }: Props) {
  const { section: slug } = await params;
  const section = getArchive().sectionBySlug.get(slug);
  if (!section) notFound();
  const pages = sectionPageCount(section);
  const earlier = (sectionLandingPages(section)[0] as number) - 1;
  return (
    <>
      <Breadcrumbs crumbs={sectionCrumbs(section)} />
      <h1 className="page-title">{section.name}</h1>
      <p className="lede">
        {sectionTypeLabel(section.type)} · 共 {section.articles.length} 篇，最新的在前
        {pages > 1 ? ` · 共 ${pages} 页` : ''} · <FeedLinks feedPaths={sectionFeedPaths(section.slug)} />
      </p>
      <ArticleList articles={sectionLanding(section)} showWhere />
      <Pager
        label="分页"
        prev={
          earlier >= 1
            ? { href: href('sectionPage', section.slug, earlier), label: `第 ${earlier} 页` }
            : undefined
        }
        prevCaption="较早"
      />
    </>
  );
}
