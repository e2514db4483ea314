import { describe, expect, it } from 'vitest';
import { normalizeLineSpace, splitBlocks } from '@/lib/parser/blocks';

describe('splitBlocks', () => {
  it.each([
    // the seed's habit: one block per line, blank lines between, leading blank lines
    [
      '\n\n迈向现代化生态经济发展新型轨道\n\n本报记者 叶江',
      [['迈向现代化生态经济发展新型轨道', 3]],
      [['本报记者 叶江', 5]],
    ],
    // Windows line ends count one line each
    ['标题\r\n\r\n本报讯(记者 叶江)昨日。', [['标题', 1]], [['本报讯(记者 叶江)昨日。', 3]]],
    // a line of full-width spaces and tabs is blank and separates blocks
    ['第一段。\n\u3000\u3000\t\n第二段。', [['第一段。', 1]], [['第二段。', 3]]],
    // lone CR (classic Mac) is a line end too
    ['甲。\r\r乙。', [['甲。', 1]], [['乙。', 3]]],
  ])('splits %j into blank-line separated blocks with 1-based lines', (text, first, second) => {
    const blocks = splitBlocks(text);
    expect(blocks.map((b) => b.lines.map((l) => [l.text, l.line]))).toEqual([first, second]);
  });

  it('keeps consecutive lines (a two-line headline) in one block', () => {
    expect(splitBlocks('迈向现代化生态经济\n发展新型轨道\n\n正文。').map((b) => b.lines.length)).toEqual([
      2, 1,
    ]);
  });

  it('returns no blocks for a page of whitespace', () => {
    expect(splitBlocks('\n \u3000\n\t\n')).toEqual([]);
  });
});

describe('normalizeLineSpace', () => {
  it.each([
    ['\u3000\u3000本报讯(记者 叶江)昨日', '本报讯(记者 叶江)昨日'], // paragraph indent of two ideographic spaces
    ['本报记者\t叶江', '本报记者 叶江'], // tab between role and name
    ['丽水正式推出\u00a0\u00a0诚信履行贷 ', '丽水正式推出 诚信履行贷'], // NBSP runs collapse
  ])('normalises %j', (line, expected) => {
    expect(normalizeLineSpace(line)).toBe(expected);
  });
});
