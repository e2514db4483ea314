import { describe, expect, it } from 'vitest';
import {
  endsSentence,
  hasClausePunctuation,
  joinPieces,
  readNumber,
  visibleLength,
} from '@/lib/parser/chars';

describe('character classes', () => {
  it.each([
    ['地区生产总值的29.9%。', true], // a full stop
    ['“天行健,君子以自强不息。”', true], // a stop inside closing quotes
    ['会议要求:', true], // a lead-in colon ends a paragraph
    ['全部工业增加值占', false], // a column break mid-sentence
    ['关于印发实施方案的通知（全文）', false], // a closing bracket alone is no stop
  ])('endsSentence(%s) → %s', (text, expected) => {
    expect(endsSentence(text)).toBe(expected);
  });

  it.each([
    ['做强中心城市,建造区域增长', true], // ASCII comma
    ['稳字当头，进字为先', true], // full-width comma
    ['丽水市委常委、莲都区委书记', false], // the list mark 、 is not a clause break
  ])('hasClausePunctuation(%s) → %s', (text, expected) => {
    expect(hasClausePunctuation(text)).toBe(expected);
  });

  it.each([
    ['七', 7],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十三', 23],
    ['一〇二', 102],
    ['7', 7],
    ['１２', 12],
    ['第', null],
  ])('readNumber(%s) → %s', (text, expected) => {
    expect(readNumber(text)).toBe(expected);
  });

  it('measures headlines in printed characters, ignoring spaces', () => {
    expect(visibleLength('丽水正式推出 诚信履行贷')).toBe(11);
    expect(visibleLength('𠀀字')).toBe(2); // a supplementary-plane character counts once
  });

  it('joins Chinese pieces without a space and Latin words with one', () => {
    expect(joinPieces('统计监', '督的职能作用')).toBe('统计监督的职能作用');
    expect(joinPieces('Deep', 'Learning')).toBe('Deep Learning');
  });
});
