import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildArticleFiles, type SourcePage } from '@/lib/content/build-articles';
import { parseArticleFile } from '@/lib/content/load';
import { markdownToBlocks } from '@/lib/content/markdown';
import { ArticleFrontMatterSchema, type PageManifest } from '@/lib/content/schema';
import { headingParser } from '@/tests/helpers/content-dir';

const manifest = (overrides: Partial<PageManifest> = {}): PageManifest => ({
  paper: '丽水日报',
  date: '2022-03-08',
  page: 1,
  pageName: '要闻',
  provenance: 'test page',
  dateNote: null,
  ...overrides,
});
const source = (stem: string, text: string, overrides: Partial<PageManifest> = {}): SourcePage => ({
  stem,
  text,
  manifest: manifest(overrides),
});
const PAGE = '报头文字\n\n# 第一篇标题\n\n第一段。\n\n第二段。\n\n# 第二篇标题\n\n正文一段。\n';
const build = (sources: SourcePage[]) => buildArticleFiles(sources, { parse: headingParser });

/** Han characters and ASCII letters/digits of a text, as a multiset: what "nothing lost" compares. */
function countChars(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ch of text.match(/[\p{Script=Han}0-9A-Za-z]/gu) ?? []) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return counts;
}
function missingChars(source: string, output: string): string[] {
  const have = countChars(output);
  return [...countChars(source)].filter(([ch, n]) => (have.get(ch) ?? 0) < n).map(([ch]) => ch);
}
function outputText(result: ReturnType<typeof buildArticleFiles>): string {
  const articles = result.articles.map((a) =>
    [a.kicker, a.title, a.subtitle, a.column, a.byline, a.dateline, ...markdownToBlocks(a.body).map((b) => b.text)].join('\n'),
  );
  const fragments = result.fragments.flatMap((f) => f.record.fragments.map((fragment) => fragment.text));
  return [...articles, ...fragments].join('\n');
}

describe('buildArticleFiles', () => {
  it('writes one Markdown file per article at articles/YYYY/MM/<id>.md', () => {
    const result = build([source('p1', PAGE)]);
    expect(result.problems).toEqual([]);
    expect([...result.files.keys()]).toEqual([
      'articles/2022/03/2022-03-08-01-01.md',
      'articles/2022/03/2022-03-08-01-02.md',
      'fragments/2022/03/2022-03-08-01.json',
    ]);
    expect(result.articles.map((a) => [a.id, a.order, a.title, a.source.lines])).toEqual([
      ['2022-03-08-01-01', 1, '第一篇标题', [3, 7]],
      ['2022-03-08-01-02', 2, '第二篇标题', [9, 11]],
    ]);
  });

  it('writes front matter keys in the order of the schema and reads back as the same article', () => {
    const result = build([source('p1', PAGE)]);
    const text = result.files.get('articles/2022/03/2022-03-08-01-01.md') ?? '';
    const keys = [...text.split('---')[1]!.matchAll(/^(\w+):/gm)].map((m) => m[1]);
    expect(keys).toEqual(Object.keys(ArticleFrontMatterSchema.shape));
    expect(parseArticleFile('x.md', text)).toEqual(result.articles[0]);
    expect(text.endsWith('第一段。\n\n第二段。\n')).toBe(true);
    expect(text).toContain('  file: sources/p1.txt\n');
  });

  it('keeps text that belongs to no article in the page fragments file, with its lines', () => {
    const result = build([source('p1', PAGE)]);
    expect(result.fragments).toEqual([
      {
        path: 'fragments/2022/03/2022-03-08-01.json',
        record: {
          source: 'sources/p1.txt',
          paper: '丽水日报',
          date: '2022-03-08',
          dateNote: null,
          page: 1,
          pageName: '要闻',
          fragments: [{ lines: [1, 1], text: '报头文字', furniture: false, anchor: 'f1' }],
        },
      },
    ]);
    expect(JSON.parse(result.files.get('fragments/2022/03/2022-03-08-01.json') ?? '')).toEqual(result.fragments[0]?.record);
  });

  it('writes no fragments file for a page whose text all belongs to articles', () => {
    const result = build([source('p1', '# 标题\n\n正文。\n')]);
    expect([...result.files.keys()]).toEqual(['articles/2022/03/2022-03-08-01-01.md']);
  });

  it('produces the same files whatever order the pages arrive in', () => {
    const pages = [
      source('b', PAGE, { page: 2 }),
      source('a', '# 甲\n\n正文。\n', { date: '2022-03-06/2022-03-12' }),
      source('c', '# 乙\n\n正文。\n', { date: '2022-04-01' }),
    ];
    const forward = build(pages);
    const backward = build([...pages].reverse());
    expect([...backward.files]).toEqual([...forward.files]);
    expect([...forward.files.keys()]).toEqual([...forward.files.keys()].sort());
  });

  it('keeps hostile text literal: front matter and body read back exactly as printed', () => {
    const hostile = '# <script>alert(1)</script> "引号" #1: *星号*\n\n<img src=x onerror=alert(1)> [链接](javascript:alert(1)) 1. 不是列表\n';
    const result = build([source('p1', hostile)]);
    const text = result.files.get('articles/2022/03/2022-03-08-01-01.md') ?? '';
    const article = parseArticleFile('x.md', text);
    expect(article.title).toBe('<script>alert(1)</script> "引号" #1: *星号*');
    expect(markdownToBlocks(article.body)).toEqual([
      { type: 'paragraph', text: '<img src=x onerror=alert(1)> [链接](javascript:alert(1)) 1. 不是列表' },
    ]);
  });

  it('reports two sources claiming the same paper, date and page as a duplicate page', () => {
    const result = build([source('a', PAGE), source('b', '# 另一篇\n\n正文。\n')]);
    expect(result.problems.map((p) => p.message)).toEqual([
      'content/sources/b.manifest.json:1: duplicate page: content/sources/a.txt is already 丽水日报 2022-03-08 page 1',
    ]);
    expect(result.articles.every((a) => a.source.file === 'sources/a.txt')).toBe(true);
  });

  it('reports a byte-identical copy of a page as a duplicate page, whatever its manifest says', () => {
    const result = build([source('a', PAGE), source('copy', PAGE, { page: 5 })]);
    expect(result.problems.map((p) => p.message)).toEqual([
      'content/sources/copy.txt:1: duplicate page: same text as content/sources/a.txt',
    ]);
  });

  it('asks for a paperSlug when two papers would share ids, and accepts them once slugged', () => {
    const clash = build([source('a', PAGE), source('b', '# 他报\n\n正文。\n', { paper: '浙江日报' })]);
    expect(clash.problems).toHaveLength(1);
    expect(clash.problems[0]?.field).toBe('paperSlug');
    expect(clash.problems[0]?.message).toMatch(/^content\/sources\/b\.manifest\.json:1: field "paperSlug": /);

    const slugged = build([source('a', PAGE), source('b', '# 他报\n\n正文。\n', { paper: '浙江日报', paperSlug: 'zjrb' })]);
    expect(slugged.problems).toEqual([]);
    expect(slugged.articles.map((a) => a.id)).toContain('zjrb-2022-03-08-01-01');
  });

  it('turns a parser error that knows its line into a problem naming the source file', () => {
    const failing = () => {
      throw Object.assign(new Error('unterminated block'), { line: 7 });
    };
    const result = buildArticleFiles([source('p1', PAGE)], { parse: failing });
    expect(result.problems.map((p) => p.message)).toEqual(['content/sources/p1.txt:7: unterminated block']);
  });

  it('lets any other parser failure through as a bug', () => {
    const failing = () => {
      throw new TypeError('cannot read properties of undefined');
    };
    expect(() => buildArticleFiles([source('p1', PAGE)], { parse: failing })).toThrow(TypeError);
  });

  it('refuses to write an article whose line range lies outside its page', () => {
    const wrong = () => ({ ...headingParser(PAGE), fragments: [{ text: 'x', lines: { start: 1, end: 99 } }] });
    expect(() => buildArticleFiles([source('p1', PAGE)], { parse: wrong })).toThrow(/outside 1–12/);
  });
});

describe('buildArticleFiles with the real parser', () => {
  it('keeps all text of a page with no recognisable headline as fragments', () => {
    const page =
      '面对现代化新征程,丽水创新运用好三把金钥匙,把工业高质量发展作为加快推动经济跨越式高质量发展的主攻方向。\n\n' +
      '全市工业增加值年均增长8.0%,其中规上工业增加值自2018年以来年均增长10.8%。\n\n' +
      '此成绩背后,回溯以丽水经开区为代表的平台二次创业历程,发展阶段不可逾越。\n';
    const result = buildArticleFiles([source('p1', page)]);
    expect(result.problems).toEqual([]);
    expect(result.articles).toEqual([]);
    expect(result.fragments).toHaveLength(1);
    expect(missingChars(page, outputText(result))).toEqual([]);
  });

  it('handles a 5 MB block without crashing or losing text', () => {
    const block = '丽水经济技术开发区迈进全国强进位名实现跃阶式发展'.repeat(70_000);
    expect(Buffer.byteLength(block)).toBeGreaterThanOrEqual(5_000_000);
    const page = `大标题\n\n本报记者 叶江\n\n${block}。\n\n${block}\n`;
    const started = performance.now();
    const result = buildArticleFiles([source('p1', page)]);
    console.log(`5 MB block ×2: buildArticleFiles took ${Math.round(performance.now() - started)} ms`);
    expect(result.problems).toEqual([]);
    expect(missingChars(page, outputText(result))).toEqual([]);
  });

  it('loses no character of the seed page (continuation markers aside)', () => {
    const seed = readFileSync('content/sources/000_d1ef63186a423f59.txt', 'utf8');
    const result = buildArticleFiles([source('seed', seed, { date: '2022-03-06/2022-03-12' })]);
    expect(result.problems).toEqual([]);
    const withoutMarkers = seed.replace(/[(（]\s*(下转|上接)第?[一二三四五六七八九十\d]+版\s*[)）]/g, '');
    expect(missingChars(withoutMarkers, outputText(result))).toEqual([]);
  });
});
