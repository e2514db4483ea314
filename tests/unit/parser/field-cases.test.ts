// The field cases (issue 10): pages as PDF extractors, GBK files and web copies really give them.
// Each goes through the product's own intake (decodePage) and parser and must give the right result
// of the shared README; other cases of each kind are table-driven in the kind's own test file.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodePage } from '@/lib/parser/decode';
import { parsePage } from '@/lib/parser/parse-page';
import type { ParsedPage } from '@/lib/parser/types';
import { normalize } from '@/lib/search/normalize';

const FOLDER = path.resolve(__dirname, '../../fixtures/field-cases');

function parseFile(name: string): ParsedPage {
  const file = path.join(FOLDER, name);
  return parsePage(decodePage(readFileSync(file), file));
}

function allText(page: ParsedPage): string {
  return page.articles
    .flatMap((article) => [article.title, article.byline ?? '', ...article.body.map((block) => block.text)])
    .join('\n');
}

describe('field cases', () => {
  it('01 radicals: folded to the unified ideographs, so 青田 finds the article and 田县 alone no false hit', () => {
    const page = parseFile('01-radicals-supplement.txt');
    expect(page.articles).toHaveLength(1);
    const text = allText(page);
    expect(text).toContain('青田县');
    expect(text).toContain('龙泉');
    expect(text).toContain('食品');
    expect(text).toContain('民生');
    expect(text).not.toMatch(/[\u2e80-\u2fdf]/u);
    expect(normalize(text)).toContain(normalize('青田'));
    // ⽥县 was the false hit: 田县 now only occurs inside 青田县.
    expect(normalize(text).replaceAll('青田县', '')).not.toContain('田县');
  });

  it('02 rare names: a byline with CJK Extension A/B names is the byline, not the title', () => {
    const [article] = parseFile('02-rare-name-byline.txt').articles;
    expect(article?.title).toBe('庆元举办香菇文化节');
    expect(article?.authors).toEqual([
      { name: '赵孟𫖯', role: '记者' },
      { name: '王䶮', role: '记者' },
    ]);
  });

  it('03a a zero-width space inside a name: the byline is read and the name is 叶江', () => {
    const [article] = parseFile('03a-zwsp-staff-byline.txt').articles;
    expect(article?.title).toBe('松阳茶叶出口创新高');
    expect(article?.byline).toBe('本报记者 叶江');
    expect(article?.authors).toEqual([{ name: '叶江', role: '记者' }]);
  });

  it.each(['04a-running-head-mid-paragraph.txt', '04b-folio-number-mid-paragraph.txt'])(
    '%s: one joined paragraph, the furniture a fragment, 我市首个 found',
    (name) => {
      const page = parseFile(name);
      expect(page.articles).toHaveLength(1);
      const body = page.articles[0]?.body ?? [];
      expect(body).toHaveLength(1);
      expect(body[0]?.text).toContain('这是我市首个获此称号的工业旅游景区。');
      expect(page.fragments).toHaveLength(1);
      expect(page.fragments[0]?.lines).toEqual({ start: 5, end: 5 });
      expect(normalize(allText(page))).toContain('我市首个');
    },
  );

  it('05 GBK with vertical presentation forms: folded to ，。「」, one article with headline and body', () => {
    const page = parseFile('05-gbk-vertical-punctuation.txt');
    expect(page.articles).toHaveLength(1);
    const [article] = page.articles;
    expect(article?.title).toBe('龙泉青瓷传承人讲述匠心故事');
    expect(article?.authors).toEqual([{ name: '毛建华', role: '记者' }]);
    expect(article?.body.map((block) => block.text)).toEqual([
      '「青瓷是龙泉的名片」，老匠人说。他从事青瓷烧制已有四十余年。',
      '在他的工作室里，一件件作品陈列整齐。他希望更多年轻人加入传承队伍。',
    ]);
  });

  it.each([
    [
      '06a-latin1-mojibake.txt',
      /06a-latin1-mojibake\.txt:1: mojibake: .* is GBK text read as Latin-1; it reads 「松阳茶叶出口创新高」.*\(2 more damaged lines: 3, 5\)/,
    ],
    [
      '06b-replacement-chars.txt',
      /06b-replacement-chars\.txt:3: U\+FFFD replacement character .*\(1 more damaged line: 5\)/,
    ],
  ])('%s is refused with file:line: reason', (name, message) => {
    expect(() => parseFile(name)).toThrow(message);
  });
});
