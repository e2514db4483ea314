// settleHeadOrder: the layout's <head> tags end up in one place whatever order Next wrote.
import { describe, expect, it } from 'vitest';
import { settleHeadOrder } from '@/lib/site/head-order';

const CSS = '<link rel="stylesheet" href="/a.css" data-precedence="next"/>';
const LAYOUT =
  '<meta itemprop="image" content="https://x/share-card.png"/>' +
  '<link rel="alternate" type="application/rss+xml" href="https://x/feed.xml" title="RSS"/>' +
  '<link rel="alternate" type="application/atom+xml" href="https://x/atom.xml" title="Atom"/>' +
  '<link rel="search" type="application/opensearchdescription+xml" href="/opensearch.xml" title="档案"/>';
const METADATA =
  '<meta name="theme-color" content="#fdfcf9"/><title>综合（第2页）</title>' +
  '<link rel="alternate" type="application/rss+xml" href="https://x/sections/a/feed.xml" title="综合"/>';
const SCRIPT = '<script>settings()</script>';
const page = (head: string) =>
  `<!DOCTYPE html><html><head><meta charSet="utf-8"/>${head}</head><body>…</body></html>`;

describe('settleHeadOrder', () => {
  it('moves the layout block written after the metadata to before it (the order of a quiet build)', () => {
    expect(settleHeadOrder(page(CSS + METADATA + LAYOUT + SCRIPT))).toBe(
      page(CSS + LAYOUT + METADATA + SCRIPT),
    );
  });

  it('leaves a page already in that order as it is, and is idempotent', () => {
    const settled = page(CSS + LAYOUT + METADATA + SCRIPT);
    expect(settleHeadOrder(settled)).toBe(settled);
    expect(settleHeadOrder(settleHeadOrder(page(CSS + METADATA + LAYOUT)))).toBe(
      page(CSS + LAYOUT + METADATA),
    );
  });

  it('anchors at <title> when a page has no theme-color, and leaves pages without the block alone', () => {
    const noTheme = '<title>t</title><meta name="description" content="d"/>';
    expect(settleHeadOrder(page(noTheme + LAYOUT))).toBe(page(LAYOUT + noTheme));
    expect(settleHeadOrder(page(METADATA))).toBe(page(METADATA));
  });
});
