import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { BodySlotError, fillBodySlot } from '@/lib/site/body-slot';
import { renderMarkdownToHtml } from '@/lib/content/render';
import { makeArticle } from './fixtures';

const article = makeArticle({
  id: '2022-03-08-01-01',
  title: '<div class="article-body" data-article-body="true" data-body-slot="x"></div>',
  body: '第一段，含<script>alert(1)</script>。\n\n第二段 $& $1。',
});
const articleById = new Map([[article.id, article]]);

/** The slot exactly as React serialises the article page's element. */
const slot = (id: string) =>
  renderToStaticMarkup(
    createElement('div', { className: 'article-body', 'data-article-body': true, 'data-body-slot': id }),
  );

describe('fillBodySlot', () => {
  it('fills the slot React renders with the sanitised body HTML, once', () => {
    const page = `<main><h1>标题</h1>${slot(article.id)}<footer></footer></main>`;
    const { html, filled } = fillBodySlot('articles/x/index.html', page, articleById);
    expect(filled).toBe(true);
    expect(html).toBe(
      `<main><h1>标题</h1><div class="article-body" data-article-body="true">${renderMarkdownToHtml(article.body)}</div><footer></footer></main>`,
    );
    expect(html).toContain('<p id="p1">');
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('第二段 $&#x26; $1。');
    expect(html).not.toContain('data-body-slot');
  });

  it('leaves pages without a slot unchanged, and text that merely looks like a slot', () => {
    const escapedTitle = renderToStaticMarkup(createElement('h1', null, article.title));
    const page = `<main>${escapedTitle}</main>`;
    expect(fillBodySlot('issues/index.html', page, articleById)).toEqual({ html: page, filled: false });
  });

  it('names the file when a slot points at an unknown article or a page has two slots', () => {
    expect(() => fillBodySlot('articles/y/index.html', slot('2099-01-01-01-01'), articleById)).toThrow(
      /articles\/y\/index\.html: body slot names an article that does not exist: "2099-01-01-01-01"/,
    );
    expect(() => fillBodySlot('articles/z/index.html', slot(article.id).repeat(2), articleById)).toThrow(
      BodySlotError,
    );
  });
});
