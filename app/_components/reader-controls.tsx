'use client';
// 字号 (font size) and light/dark toggles, remembered in localStorage; plus the `/` shortcut that
// focuses the header search box. The head script applies the stored values before paint.
import { useEffect, useSyncExternalStore } from 'react';
import { SETTINGS_KEYS } from './head-script';

const DEFAULT_FONT = 2;
const MAX_FONT = 4;

function store(key: string, value: string) {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Private mode or storage disabled: the setting still applies to this page.
  }
}

// The settings live on <html> as data attributes (set before paint by the head script), so the
// DOM is the store: React subscribes to changes instead of copying them into state.
const CHANGE_EVENT = 'lsrb-settings';

function subscribe(onChange: () => void) {
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  window.addEventListener(CHANGE_EVENT, onChange);
  media.addEventListener('change', onChange);
  return () => {
    window.removeEventListener(CHANGE_EVENT, onChange);
    media.removeEventListener('change', onChange);
  };
}

function readFont(): number {
  const stored = Number(document.documentElement.getAttribute('data-font') ?? DEFAULT_FONT);
  return Number.isInteger(stored) && stored >= 0 && stored <= MAX_FONT ? stored : DEFAULT_FONT;
}

function readDark(): boolean {
  const theme = document.documentElement.getAttribute('data-theme');
  return theme ? theme === 'dark' : window.matchMedia('(prefers-color-scheme: dark)').matches;
}

function applySetting(attribute: string, key: string, value: string) {
  document.documentElement.setAttribute(attribute, value);
  store(key, value);
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

/** Font size and theme buttons, and the `/` keyboard shortcut to the search box. */
export function ReaderControls() {
  const font = useSyncExternalStore(subscribe, readFont, () => DEFAULT_FONT);
  const dark = useSyncExternalStore(subscribe, readDark, () => false);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
      const box = document.getElementById('site-search-q');
      if (box instanceof HTMLInputElement) {
        event.preventDefault();
        box.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const changeFont = (delta: number) =>
    applySetting('data-font', SETTINGS_KEYS.fontSize, String(Math.min(MAX_FONT, Math.max(0, font + delta))));
  const toggleTheme = () => applySetting('data-theme', SETTINGS_KEYS.theme, dark ? 'light' : 'dark');

  return (
    <div className="reader-controls" role="group" aria-label="阅读设置">
      <button type="button" onClick={() => changeFont(-1)} disabled={font <= 0} aria-label="缩小字号">
        A−
      </button>
      <button type="button" onClick={() => changeFont(1)} disabled={font >= MAX_FONT} aria-label="放大字号">
        A+
      </button>
      <button type="button" onClick={toggleTheme} aria-pressed={dark} aria-label="深色模式">
        {dark ? '☀' : '☾'}
      </button>
    </div>
  );
}
