'use client';
// Highlights the terms from `?hl=term1 term2` (set by search results) in the article body with
// <mark>, by splitting DOM text nodes: text is never parsed as HTML. Loads no search code.
import { useEffect } from 'react';

/** Splits `?hl=` into distinct non-empty terms, longest first (so longer matches win). */
export function parseHighlightTerms(value: string | null): string[] {
  if (!value) return [];
  const terms = value.split(/\s+/).map((term) => term.trim()).filter((term) => term.length > 0 && term.length <= 64);
  return [...new Set(terms)].sort((a, b) => b.length - a.length).slice(0, 10);
}

function markTerms(root: Element, terms: string[]): number {
  const lowered = terms.map((term) => term.toLowerCase());
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('a.p-anchor, mark')) continue;
    nodes.push(node as Text);
  }
  let count = 0;
  for (const node of nodes) {
    const text = node.data;
    const lower = text.toLowerCase();
    const pieces: (string | { match: string })[] = [];
    let cursor = 0;
    while (cursor < text.length) {
      let best = -1;
      let bestLength = 0;
      for (const term of lowered) {
        const at = lower.indexOf(term, cursor);
        if (at >= 0 && (best < 0 || at < best || (at === best && term.length > bestLength))) {
          best = at;
          bestLength = term.length;
        }
      }
      if (best < 0) break;
      if (best > cursor) pieces.push(text.slice(cursor, best));
      pieces.push({ match: text.slice(best, best + bestLength) });
      cursor = best + bestLength;
    }
    if (pieces.length === 0) continue;
    if (cursor < text.length) pieces.push(text.slice(cursor));
    const fragment = document.createDocumentFragment();
    for (const piece of pieces) {
      if (typeof piece === 'string') fragment.append(document.createTextNode(piece));
      else {
        const mark = document.createElement('mark');
        mark.textContent = piece.match;
        fragment.append(mark);
        count += 1;
      }
    }
    node.replaceWith(fragment);
  }
  return count;
}

/** Marks `?hl=` terms inside the element matching `selector`, then scrolls to the first one. */
export function HighlightTerms({ selector }: { selector: string }) {
  useEffect(() => {
    const terms = parseHighlightTerms(new URLSearchParams(window.location.search).get('hl'));
    const root = document.querySelector(selector);
    if (!root || terms.length === 0) return;
    if (markTerms(root, terms) > 0 && !window.location.hash) {
      root.querySelector('mark')?.scrollIntoView({ block: 'center' });
    }
  }, [selector]);
  return null;
}
