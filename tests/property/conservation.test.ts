// Conservation (issue 2 §3): every non-whitespace character of a source page, apart from the
// continuation markers, lands somewhere in the parse — an article field or a fragment — on the
// seed, on thousands of fast-check pages and on the shared generator's realistic pages. What is
// conserved is the page after intake (lib/text/intake-folds.ts): radicals and vertical forms
// folded, invisible characters removed; intake-folds.test.ts proves that step drops nothing else.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePage } from '@/lib/parser/parse-page';
import type { ParsedPage } from '@/lib/parser/types';
import { generatePages } from '@/lib/generator/index';
import { foldIntakeText } from '@/lib/text/intake-folds';

// Compared in a normalised space: the parser prints ASCII `,():;?!` as full-width for display,
// so both sides fold full-width back to ASCII. This test's own marker pattern is deliberately
// independent of the parser's (and slightly looser), so a parser that swallowed text shaped like
// a marker but not one would still be caught only if the text is not a marker at all.
const FOLD: Record<string, string> = {
  '，': ',',
  '（': '(',
  '）': ')',
  '：': ':',
  '；': ';',
  '？': '?',
  '！': '!',
};
const MARKER =
  /[(（][^\S\n]*(?:下转|上接|转|接)[^\S\n]*第?[^\S\n]*[0-9０-９〇零一二三四五六七八九十百]{1,4}[^\S\n]*版面?[^\S\n]*[)）]/g;

function countChars(text: string, into: Map<string, number>, sign: 1 | -1): void {
  for (const raw of text) {
    if (/\s/.test(raw)) continue;
    const ch = FOLD[raw] ?? raw;
    into.set(ch, (into.get(ch) ?? 0) + sign);
  }
}

/** Characters of the source (markers removed) that the parse does not account for. */
function missingCharacters(source: string, page: ParsedPage): string[] {
  const balance = new Map<string, number>();
  countChars(foldIntakeText(source).replace(MARKER, ''), balance, 1);
  for (const article of page.articles) {
    for (const field of [
      article.title,
      article.kicker,
      article.subtitle,
      article.column,
      article.byline,
      article.dateline,
    ]) {
      if (field !== null) countChars(field, balance, -1);
    }
    for (const block of article.body) countChars(block.text, balance, -1);
  }
  for (const fragment of page.fragments) countChars(fragment.text, balance, -1);
  return [...balance].filter(([, n]) => n > 0).map(([ch, n]) => `${JSON.stringify(ch)}×${n}`);
}

const ROOT = path.resolve(__dirname, '../..');

describe('conservation: nothing of a page is lost', () => {
  it('keeps every character of the seed page', () => {
    const source = readFileSync(path.join(ROOT, 'content/sources/000_d1ef63186a423f59.txt'), 'utf8');
    const page = parsePage(source);
    expect(missingCharacters(source, page)).toEqual([]);
    expect(page.articles).toHaveLength(7);
  });

  it('detects a lost character (the check itself can fail)', () => {
    const source = '标题\n\n本报记者 叶江\n\n正文第一句。';
    const page = parsePage(source);
    const tampered: ParsedPage = {
      ...page,
      articles: page.articles.map((a) => ({
        ...a,
        body: a.body.map((b) => ({ ...b, text: b.text.slice(1) })),
      })),
    };
    expect(missingCharacters(source, tampered)).toEqual(['"正"×1']);
  });

  // Blocks in the shapes a page prints, plus hostile and random text.
  const han = fc.constantFrom(
    ...'丽水日报市政府召开会议强调要推进生态工业高质量发展记者通讯员评论员诚信履行贷的了和在是把被下转上接第一七版本报讯新华社电访'.split(
      '',
    ),
  );
  const hanText = (min: number, max: number) =>
    fc.array(han, { minLength: min, maxLength: max }).map((a) => a.join(''));
  const punct = fc.constantFrom(
    ',',
    '，',
    '。',
    '(',
    ')',
    '（',
    '）',
    ':',
    '；',
    ';',
    '?',
    '!',
    '、',
    '“',
    '”',
    '——',
    '.',
    '%',
  );
  const sentence = fc
    .tuple(hanText(1, 20), punct, hanText(0, 20), fc.constantFrom('。', '', '！', '?', '”'))
    .map(([a, p, b, end]) => `${a}${p}${b}${end}`);
  const block = fc.oneof(
    sentence,
    fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join('')),
    hanText(2, 30), // headline-shaped
    fc.tuple(hanText(4, 14), hanText(4, 14)).map(([a, b]) => `${a} ${b}`), // kicker and title on one line
    fc
      .tuple(fc.constantFrom('本报记者 ', '记者 ', '本报评论员', '通讯员', '□ ', '文/'), hanText(2, 3))
      .map(([r, n]) => r + n),
    fc
      .tuple(
        fc.constantFrom('本报讯', '本报北京1月18日电', '新华社北京3月4日电'),
        fc.constantFrom('(记者 张三)', '（记者 李四 通讯员王五）', ''),
        sentence,
      )
      .map((p) => p.join('')),
    fc
      .tuple(
        fc.constantFrom('(', '（'),
        fc.constantFrom('下转', '上接', '转'),
        fc.constantFrom('第七', '第1', '第十二', '', '第'),
        fc.constantFrom('版', '版面', ''),
        fc.constantFrom(')', '）'),
      )
      .map((p) => p.join('')),
    fc.constantFrom(
      '据新华社',
      '（完）',
      '受访者供图',
      '图为现场。 记者 张三 摄',
      '责任编辑 李四',
      '诚信丽水',
      '【诚信丽水】',
      '——访全国人大代表',
    ),
    fc.constantFrom(
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '# 标题',
      '**粗体**',
      '- 列表',
      '[链接](http://x)',
      '`code`',
      '&amp;',
      '\\',
    ),
    // Text as extraction tools and web copies give it (issue 10): furniture between the halves of
    // a broken paragraph, invisible characters inside names, radicals and vertical forms, astral names.
    fc
      .tuple(
        hanText(4, 20),
        fc.constantFrom(
          '丽水日报　2022年3月8日　星期二　第2版',
          '2',
          '—2—',
          '第2版',
          '丽水日报',
          '责任编辑 李四',
        ),
        sentence,
      )
      .map(([head, furniture, tail]) => `${head}\n\n${furniture}\n\n${tail}`),
    fc
      .tuple(
        fc.constantFrom('本报记者 ', '记者 ', '文/'),
        fc.constantFrom('叶\u200b江', '王\u00ad䶮', '赵孟𫖯', '葛\u{e0100}城', '\ufeff张\u2060三'),
      )
      .map(([role, name]) => role + name),
    fc
      .array(fc.constantFrom(...'⻘⽥⻰⻝⺠⼯⾸︐︒﹁﹂︵︶︙青田县会议\u200b\u200d'.split('')), {
        minLength: 1,
        maxLength: 30,
      })
      .map((chars) => chars.join('')),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 20 }),
  );
  const gap = fc.constantFrom(
    '\n\n',
    '\n',
    '\r\n\r\n',
    '\n\u3000\u3000\n',
    '\n\t\n',
    '\r\r',
    '\n\n\n',
    ' \n \n',
    '\f\n\n',
    '\u3000\u3000',
  );
  const page = fc
    .tuple(
      fc.array(fc.tuple(block, gap), { minLength: 0, maxLength: 30 }),
      fc.constantFrom('', '\n', '\n\n\n'),
    )
    .map(([pieces, lead]) => lead + pieces.map(([b, g]) => b + g).join(''));

  it('keeps every character of thousands of generated pages', () => {
    let withArticles = 0;
    fc.assert(
      fc.property(page, (text) => {
        const parsed = parsePage(text);
        if (parsed.articles.length > 0) withArticles++;
        expect(missingCharacters(text, parsed)).toEqual([]);
      }),
      { numRuns: 3000 },
    );
    // The pages must exercise segmentation, not only the all-fragments path.
    expect(withArticles).toBeGreaterThan(300);
  });

  it('never throws, whatever the string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), page), (text) => {
        const result = parsePage(text);
        expect(Array.isArray(result.articles)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps every character of 3,000 realistic pages from the shared generator', () => {
    for (const generated of generatePages({ seed: 20260301, pages: 3000 })) {
      const missing = missingCharacters(generated.text, parsePage(generated.text));
      if (missing.length > 0) throw new Error(`${generated.stem}: lost ${missing.slice(0, 10).join(' ')}`);
    }
  });
});
