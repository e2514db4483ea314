// Breadcrumbs: where a page sits in the one hierarchy of lib/site/navigation.ts (首页 › year ›
// issue › 版面 › article), shown as a list and given to machines as BreadcrumbList JSON-LD built
// from the same crumbs, so the two can never disagree. The last crumb is the current page.
import { breadcrumbJsonLd, type Crumb } from '@/lib/site/navigation';
import { serializeJsonLd } from '@/lib/site/article-meta';
import { withBasePath } from '@/lib/site/urls';

/** Breadcrumb navigation with `aria-current` on the last item, and its BreadcrumbList JSON-LD. */
export function Breadcrumbs({ crumbs }: { crumbs: readonly Crumb[] }) {
  return (
    <>
      <nav className="breadcrumbs" aria-label="当前位置">
        <ol>
          {crumbs.map((crumb, index) =>
            index < crumbs.length - 1 ? (
              <li key={index}>
                <a href={withBasePath(crumb.path)}>{crumb.label}</a>
              </li>
            ) : (
              <li key={index} aria-current="page">
                {crumb.label}
              </li>
            ),
          )}
        </ol>
      </nav>
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: serializeJsonLd(breadcrumbJsonLd(crumbs)) }}
      />
    </>
  );
}
