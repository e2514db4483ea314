// The search page shell: /search/?q=…&section=…&column=…&kind=…&from=…&to=…&sort=date&page=N
// Everything searchable runs in a Web Worker that search-app.tsx starts after the page loads; the
// app also puts the query into the document title (「诚信」 - 全文检索｜丽水日报数字档案).
import { siteConfig } from '@/lib/site/config';
import type { Metadata } from 'next';
import { withBasePath, paths } from '@/lib/site/urls';
import { topLevelCrumbs } from '@/lib/site/navigation';
import { SearchApp } from '@/app/_components/search-app';
import { Breadcrumbs } from '@/app/_components/breadcrumbs';

export const metadata: Metadata = {
  title: '全文检索',
  description: '在丽水日报数字档案中检索全文：精确匹配，支持繁体、全角、作者名。',
};

/** The search page: a heading and the client-side search app (the URL carries query and filters). */
export default function SearchPage() {
  return (
    <>
      <Breadcrumbs crumbs={topLevelCrumbs('全文检索', paths.search())} />
      <h1 className="page-title">全文检索</h1>
      <SearchApp
        indexUrl={withBasePath('/search/')}
        articleBase={withBasePath(paths.article('__ID__'))}
        basePath={siteConfig.basePath}
        siteName={siteConfig.siteName}
      />
    </>
  );
}
