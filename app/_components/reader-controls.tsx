// 字号 (font size) and light/dark buttons. Server-rendered markup; public/enhance.js makes them
// work and remembers the choice (the head script applies it before paint). Hidden without JS.

/** Font size and theme buttons. */
export function ReaderControls() {
  return (
    <div className="reader-controls needs-js" role="group" aria-label="阅读设置">
      {/* The accessible name starts with the visible text (WCAG 2.5.3 label in name). */}
      <button type="button" data-font-step="-1">
        A−<span className="visually-hidden">缩小字号</span>
      </button>
      <button type="button" data-font-step="1">
        A+<span className="visually-hidden">放大字号</span>
      </button>
      <button type="button" data-theme-toggle aria-pressed="false" aria-label="深色模式">
        <span className="theme-icon-dark" aria-hidden="true">
          ☾
        </span>
        <span className="theme-icon-light" aria-hidden="true">
          ☀
        </span>
      </button>
    </div>
  );
}
