// Puts the root layout's own <head> tags in one place in every prerendered reading page. Next
// renders a page's metadata (title, canonical, Open Graph…) and the layout's <head> children
// (app/layout.tsx: the QQ image microdata, the archive-wide feeds, OpenSearch) in an order that
// depends on timing: under load the metadata sometimes lands before the layout's tags, sometimes
// after (seen in one listing page of 500 between two builds of the same content). Readers and
// crawlers do not care; byte-identical builds (scripts/build-site.ts) do. Run by postbuild.

// The layout's block as React prints it: the image microdata, then each feed, then OpenSearch.
const LAYOUT_HEAD_BLOCK =
  /<meta itemprop="image"[^>]*\/>(?:<link rel="alternate"[^>]*\/>)*<link rel="search"[^>]*\/>/;

/**
 * Moves the root layout's head block (LAYOUT_HEAD_BLOCK) to just before the first
 * `<meta name="theme-color"` (the start of Next's viewport and metadata tags), or before `<title>`
 * if there is none; the order Next writes when nothing races. Pages without the block, or with
 * neither anchor, are returned unchanged. Idempotent.
 */
export function settleHeadOrder(html: string): string {
  const headEnd = html.indexOf('</head>');
  if (headEnd < 0) return html;
  const block = LAYOUT_HEAD_BLOCK.exec(html.slice(0, headEnd));
  if (!block) return html;
  const without = html.slice(0, block.index) + html.slice(block.index + block[0].length);
  const head = without.slice(0, headEnd - block[0].length);
  const themeColor = head.indexOf('<meta name="theme-color"');
  const anchor = themeColor >= 0 ? themeColor : head.indexOf('<title>');
  if (anchor < 0) return html;
  return without.slice(0, anchor) + block[0] + without.slice(anchor);
}
