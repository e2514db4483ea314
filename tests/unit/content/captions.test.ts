// Captions and unplaced text (issue 14): a photo caption is stored as a caption block, rendered as
// a figure caption, and kept in open data; a page's shown fragments reach its 版面 page.
import { describe, expect, it } from 'vitest';
import { blocksToMarkdown, markCaptions, markdownToBlocks } from '@/lib/content/markdown';
import { markdownToHast, renderMarkdownToHtml } from '@/lib/content/render';
import { buildArchive } from '@/lib/content/archive';
import type { Article, PageFragments } from '@/lib/content/schema';
import { makeArticle } from '../site/fixtures';

describe('captions', () => {
  it.each(['图为游客在古堰画乡写生。 记者 张三 摄', '▲ 夜色中的瓯江大桥', '受访者供图', '何  川摄(青禾视觉)'])(
    'marks %s as a caption and keeps paragraphs as they are',
    (caption) => {
      const blocks = markCaptions([
        { type: 'paragraph', text: '今年以来，全市游客量同比增长。' },
        { type: 'paragraph', text: caption },
        { type: 'subheading', text: '夜游经济' },
      ]);
      expect(blocks.map((block) => block.type)).toEqual(['paragraph', 'caption', 'subheading']);
    },
  );

  it('round-trips captions through Markdown, text escaped', () => {
    const blocks = [
      { type: 'paragraph' as const, text: '正文一段。' },
      { type: 'caption' as const, text: '> 图为*现场* <b>' },
      { type: 'subheading' as const, text: '小标题' },
    ];
    const markdown = blocksToMarkdown(blocks);
    expect(markdown).toContain('> \\> 图为\\*现场\\* \\<b\\>');
    expect(markdownToBlocks(markdown)).toEqual(blocks);
  });

  it('renders a caption as a figure caption that takes no paragraph number', () => {
    const html = renderMarkdownToHtml(blocksToMarkdown([
      { type: 'paragraph', text: '第一段。' },
      { type: 'caption', text: '图为现场。 记者 张三 摄' },
      { type: 'paragraph', text: '第二段。' },
    ]));
    expect(html).toContain('<figure class="caption"><figcaption>图为现场。 记者 张三 摄</figcaption></figure>');
    expect(html).toContain('id="p2"');
    expect(html).not.toContain('id="p3"');
    expect(markdownToHast('> <script>alert(1)</script>').children.some((node) => node.type === 'element' && node.tagName === 'script')).toBe(false);
  });
});

function baseArticle(page: number): Article {
  return makeArticle({ id: `2022-03-10-${String(page).padStart(2, '0')}-01`, date: '2022-03-10', page, pageName: '综合', body: '正文。' });
}

describe('unplaced text on the 版面 page', () => {
  const article = baseArticle;
  const record = (page: number): PageFragments => ({
    source: `sources/p${page}.txt`,
    paper: '丽水日报',
    date: '2022-03-10',
    dateNote: null,
    page,
    pageName: '要闻',
    fragments: [
      { lines: [1, 1], text: '丽水日报 2022年3月10日 星期四', furniture: true, anchor: null },
      { lines: [3, 5], text: '未能归入文章的导语。\n第二段文字。', furniture: false, anchor: 'f1' },
    ],
  });

  it('puts the shown fragments on their page, in order, and never the furniture', () => {
    const archive = buildArchive([article(2)], [record(2)]);
    const page = archive.issues[0]?.pages[0];
    expect(page?.articles).toHaveLength(1);
    expect(page?.fragments).toEqual([{ anchor: 'f1', text: '未能归入文章的导语。\n第二段文字。', lines: [3, 5] }]);
  });

  it('gives a page whose text the parser could not place its own 版面 page', () => {
    const archive = buildArchive([article(2)], [record(1)]);
    const pages = archive.issues[0]?.pages ?? [];
    expect(pages.map((page) => [page.page, page.pageName, page.articles.length, page.fragments.length])).toEqual([
      [1, '要闻', 0, 1],
      [2, '综合', 1, 0],
    ]);
  });
});

describe('pages as real manifests describe them', () => {
  it('labels a page without a printed 版面名 「第N版」 alone', async () => {
    const { formatPageLabel } = await import('@/lib/site/format');
    expect(formatPageLabel(3, null)).toBe('第3版');
    expect(formatPageLabel(1, '要闻')).toBe('第1版 要闻');
  });

  it('heads an issue with the papers its manifests name, in page order', () => {
    const first = { ...baseArticle(1), paper: '丽水日报' };
    const second = { ...baseArticle(2), id: '2022-03-10-02-01', paper: '处州晚报', pageName: null };
    const issue = buildArchive([second, first]).issues[0];
    expect(issue?.papers).toEqual(['丽水日报', '处州晚报']);
    expect(issue?.pages.map((page) => [page.paper, page.pageName])).toEqual([
      ['丽水日报', '综合'],
      ['处州晚报', null],
    ]);
  });
});

describe('hand-edited bodies read the way CommonMark renders them', () => {
  it('splits a heading or quote typed without a blank line, and joins Chinese lines without a space', () => {
    expect(markdownToBlocks('第一段。\n## 新小标题\n第二段，\n接着写。\n> 图为签约现场\n\nNew\nYork 与 GDP\n增长。')).toEqual([
      { type: 'paragraph', text: '第一段。' },
      { type: 'subheading', text: '新小标题' },
      { type: 'paragraph', text: '第二段，接着写。' },
      { type: 'caption', text: '图为签约现场' },
      { type: 'paragraph', text: 'New York 与 GDP增长。' },
    ]);
  });
});
