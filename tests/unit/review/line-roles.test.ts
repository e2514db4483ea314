// The review page's line roles and HTML (issue 11): each source line shows what it became, and
// the page text is escaped.
import { describe, expect, it } from 'vitest';
import { parsePage } from '@/lib/parser/parse-page';
import { lineRoles, statementsFor } from '@/lib/review/line-roles';
import { renderPage } from '@/lib/review/render';

const PAGE = [
  '丽水日报　2022年3月8日　星期二　第2版',
  '',
  '持续深化社会信用体系建设——',
  '',
  '丽水正式推出诚信履行贷',
  '',
  '本报讯(记者 郭真)作为推进信用建设的有效举措,<script>alert(1)</script>已正式推出。',
  '',
  '图为签约现场。 记者 张三 摄',
  '',
].join('\n');

describe('lineRoles', () => {
  it('marks each line with its role and article', () => {
    const views = lineRoles(PAGE, parsePage(PAGE));
    expect(views.map((view) => [view.line, view.role, view.article])).toEqual([
      [1, 'furniture', null],
      [2, 'blank', null],
      [3, 'kicker', 1],
      [4, 'blank', null],
      [5, 'title', 1],
      [6, 'blank', null],
      [7, 'paragraph', 1],
      [8, 'blank', null],
      [9, 'paragraph', 1],
      [10, 'blank', null],
    ]);
  });

  it('offers the statements that would change a line, never its own role', () => {
    const statements = statementsFor({ line: 4, text: '丽水正式推出诚信履行贷', role: 'title', article: 1 });
    expect(statements[0]).toBe('- start: 4');
    expect(statements).toContain('- { line: 4, role: subtitle }');
    expect(statements).not.toContain('- { line: 4, role: title }');
  });

  it('escapes the page text in the HTML', () => {
    const parsed = parsePage(PAGE);
    const html = renderPage({
      stem: 'p<1>',
      manifest: {
        paper: '丽水日报',
        date: '2022-03-08',
        page: 2,
        pageName: null,
        provenance: 'test',
        dateNote: null,
      },
      articles: parsed.articles,
      fragmentCount: parsed.fragments.length,
      lines: lineRoles(PAGE, parsed),
      layout: null,
    });
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html).toContain('p&#60;1&#62;');
  });
});
