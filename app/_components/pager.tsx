// Previous / next navigation between issues, 版面, articles or listing pages.

/** One side of a pager. */
export interface PagerLink {
  href: string;
  label: string;
  /** This side's own caption (e.g. 「下一版：第2版 要闻」), instead of the pager's. */
  caption?: string | undefined;
}

/** A labelled previous/next navigation; renders nothing when both sides are absent. */
export function Pager({
  label,
  prev,
  next,
  prevCaption = '上一篇',
  nextCaption = '下一篇',
}: {
  label: string;
  prev?: PagerLink | undefined;
  next?: PagerLink | undefined;
  prevCaption?: string;
  nextCaption?: string;
}) {
  if (!prev && !next) return null;
  return (
    <nav className="pager" aria-label={label}>
      {prev ? (
        <a className="prev" href={prev.href} rel="prev">
          <small>← {prev.caption ?? prevCaption}</small>
          {prev.label}
        </a>
      ) : null}
      {next ? (
        <a className="next" href={next.href} rel="next">
          <small>{next.caption ?? nextCaption} →</small>
          {next.label}
        </a>
      ) : null}
    </nav>
  );
}
