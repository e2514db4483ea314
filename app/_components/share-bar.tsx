'use client';
// Copy link and the Web Share API (where the browser has it), plus copying a paragraph's link
// when its ¶ anchor is clicked (one delegated listener, so paragraphs stay plain server HTML).
import { useEffect, useState, useSyncExternalStore } from 'react';

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Share controls for an article at `url` (its canonical URL). */
export function ShareBar({ url, title }: { url: string; title: string }) {
  const [status, setStatus] = useState('');
  // Rendered without the share button at build time; shown after hydration where supported.
  const canShare = useSyncExternalStore(
    () => () => {},
    () => typeof navigator.share === 'function',
    () => false,
  );

  useEffect(() => {
    const onClick = async (event: MouseEvent) => {
      const anchor = (event.target as Element | null)?.closest?.('a.p-anchor');
      if (!(anchor instanceof HTMLAnchorElement)) return;
      const paragraphUrl = `${url}${anchor.getAttribute('href') ?? ''}`;
      history.replaceState(null, '', anchor.getAttribute('href'));
      if (await copyText(paragraphUrl)) setStatus(`已复制第${anchor.dataset.paragraph ?? ''}段的链接`);
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [url]);

  const onCopy = async () => setStatus((await copyText(url)) ? '链接已复制' : '无法复制，请手动复制上方链接');
  const onShare = async () => {
    try {
      await navigator.share({ title, url });
    } catch {
      // The reader closed the share sheet: nothing to report.
    }
  };

  return (
    <div className="share-bar">
      <button type="button" onClick={onCopy} data-testid="copy-link">
        复制链接
      </button>
      {canShare ? (
        <button type="button" onClick={onShare}>
          分享…
        </button>
      ) : null}
      <span className="share-status" role="status" aria-live="polite">
        {status}
      </span>
    </div>
  );
}
