import { describe, expect, it } from 'vitest';
import { parseContinuationMarker, splitAtMarkers } from '@/lib/parser/markers';

describe('parseContinuationMarker', () => {
  it.each([
    ['(下转第七版)', { direction: 'on', page: 7 }], // the seed's marker: ASCII brackets, Chinese numeral
    ['（上接第一版）', { direction: 'from', page: 1 }], // full-width brackets
    ['(下转第12版)', { direction: 'on', page: 12 }], // digits
    ['（转第十二版）', { direction: 'on', page: 12 }], // 转第 without 下
    ['（接第３版）', { direction: 'from', page: 3 }], // full-width digit
    ['( 下转 第 二十三 版 )', { direction: 'on', page: 23 }], // loose spacing
  ])('reads %s', (text, expected) => {
    expect(parseContinuationMarker(text)).toEqual(expected);
  });

  it.each([
    ['下转第七版'], // no brackets: running text, not a marker
    ['(记者 叶江)'], // a credit
    ['(转载自第七版面设计)'], // other words
  ])('does not read %s as a marker', (text) => {
    expect(parseContinuationMarker(text)).toBeNull();
  });
});

describe('splitAtMarkers', () => {
  it('cuts a marker printed at the end of the last paragraph', () => {
    expect(splitAtMarkers('培育壮大高端装备制造产业。(下转第七版)')).toEqual([
      { text: '培育壮大高端装备制造产业。', marker: null },
      { text: '(下转第七版)', marker: { direction: 'on', page: 7 } },
    ]);
  });

  it('cuts a marker printed before the first paragraph', () => {
    expect(
      splitAtMarkers('（上接第一版）全市工业增加值年均增长8.0%。').map((p) => p.marker?.direction ?? p.text),
    ).toEqual(['from', '全市工业增加值年均增长8.0%。']);
  });
});
