'use client';
// Keeps document.title at a value the client computes (the search page puts the query in it).
import { useEffect } from 'react';

/**
 * Sets `document.title` to `title` and keeps it there while the component is mounted. A plain
 * assignment is not enough: Next's MetadataBoundary hydrates after the page's app and writes the
 * static title from `metadata` back into <title>, so a MutationObserver on <head> re-applies ours
 * (it stops as soon as the title is ours, so it cannot loop).
 */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    const apply = () => {
      if (document.title !== title) document.title = title;
    };
    apply();
    const observer = new MutationObserver(apply);
    observer.observe(document.head, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [title]);
}
