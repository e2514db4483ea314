// Copy link and Web Share buttons for an article. Server-rendered markup; public/enhance.js
// wires them (and copying a paragraph's ¶ link). Hidden without JS, where the URL above suffices.

/** Share controls for an article at `url` (its canonical URL). */
export function ShareBar({ url, title }: { url: string; title: string }) {
  return (
    <div className="share-bar needs-js" data-share-url={url} data-share-title={title}>
      <button type="button" data-copy-link>
        复制链接
      </button>
      <button type="button" data-web-share hidden>
        分享…
      </button>
      <span className="share-status" role="status" aria-live="polite" data-share-status />
    </div>
  );
}
