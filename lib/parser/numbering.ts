// Numbered and bulleted lines, which papers print as subheadings 小标题 and never as a paragraph's
// broken head. Used by join-lines and segment.

/** True for an enumerated subheading: `一、让患者有更多获得感`, `（二）…`, `3. …`, `②物权编`, `■ …`. */
export function isNumberedHeading(text: string): boolean {
  return /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十0-9]{1,3}[)）]|[0-9０-９]{1,2}[、.．](?![0-9])|[■◆●▲★☆◎□①②③④⑤⑥⑦⑧⑨⑩])/.test(
    text,
  );
}

/** True for a section number standing alone as a line: `一`, `二十`, `③`. It heads the text under it. */
export function isSectionNumeral(text: string): boolean {
  return /^(?:[一二三四五六七八九十]{1,3}|[①②③④⑤⑥⑦⑧⑨⑩])$/.test(text);
}
