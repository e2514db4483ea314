// The tiny blocking script in <head> that applies the remembered theme and 字号 before first
// paint (no flash). A constant string: it reads two localStorage keys and injects no content.

/** localStorage keys shared by the head script and the reader controls. */
export const SETTINGS_KEYS = { theme: 'lsrb-theme', fontSize: 'lsrb-font' } as const;

/** The inline script: marks <html> as `js`, validates stored values and sets `data-theme` / `data-font`. */
export const HEAD_SCRIPT = `(function(){try{var d=document.documentElement;d.classList.add('js');var s=window.localStorage,t=s.getItem('${SETTINGS_KEYS.theme}'),f=s.getItem('${SETTINGS_KEYS.fontSize}');if(t==='dark'||t==='light')d.setAttribute('data-theme',t);if(f&&/^[0-4]$/.test(f))d.setAttribute('data-font',f);}catch(e){}})();`;
