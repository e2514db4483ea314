import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '@/lib/content/load';
import { blocksToMarkdown, markdownToBlocks } from '@/lib/content/markdown';
import type { PageManifest } from '@/lib/content/schema';
import {
  articleToFrontMatter,
  articleToMarkdown,
  fragmentsToJson,
  fragmentsToRecord,
  InvalidOutputError,
} from '@/lib/content/to-markdown';
import type { ParsedArticle } from '@/lib/parser/types';

const manifest: PageManifest = {
  paper: '丽水日报',
  date: '2022-03-08',
  page: 1,
  pageName: '要闻',
  provenance: 'test',
  dateNote: null,
};
const article = (overrides: Partial<ParsedArticle> = {}): ParsedArticle => ({
  title: '市政府召开党组会议',
  kicker: null,
  subtitle: null,
  column: null,
  byline: '本报讯(记者 郭真 通讯员庄啸)',
  authors: [
    { name: '郭真', role: '记者' },
    { name: '庄啸', role: '通讯员' },
  ],
  dateline: '本报讯',
  body: [
    { type: 'paragraph', text: '第一段。' },
    { type: 'subheading', text: '小标题' },
    { type: 'paragraph', text: '第二段。' },
  ],
  continuedOn: 7,
  continuedFrom: null,
  openingMissing: false,
  kind: '消息',
  review: [],
  lines: { start: 3, end: 9 },
  ...overrides,
});

function roundTrip(parsed: ParsedArticle) {
  const frontMatter = articleToFrontMatter(parsed, manifest, '2022-03-08-01-02', 2, 'sources/p.txt');
  const text = articleToMarkdown('x.md', frontMatter, blocksToMarkdown(parsed.body));
  return { text, article: parseArticleFile('x.md', text) };
}

describe('articleToMarkdown', () => {
  it('writes the page metadata, the parse and the source lines into the front matter', () => {
    const { article: read } = roundTrip(article());
    expect(read).toMatchObject({
      id: '2022-03-08-01-02',
      paper: '丽水日报',
      date: '2022-03-08',
      page: 1,
      order: 2,
      kind: '消息',
      continuedOn: 7,
      source: { file: 'sources/p.txt', lines: [3, 9] },
    });
    expect(markdownToBlocks(read.body)).toEqual(article().body);
  });

  it('ends the file with exactly one newline and separates front matter from body by a blank line', () => {
    const { text } = roundTrip(article());
    expect(text).toMatch(/^---\nid: 2022-03-08-01-02\n[\s\S]*\n---\n\n第一段。\n\n## 小标题\n\n第二段。\n$/);
  });

  it.each([
    // titles that YAML would otherwise read as another type or as syntax
    ['2022'],
    ['null'],
    ['true'],
    ['- 不是列表'],
    ['#1 不是注释'],
    ['"引号" 与 \'单引号\''],
    ['标题: 带冒号'],
    ['[方括号]'],
    ['  前后空格  '],
  ])('keeps the title %j exactly through YAML', (title) => {
    expect(roundTrip(article({ title })).article.title).toBe(title);
  });

  it('writes the review reasons as a YAML list after openingMissing, and [] when the parser is sure', () => {
    // `checked: false` until an editor checks the article (issue 11).
    expect(roundTrip(article()).text).toContain('\nopeningMissing: false\nreview: []\nchecked: false\nsource:\n');
    const { text, article: read } = roundTrip(article({ review: ['headline-two-ways', 'weak-boundary'] }));
    expect(text).toContain('\nreview:\n  - headline-two-ways\n  - weak-boundary\nchecked: false\nsource:\n');
    expect(read.review).toEqual(['headline-two-ways', 'weak-boundary']);
  });

  it.each([
    // not a reason the parser gives
    [['maybe-wrong']],
    // out of the parser's sorted order
    [['weak-boundary', 'headline-two-ways']],
    // the same reason twice
    [['subheadings', 'subheadings']],
  ])('refuses review reasons %j', (review) => {
    const frontMatter = { ...articleToFrontMatter(article(), manifest, '2022-03-08-01-02', 2, 'sources/p.txt'), review };
    // @ts-expect-error -- a plain string[] on purpose: the schema, not the type, must refuse these.
    const write = () => articleToMarkdown('articles/x.md', frontMatter, '');
    expect(write).toThrow(/field "review/);
  });

  it('refuses to write front matter its own schema rejects', () => {
    const bad = articleToFrontMatter(article({ title: '' }), manifest, '2022-03-08-01-02', 2, 'sources/p.txt');
    expect(() => articleToMarkdown('articles/x.md', bad, '')).toThrow(InvalidOutputError);
    expect(() => articleToMarkdown('articles/x.md', bad, '')).toThrow(/field "title"/);
  });
});

describe('fragmentsToJson', () => {
  it('stores each fragment with its line range, in page order, as stable JSON', () => {
    const record = fragmentsToRecord(
      [
        { text: '丽水日报　2022年3月8日　星期二　第1版', lines: { start: 1, end: 1 } },
        { text: '报头', lines: { start: 2, end: 2 } },
        { text: '图片说明', lines: { start: 40, end: 41 } },
      ],
      manifest,
      'sources/p.txt',
    );
    const json = fragmentsToJson(record);
    expect(json.endsWith('}\n')).toBe(true);
    expect(JSON.parse(json)).toEqual({
      source: 'sources/p.txt',
      paper: '丽水日报',
      date: '2022-03-08',
      dateNote: null,
      page: 1,
      pageName: '要闻',
      // Page furniture is kept but not shown: no anchor; shown text is numbered f1, f2… in page order.
      fragments: [
        { lines: [1, 1], text: '丽水日报　2022年3月8日　星期二　第1版', furniture: true, anchor: null },
        { lines: [2, 2], text: '报头', furniture: false, anchor: 'f1' },
        { lines: [40, 41], text: '图片说明', furniture: false, anchor: 'f2' },
      ],
    });
  });
});
