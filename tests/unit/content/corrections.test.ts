// Text corrections (issue 11): an editor's change is measured against what ingest generated, kept
// as a correction, and re-applied only to text that still reads as it did.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyCorrection,
  CorrectionConflict,
  diffArticle,
  diffBodies,
  type ArticleText,
} from '@/lib/content/corrections';
import type { ArticleFrontMatter } from '@/lib/content/schema';
import { makeArticle } from '../site/fixtures';

// The front matter of a generated article (makeArticle validates it like real content).
const generated = makeArticle({
  id: '2022-03-08-01-01',
  byline: '本报记者 叶江',
  authors: [{ name: '叶江', role: '记者' }],
  source: { file: 'sources/p1.txt', lines: [1, 9] },
});
const frontMatter: ArticleFrontMatter = Object.fromEntries(
  Object.entries(generated).filter(([key]) => key !== 'body'),
) as ArticleFrontMatter;
const article = (body: string[], extra: Partial<ArticleFrontMatter> = {}): ArticleText => ({
  frontMatter: { ...frontMatter, ...extra },
  body: body.join('\n\n'),
});

describe('diffBodies and applyCorrection', () => {
  it.each<[string, string[], string[]]>([
    ['a typo in one paragraph', ['甲。', '乙。', '丙。'], ['甲。', '乙！', '丙。']],
    ['a paragraph split in two', ['甲。', '乙丙。'], ['甲。', '乙。', '丙。']],
    ['two paragraphs joined', ['甲。', '乙', '丙。'], ['甲。', '乙丙。']],
    ['a paragraph added at the end', ['甲。'], ['甲。', '补记。']],
    ['a paragraph added at the start', ['甲。'], ['按：', '甲。']],
    ['a paragraph removed', ['甲。', '重复。', '乙。'], ['甲。', '乙。']],
    ['a subheading and a caption retyped', ['## 小标', '> 图为现场'], ['## 小标题', '> 图为现场。 张三 摄']],
  ])('carries %s', (_what, base, edited) => {
    const correction = diffArticle(article(base), article(edited));
    expect(applyCorrection(article(base), correction).body).toBe(edited.join('\n\n'));
  });

  it('turns any edit of any body back into the edited body (property)', () => {
    const block = fc.constantFrom('甲。', '乙。', '丙。', '丁。', '## 小标题', '> 图为现场');
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 8 }), fc.array(block, { maxLength: 8 }), (base, edited) => {
        const correction = { lines: [1, 9] as [number, number], fields: {}, body: diffBodies(base, edited) };
        expect(applyCorrection(article(base), correction).body).toBe(edited.join('\n\n'));
      }),
      { numRuns: 300 },
    );
  });

  it('corrects fields, and refuses when the generated value changed since', () => {
    const correction = diffArticle(article(['甲。']), article(['甲。'], { title: '标题（校）', checked: true }));
    expect(correction.fields).toEqual({ title: { from: '标题', to: '标题（校）' }, checked: { from: false, to: true } });
    expect(applyCorrection(article(['甲。']), correction).frontMatter.title).toBe('标题（校）');
    expect(() => applyCorrection(article(['甲。'], { title: '新标题' }), correction)).toThrow(
      /field "title" now reads "新标题", not "标题" as when it was corrected/,
    );
  });

  it('refuses a body correction whose paragraph is gone', () => {
    const correction = diffArticle(article(['甲。', '乙。']), article(['甲。', '乙！']));
    expect(() => applyCorrection(article(['甲。', '乙，重新提取。']), correction)).toThrow(CorrectionConflict);
  });

  it('refuses an edit of a field the manifest or the parse sets', () => {
    expect(() => diffArticle(article(['甲。']), article(['甲。'], { page: 2 }))).toThrow(/"page" was changed/);
  });

});
