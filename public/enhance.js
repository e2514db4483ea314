// @ts-check
// Progressive enhancement for the static reading pages, in plain JavaScript (no framework, ~2 KB
// gzip): 字号 and theme buttons (remembered in localStorage), `/` focuses the header search box,
// copy link / Web Share / copy a paragraph's ¶ link, and ?hl= term highlighting built by splitting
// DOM text nodes (text is never parsed as HTML). Every page works without it.
(function () {
  'use strict';
  var root = document.documentElement;
  var KEYS = { theme: 'lsrb-theme', font: 'lsrb-font' };
  var MAX_FONT = 4;
  var DEFAULT_FONT = 2;

  /** @param {string} key @param {string} value */
  function store(key, value) {
    try {
      window.localStorage.setItem(key, value);
    } catch {
      // Storage disabled: the setting still applies to this page.
    }
  }

  function currentFont() {
    var value = Number(root.getAttribute('data-font') || DEFAULT_FONT);
    return value >= 0 && value <= MAX_FONT ? value : DEFAULT_FONT;
  }

  function isDark() {
    var theme = root.getAttribute('data-theme');
    return theme ? theme === 'dark' : window.matchMedia('(prefers-color-scheme: dark)').matches;
  }

  function syncControls() {
    var font = currentFont();
    document.querySelectorAll('[data-font-step]').forEach(function (button) {
      var step = Number(button.getAttribute('data-font-step'));
      /** @type {HTMLButtonElement} */ (button).disabled = step < 0 ? font <= 0 : font >= MAX_FONT;
    });
    document.querySelectorAll('[data-theme-toggle]').forEach(function (button) {
      button.setAttribute('aria-pressed', String(isDark()));
    });
  }

  document.addEventListener('click', function (event) {
    var target = /** @type {Element | null} */ (event.target);
    var fontButton = target && target.closest ? target.closest('[data-font-step]') : null;
    if (fontButton) {
      var next = Math.min(
        MAX_FONT,
        Math.max(0, currentFont() + Number(fontButton.getAttribute('data-font-step'))),
      );
      root.setAttribute('data-font', String(next));
      store(KEYS.font, String(next));
      syncControls();
      return;
    }
    var themeButton = target && target.closest ? target.closest('[data-theme-toggle]') : null;
    if (themeButton) {
      var theme = isDark() ? 'light' : 'dark';
      root.setAttribute('data-theme', theme);
      store(KEYS.theme, theme);
      syncControls();
    }
  });

  // `/` focuses the search box — the search page's own, else the header's — unless the reader is
  // typing somewhere.
  document.addEventListener('keydown', function (event) {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    var active = /** @type {HTMLElement | null} */ (event.target);
    if (active && (active.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName))) return;
    var box = document.getElementById('search-q') || document.getElementById('site-search-q');
    if (box) {
      event.preventDefault();
      box.focus();
    }
  });

  /** @param {string} text @returns {Promise<boolean>} */
  function copyText(text) {
    if (!navigator.clipboard) return Promise.resolve(false);
    return navigator.clipboard.writeText(text).then(
      function () {
        return true;
      },
      function () {
        return false;
      },
    );
  }

  function setupShare() {
    var bar = document.querySelector('[data-share-url]');
    if (!bar) return;
    var url = bar.getAttribute('data-share-url') || window.location.href;
    var title = bar.getAttribute('data-share-title') || document.title;
    var status = bar.querySelector('[data-share-status]');
    /** @param {string} text */
    var say = function (text) {
      if (status) status.textContent = text;
    };
    var copy = bar.querySelector('[data-copy-link]');
    if (copy) {
      copy.addEventListener('click', function () {
        copyText(url).then(function (ok) {
          say(ok ? '链接已复制' : '无法复制，请手动复制上方链接');
        });
      });
    }
    var share = bar.querySelector('[data-web-share]');
    if (share && typeof navigator.share === 'function') {
      share.removeAttribute('hidden');
      share.addEventListener('click', function () {
        navigator.share({ title: title, url: url }).catch(function () {
          // The reader closed the share sheet.
        });
      });
    }
    // A paragraph's ¶ link: follow it (the URL gets #pN) and copy the paragraph's full link.
    document.addEventListener('click', function (event) {
      var target = /** @type {Element | null} */ (event.target);
      var anchor = target && target.closest ? target.closest('a.p-anchor') : null;
      if (!anchor) return;
      var hash = anchor.getAttribute('href') || '';
      copyText(url + hash).then(function (ok) {
        if (ok) say('已复制第' + (anchor.getAttribute('data-paragraph') || '') + '段的链接');
      });
    });
  }

  /** Splits `?hl=` into distinct terms, longest first, at most 10 of at most 64 characters. */
  function highlightTerms() {
    var raw = new URLSearchParams(window.location.search).get('hl');
    if (!raw) return [];
    var seen = /** @type {Record<string, boolean>} */ ({});
    return raw
      .split(/\s+/)
      .filter(function (term) {
        var key = term.toLowerCase();
        if (!term || term.length > 64 || seen[key]) return false;
        seen[key] = true;
        return true;
      })
      .sort(function (a, b) {
        return b.length - a.length;
      })
      .slice(0, 10);
  }

  function highlight() {
    var terms = highlightTerms().map(function (term) {
      return term.toLowerCase();
    });
    var scope = document.querySelector('[data-highlight-root]');
    if (!scope || terms.length === 0) return;
    var walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
    /** @type {Text[]} */
    var nodes = [];
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      var parent = node.parentElement;
      if (parent && parent.closest('a.p-anchor, mark, script, style')) continue;
      nodes.push(/** @type {Text} */ (node));
    }
    var first = /** @type {HTMLElement | null} */ (null);
    nodes.forEach(function (textNode) {
      var text = textNode.data;
      var lower = text.toLowerCase();
      var fragment = document.createDocumentFragment();
      var cursor = 0;
      var found = false;
      for (;;) {
        var best = -1;
        var length = 0;
        terms.forEach(function (term) {
          var at = lower.indexOf(term, cursor);
          if (at >= 0 && (best < 0 || at < best || (at === best && term.length > length))) {
            best = at;
            length = term.length;
          }
        });
        if (best < 0) break;
        found = true;
        if (best > cursor) fragment.append(document.createTextNode(text.slice(cursor, best)));
        var mark = document.createElement('mark');
        mark.textContent = text.slice(best, best + length);
        fragment.append(mark);
        if (!first) first = mark;
        cursor = best + length;
      }
      if (!found) return;
      if (cursor < text.length) fragment.append(document.createTextNode(text.slice(cursor)));
      textNode.replaceWith(fragment);
    });
    if (first && !window.location.hash)
      /** @type {HTMLElement} */ (first).scrollIntoView({ block: 'center' });
  }

  function start() {
    root.classList.add('js');
    syncControls();
    setupShare();
    highlight();
    window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', syncControls);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
