// Packages 组稿: a headline and an editor's note over signed pieces are one article; a note on top
// of a story, or a note-only head followed by news items, are not (invented pages).
import { describe, expect, it } from 'vitest';
import { parsePage } from '@/lib/parser/parse-page';
import { foldPackages } from '@/lib/parser/packages';
import type { ParsedArticle } from '@/lib/parser/types';

const PIECE_ONE = [
  '龙泉青瓷小镇',
  '窑火里的新年',
  '本报记者  叶  江',
  '除夕前一天，龙泉宝溪乡的龙窑又点起了火，老师傅守在窑口，一夜没有合眼。',
  '“窑火不能断，断了一窑瓷就废了。”他一边添柴一边说，今年是他守窑的第三十个春节。',
].join('\n\n');
const PIECE_TWO = [
  '缙云烧饼师傅',
  '炉边的团圆饭',
  '本报记者  陈晓东',
  '大年三十的清晨，缙云壶镇的烧饼铺门口已经排起长队，炉火映红了师傅的脸。',
  '忙完最后一炉，师傅和家人围坐在炉边，吃上了一顿热乎乎的团圆饭。',
].join('\n\n');
const PIECE_THREE = [
  '遂昌金矿护林员',
  '山林里的守望',
  '本报记者  李  明',
  '正月初一，护林员老周照例背起水壶上山，巡山的路他走了整整二十年。',
  '山下的村子鞭炮声声，他说，只要山林平安，就是最好的年。',
].join('\n\n');

function titles(articles: readonly ParsedArticle[]): string[] {
  return articles.map((article) => article.title);
}

describe('foldPackages', () => {
  it.each([
    ['编者按：', '编者按：春节是团圆的时刻，也有人坚守岗位。本报记者走进一线，记录他们的春节。'],
    [
      '编者的话 on its own line',
      '编者的话\n\n春节是团圆的时刻，也有人坚守岗位。本报记者走进一线，记录他们的春节。',
    ],
    ['【编者按】', '【编者按】春节是团圆的时刻，也有人坚守岗位。本报记者走进一线，记录他们的春节。'],
  ])('%s over three signed pieces: one article, the pieces its sections', (_label, note) => {
    const source = ['坚守岗位过大年', note, PIECE_ONE, PIECE_TWO, PIECE_THREE].join('\n\n') + '\n';
    const page = parsePage(source);
    expect(titles(page.articles)).toEqual(['坚守岗位过大年']);
    const [article] = page.articles as [ParsedArticle];
    const subheadings = article.body
      .filter((block) => block.type === 'subheading')
      .map((block) => block.text);
    expect(subheadings).toEqual(
      expect.arrayContaining(['窑火里的新年', '炉边的团圆饭', '山林里的守望', '龙泉青瓷小镇']),
    );
    expect(article.body.some((block) => block.text.includes('本报记者 陈晓东'))).toBe(true);
    expect(article.authors.map((author) => author.name)).toEqual(['叶江', '陈晓东', '李明']);
    expect(article.review).toContain('subheadings');
    expect(article.lines.end).toBe(source.split('\n').length - 1);
  });

  it('a note on top of a story does not swallow the next article', () => {
    const source = [
      '松阳茶园迎来春茶开采',
      '编者按：春茶开采是山区农民增收的大事，本报今起推出系列报道。',
      '本报讯（记者 叶江）3月8日，松阳县大木山茶园迎来春茶开采，茶农们忙着采摘新芽。',
      '据了解，今年全县春茶面积达到十五万亩，预计产值比去年增长一成。',
      PIECE_TWO,
    ].join('\n\n');
    expect(titles(parsePage(source + '\n').articles)).toEqual(['松阳茶园迎来春茶开采', '炉边的团圆饭']);
  });

  it('a note-only head stops at a datelined news item', () => {
    const news = [
      '我市发布春运安全提示',
      '本报讯（记者 陈晓东）春运期间，市交通运输局提醒市民合理安排出行时间，注意行车安全。',
    ].join('\n\n');
    const source = ['坚守岗位过大年', '编者按：本报记者走进一线，记录他们的春节。', PIECE_ONE, news].join(
      '\n\n',
    );
    expect(titles(parsePage(source + '\n').articles)).toEqual(['坚守岗位过大年', '我市发布春运安全提示']);
  });

  it('an editor who says a piece opens an article is obeyed', () => {
    const source = [
      '坚守岗位过大年',
      '编者按：本报记者走进一线，记录他们的春节。',
      PIECE_ONE,
      PIECE_TWO,
    ].join('\n\n');
    const twoStart = source.split('\n').indexOf('缙云烧饼师傅') + 1;
    const page = parsePage(source + '\n', {
      starts: new Set([twoStart]),
      articles: [],
      roles: new Map(),
      joins: [],
      continuedOn: new Map(),
    });
    expect(titles(page.articles)).toEqual(['坚守岗位过大年', '炉边的团圆饭']);
  });

  it('leaves a page without packages as it is', () => {
    const page = parsePage(`${PIECE_ONE}\n\n${PIECE_TWO}\n`);
    expect(foldPackages({ articles: page.articles, fragments: page.fragments })).toEqual({
      articles: page.articles,
      fragments: page.fragments,
    });
  });
});
