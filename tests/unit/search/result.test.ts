import { describe, expect, it } from 'vitest';
import type { SearchDoc } from '@/lib/search/document';
import { docToBareResult, docToResult, type MarkedText } from '@/lib/search/result';
import type { Snippet } from '@/lib/search/snippet';
import type { Range } from '@/lib/search/verify';

// The seed's 诚信 article, shortened: the column and the title say 诚信, and so does the body.
const doc: SearchDoc = {
  id: '2022-03-06_12-01-03',
  date: '2022-03-06/2022-03-12',
  page: 1,
  pageName: '要闻',
  title: '丽水正式推出 诚信履行贷',
  kicker: '司法与金融携手',
  subtitle: '守信者可获优惠贷款',
  column: '诚信丽水',
  byline: '记者 郭真 通讯员 庄啸',
  names: [],
  dateline: '本报讯',
  body: [
    '作为推进丽水打造司法公正感受高地有效举措，昨日上午，市中级人民法院举行发布会。',
    '近年来，我市不断加快推进社会信用体系建设，初步形成了讲诚信、重诚信、守诚信的社会氛围。',
    '据介绍，诚信履行贷是银行业金融机构依托法院建立的名单库推出的贷款产品。',
  ],
};

/** The marked parts of a text, in order. */
function marked(text: string, ranges: readonly Range[]): string[] {
  return ranges.map(([start, end]) => text.slice(start, end));
}

function snippetMarks(snippet: Snippet): string[] {
  return marked(snippet.text, snippet.ranges);
}

function fieldMarks(field: MarkedText | null): string[] {
  return field ? marked(field.text, field.ranges) : [];
}

describe('docToResult', () => {
  it('excerpts a body passage with the match, and marks the head fields and column as well', () => {
    const result = docToResult(doc, ['诚信'], 6);
    // The paragraph with the most occurrences, not the column 「诚信丽水」 nor the title.
    expect(result.snippet.text).toContain('讲诚信、重诚信、守诚信');
    expect(snippetMarks(result.snippet)).toEqual(['诚信', '诚信', '诚信']);
    expect(marked(result.title, result.titleRanges)).toEqual(['诚信']);
    expect(fieldMarks(result.column)).toEqual(['诚信']);
    expect(result.credit).toBeNull();
  });

  it.each([
    // two terms: the paragraph holding both beats one holding the first term more often
    [['诚信', '法院'], '依托法院'],
    // one term, the same count everywhere: the earliest paragraph
    [['丽水'], '打造司法公正'],
    // a term only in the last paragraph
    [['名单库'], '名单库'],
  ])('%j excerpts the passage with 「%s」', (terms, expected) => {
    expect(docToResult(doc, terms, 1).snippet.text).toContain(expected);
  });

  it('marks matches in the kicker and subtitle, which the page shows with the title', () => {
    const result = docToResult(doc, ['金融', '守信'], 2);
    expect(marked(result.kicker ?? '', result.kickerRanges)).toEqual(['金融']);
    expect(marked(result.subtitle ?? '', result.subtitleRanges)).toEqual(['守信']);
  });

  it('shows the byline when a name matched, with the opening of the body unmarked', () => {
    const result = docToResult(doc, ['郭真'], 1);
    expect(fieldMarks(result.credit)).toEqual(['郭真']);
    expect(result.snippet.text).toBe(doc.body[0]);
    expect(result.snippet.ranges).toEqual([]);
  });

  it('shows author names the byline does not spell out when they matched', () => {
    const result = docToResult({ ...doc, byline: '本报记者', names: ['张壮雄'] }, ['张壮雄'], 1);
    expect(result.credit).toEqual({ text: '张壮雄', ranges: [[0, 3]] });
  });

  it('falls back to the dateline when only it matches outside the head', () => {
    const result = docToResult({ ...doc, dateline: '本报讯（记者 郭真）莲都', byline: null }, ['莲都'], 1);
    expect(snippetMarks(result.snippet)).toEqual(['莲都']);
  });

  it('maps ranges back to the printed text (traditional and full-width queries normalised)', () => {
    const printed = { ...doc, body: ['麗水ＧＤＰ增长。'] };
    const result = docToResult(printed, ['丽水gdp'], 1);
    expect(snippetMarks(result.snippet)).toEqual(['麗水ＧＤＰ']);
  });

  it('keeps hostile text as text with ranges', () => {
    const hostile = { ...doc, body: ['<img src=x onerror=alert(1)>丽水'] };
    const result = docToResult(hostile, ['丽水'], 1);
    expect(result.snippet.text).toBe('<img src=x onerror=alert(1)>丽水');
    expect(snippetMarks(result.snippet)).toEqual(['丽水']);
  });

  it('excerpts unplaced page text (no title) from its body', () => {
    const fragment = {
      ...doc,
      title: '',
      kicker: null,
      subtitle: null,
      column: null,
      byline: null,
      fragmentPath: '/issues/x/01/#f1',
    };
    const result = docToResult(fragment, ['名单库'], 1);
    expect(result.fragmentPath).toBe('/issues/x/01/#f1');
    expect(snippetMarks(result.snippet)).toEqual(['名单库']);
  });
});

describe('docToBareResult', () => {
  it('carries the fields with no ranges and no excerpt', () => {
    const result = docToBareResult(doc, 3);
    expect(result).toMatchObject({
      id: doc.id,
      titleRanges: [],
      column: { text: '诚信丽水', ranges: [] },
      credit: null,
    });
    expect(result.snippet.text).toBe('');
  });
});
