import { describe, expect, it } from 'vitest';
import { createElement, Fragment } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { hastToText, markdownToHast, renderMarkdown } from '@/lib/content/render';
import { blocksToMarkdown } from '@/lib/content/markdown';

const html = (markdown: string) => renderToStaticMarkup(createElement(Fragment, null, renderMarkdown(markdown)));

describe('renderMarkdown', () => {
  it('renders paragraphs and subheadings, numbering paragraphs p1…pn with a ¶ link each', () => {
    const out = html('第一段。\n\n## 小标题\n\n第二段。');
    expect(out).toContain('<p id="p1">第一段。 <a href="#p1" class="p-anchor" aria-label="第1段的链接" data-paragraph="1">¶</a></p>');
    expect(out).toContain('<h2>小标题</h2>');
    expect(out).toContain('<p id="p2">第二段。');
  });

  it.each([
    // escaped by ingest: shown literally
    ['\\<script\\>alert(1)\\</script\\>', '<script>alert(1)</script>'],
    ['\\<img src=x onerror=alert(1)\\>', '<img src=x onerror=alert(1)>'],
    // raw HTML from a hand edit: still shown as text, never parsed as HTML
    ['<script>alert(1)</script>', '<script>alert(1)</script>'],
    ['<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
    ['文字<iframe src="javascript:alert(1)"></iframe>文字', '文字<iframe src="javascript:alert(1)"></iframe>文字'],
  ])('shows the hostile text %s literally and emits no element for it', (markdown, text) => {
    const out = html(markdown);
    expect(out).not.toMatch(/<(script|img|iframe)/i);
    expect(out).toContain('&lt;');
    expect(hastToText(markdownToHast(markdown))).toContain(text);
  });

  it('round-trips hostile body blocks written by ingest as the same text', () => {
    const blocks = [{ type: 'paragraph' as const, text: '<script>alert(1)</script> 与 <img src=x onerror=alert(1)> 以及 **星号** 和 [链接](javascript:alert(1))' }];
    const out = html(blocksToMarkdown(blocks));
    expect(out).not.toMatch(/<(script|img|strong|a href="javascript)/);
    expect(hastToText(markdownToHast(blocksToMarkdown(blocks)))).toContain(blocks[0]!.text);
  });

  it('drops javascript: links from Markdown link syntax (sanitised)', () => {
    const out = html('[点我](javascript:alert(1))');
    expect(out).not.toContain('javascript:');
  });

  it('demotes a level-1 heading in a body to h2 so the title stays the only h1', () => {
    expect(html('# 大标题\n\n段落。')).toContain('<h2>大标题</h2>');
  });
});
