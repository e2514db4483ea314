// Breadcrumbs: where a page sits in date → 版面 → article. The last crumb is the current page.

/** One crumb: a label and, except for the current page, a link. */
export interface Crumb {
  label: string;
  href?: string;
}

/** Breadcrumb navigation with `aria-current` on the last item. */
export function Breadcrumbs({ items }: { items: Crumb[] }) {
  return (
    <nav className="breadcrumbs" aria-label="当前位置">
      <ol>
        {items.map((item, index) =>
          item.href && index < items.length - 1 ? (
            <li key={index}>
              <a href={item.href}>{item.label}</a>
            </li>
          ) : (
            <li key={index} aria-current="page">
              {item.label}
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}
