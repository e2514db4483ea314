// Every section with its article count: 版面 names, 栏目 columns and 体裁 kinds.
import type { Metadata } from 'next';
import { getArchive } from '@/lib/site/data';
import { sectionTypeLabel, type SectionType } from '@/lib/content/archive';
import { href, paths } from '@/lib/site/urls';
import { topLevelCrumbs } from '@/lib/site/navigation';
import { Breadcrumbs } from '@/app/_components/breadcrumbs';

export const metadata: Metadata = { title: '栏目与版面' };

const TYPES: SectionType[] = ['page', 'column', 'kind'];

/** Sections grouped by type. */
export default function SectionsPage() {
  const { sections } = getArchive();
  return (
    <>
      <Breadcrumbs crumbs={topLevelCrumbs('栏目与版面', paths.sections())} />
      <h1 className="page-title">栏目与版面</h1>
      <p className="lede">按版面名、栏目或体裁浏览全部文章，最新的在前。</p>
      {TYPES.map((type) => {
        const ofType = sections.filter((section) => section.type === type);
        if (ofType.length === 0) return null;
        return (
          <section key={type} aria-labelledby={`type-${type}`}>
            <h2 className="section-heading" id={`type-${type}`}>
              按{sectionTypeLabel(type)}
            </h2>
            <ul className="section-table">
              {ofType.map((section) => (
                <li key={section.slug}>
                  <a href={href('section', section.slug)}>{section.name}</a>
                  <span className="count">{section.articles.length} 篇</span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
