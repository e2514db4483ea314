// Layout corrections (issue 11): statements keyed by source lines, validated against the page and
// applied by the parser as hard constraints — split, merge, role, join, continuation.
import { describe, expect, it } from 'vitest';
import { layoutOf, parseLayoutFile, type LayoutStatement } from '@/lib/content/layout-file';
import { parsePage } from '@/lib/parser/parse-page';
import type { ParsedPage } from '@/lib/parser/types';

const FEATURE = [
  '山区共富有新路',
  '',
  '本报记者 叶江',
  '',
  '今年以来，全县探索山区共富新路子。',
  '',
  '茶园变景区',
  '',
  '松阳县把茶园建成景区，游客量逐年增长。',
  '',
  '据介绍，全县已建成标准化茶园十余万亩。',
  '',
].join('\n');
const TWO_ITEMS = [
  '两会特刊',
  '',
  '代表委员热议政府工作报告',
  '',
  '本报讯（记者 叶江）甲事已经办好。',
  '',
  '标题乙来了',
  '',
  '本报讯（记者 叶江）乙事也已办好。',
  '',
].join('\n');

const parse = (page: string, statements: LayoutStatement[] = []) => parsePage(page, layoutOf(statements));
const outline = (page: ParsedPage) =>
  page.articles.map((article) => ({
    kicker: article.kicker,
    title: article.title,
    subtitle: article.subtitle,
    continuedOn: article.continuedOn,
    body: article.body.map((block) => `${block.type}:${block.text}`),
  }));

describe('layout statements as the parser applies them', () => {
  it('start: splits an article at a line the parser read as a subheading', () => {
    expect(parse(FEATURE).articles).toHaveLength(1);
    const split = parse(FEATURE, [{ start: 7 }]);
    expect(split.articles.map((article) => article.title)).toEqual(['山区共富有新路', '茶园变景区']);
    expect(split.articles[1]?.body).toHaveLength(2);
  });

  it('article: merges two items into one, the second headline a subheading and its text kept', () => {
    expect(parse(TWO_ITEMS).articles).toHaveLength(2);
    const [merged, ...rest] = outline(parse(TWO_ITEMS, [{ article: [1, 9] }]));
    expect(rest).toEqual([]);
    expect(merged?.body).toEqual([
      'paragraph:本报讯（记者 叶江）甲事已经办好。',
      'subheading:标题乙来了',
      'paragraph:本报讯（记者 叶江）乙事也已办好。',
    ]);
  });

  it('role: fills headline slots as given, and takes a line out of the text as furniture', () => {
    const [first] = outline(parse(TWO_ITEMS, [{ line: 1, role: 'title' }, { line: 3, role: 'subtitle' }]));
    expect([first?.kicker, first?.title, first?.subtitle]).toEqual([null, '两会特刊', '代表委员热议政府工作报告']);
    const furniture = parse(FEATURE, [{ line: 11, role: 'furniture' }]);
    expect(furniture.fragments).toEqual([{ text: '据介绍，全县已建成标准化茶园十余万亩。', lines: { start: 11, end: 11 } }]);
  });

  it('join: makes two blocks one paragraph; continuedOn: says where the article continues', () => {
    const [article] = outline(parse(FEATURE, [{ join: [9, 11] }, { line: 11, continuedOn: 7 }]));
    expect(article?.body.at(-1)).toBe('paragraph:松阳县把茶园建成景区，游客量逐年增长。据介绍，全县已建成标准化茶园十余万亩。');
    expect(article?.continuedOn).toBe(7);
  });

  it('an article range that matches the parse changes nothing, and never spreads past its end', () => {
    expect(parse(FEATURE, [{ article: [1, 11] }])).toEqual(parsePage(FEATURE));
    const first = parse(TWO_ITEMS, [{ article: [1, 5] }]);
    expect(first).toEqual(parsePage(TWO_ITEMS));
    expect(first.articles[0]?.byline).toBe('本报讯（记者 叶江）');
  });

  it('changes nothing without statements', () => {
    expect(parse(FEATURE)).toEqual(parsePage(FEATURE));
  });
});

describe('parseLayoutFile', () => {
  const FILE = 'content/sources/p1.layout.yaml';

  it('reads statements with the file line each is written on', () => {
    const placed = parseLayoutFile(FILE, '# 编辑改正\n- start: 7\n- { line: 11, role: furniture }\n- join: [5, 9]\n', FEATURE);
    expect(placed.map((p) => [p.fileLine, p.statement])).toEqual([
      [2, { start: 7 }],
      [3, { line: 11, role: 'furniture' }],
      [4, { join: [5, 9] }],
    ]);
    expect(parseLayoutFile(FILE, '', FEATURE)).toEqual([]);
  });

  it.each([
    ['malformed YAML', '- start: [7\n', /p1\.layout\.yaml:\d+: malformed YAML/],
    ['not a list', 'start: 7\n', /p1\.layout\.yaml:1: expected a YAML list/],
    ['an unknown statement', '- start: 7\n- split: 9\n', /p1\.layout\.yaml:2: not a layout statement/],
    ['an unknown role', '- { line: 7, role: headline }\n', /p1\.layout\.yaml:1: not a layout statement/],
    ['a line outside the page', '- start: 99\n', /p1\.layout\.yaml:1: line 99 is outside the page \(it has 12 lines\)/],
    ['a blank line', '- start: 2\n', /p1\.layout\.yaml:1: line 2 of the page is blank/],
    [
      'two roles for one line',
      '- { line: 7, role: title }\n- { line: 7, role: paragraph }\n',
      /p1\.layout\.yaml:2: line 7 is given two roles: title \(line 1\) and paragraph/,
    ],
    [
      'a start inside an article',
      '- article: [1, 11]\n- start: 7\n',
      /p1\.layout\.yaml:2: an article cannot start at line 7: lines 1–11 are one article \(line 1\)/,
    ],
    ['a start on a paragraph line', '- start: 9\n- { line: 9, role: paragraph }\n', /p1\.layout\.yaml:1: an article cannot start at line 9/],
    ['overlapping articles', '- article: [1, 7]\n- article: [5, 11]\n', /p1\.layout\.yaml:2: the article \[5, 11\] overlaps/],
    ['a join backwards', '- join: [9, 5]\n', /p1\.layout\.yaml:1: the range \[9, 5\] does not go forward/],
    ['a start on running text', '- start: 9\n', /p1\.layout\.yaml:1: an article cannot start at line 9: it reads as running text/],
    ['a start on a byline', '- start: 3\n', /p1\.layout\.yaml:1: an article cannot start at line 3: it is a byline or dateline/],
    [
      'two pages for one continuation',
      '- { line: 11, continuedOn: 7 }\n- { line: 11, continuedOn: 8 }\n',
      /p1\.layout\.yaml:2: line 11 is said to continue on two pages: 7 \(line 1\) and 8/,
    ],
    ['a join across an article edge', '- article: [1, 9]\n- join: [9, 11]\n', /p1\.layout\.yaml:2: the join \[9, 11\] crosses the edge/],
  ])('refuses %s with file:line: reason', (_what, yaml, message) => {
    expect(() => parseLayoutFile(FILE, yaml, FEATURE)).toThrow(message);
  });
});
