// Intake folds (issue 10, kinds 3 and 4): radicals and vertical forms become the ordinary
// characters, invisible characters go, and nothing else of a page changes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  foldCharacterForm,
  foldIntakeText,
  foldVerticalForm,
  isInvisibleFormatCharacter,
} from '@/lib/text/intake-folds';

describe('foldIntakeText', () => {
  it.each([
    // CJK Radicals Supplement and Kangxi Radicals, as PDF extractors emit them
    ['⻘⽥县', '青田县'],
    ['⻰泉', '龙泉'],
    ['⻝品', '食品'],
    ['⺠生', '民生'],
    ['⼯作⾸位', '工作首位'],
    ['⻓江⻔⻛', '长江门风'],
    // CJK strokes with an equivalent ideograph
    ['㇐', '一'],
    // vertical presentation forms (Vertical Forms and CJK Compatibility Forms)
    ['﹁青瓷﹂︐老匠人说︒', '「青瓷」，老匠人说。'],
    ['︵注︶︙', '（注）…'],
    ['﹃引﹄︑', '『引』、'],
    // invisible characters from web and WeChat copies
    ['叶\u200b江', '叶江'],
    ['王\u00ad䶮', '王䶮'],
    ['\ufeff张\u2060三\u200c', '张三'],
    ['丽水\u200e日报\u202a\u202c', '丽水日报'],
    // kept: an emoji's joiner, an ideographic variation selector, ordinary text and line breaks
    ['👨\u200d👩', '👨\u200d👩'],
    ['❤\ufe0f\u200d🔥', '❤\ufe0f\u200d🔥'],
    ['葛\u{e0100}城', '葛\u{e0100}城'],
    ['第一行，\n\n　　第二行。', '第一行，\n\n　　第二行。'],
  ])('folds %j to %j', (input, expected) => {
    expect(foldIntakeText(input)).toBe(expected);
  });

  it('leaves a clean page as the very same string', () => {
    const page = '丽水日报\n\n标题\n\n本报记者 叶江\n\n正文，“引文”（注）。\n';
    expect(foldIntakeText(page)).toBe(page);
  });

  it('drops only invisible characters and maps every other code point to exactly one', () => {
    const char = fc.oneof(
      fc.constantFrom(
        ...Array.from('⻘⽥⻰⻝⺠︐︒﹁﹂︵︶青田\n 　\u200b\u200d\u00ad\ufeff\u2060👨\u{e0100}'),
      ),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
    );
    fc.assert(
      fc.property(fc.array(char, { maxLength: 60 }), (chars) => {
        const text = chars.join('');
        const folded = foldIntakeText(text);
        const kept = Array.from(text).filter((c) => !isInvisibleFormatCharacter(c));
        // Emoji joiners are the only invisible characters that may stay.
        const out = Array.from(folded).filter((c) => c !== '\u200d');
        expect(out.length).toBe(kept.filter((c) => c !== '\u200d').length);
        expect(folded.split('\n').length).toBe(text.split('\n').length);
        expect(folded).not.toMatch(/[\u200b\u00ad\ufeff\u2060]/u);
        // What is left in the radical and vertical-form blocks has no ordinary form (﹅, a radical
        // the Unicode data maps to nothing): folding it again changes nothing.
        for (const c of folded)
          if (/[\u2e80-\u2fdf\ufe10-\ufe19\ufe30-\ufe48]/u.test(c)) expect(foldCharacterForm(c)).toBe(c);
      }),
      { numRuns: 500 },
    );
  });
});

describe('foldVerticalForm', () => {
  it('gives full-width punctuation for every vertical form and leaves other characters alone', () => {
    for (let code = 0xfe10; code <= 0xfe19; code++) {
      expect(foldVerticalForm(String.fromCodePoint(code))).not.toMatch(/[\u0021-\u007e\ufe10-\ufe4f]/);
    }
    for (let code = 0xfe30; code <= 0xfe48; code++) {
      // ﹅ ﹆ (sesame dots, emphasis marks of vertical text) have no ordinary form and stay.
      if (code === 0xfe45 || code === 0xfe46) continue;
      expect(foldVerticalForm(String.fromCodePoint(code))).not.toMatch(/[\u0021-\u007e\ufe10-\ufe4f]/);
    }
    expect(foldVerticalForm('，')).toBe('，');
    expect(foldVerticalForm('a')).toBe('a');
  });
});
