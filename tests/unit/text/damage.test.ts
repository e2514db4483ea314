// Damaged text (issue 10, kind 2): U+FFFD, 锟斤拷 and mojibake are found and named by line;
// ordinary pages, Latin names and generated pages are not.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { findTextDamage } from '@/lib/text/damage';
import { generatePages } from '@/lib/generator/index';

const CHINESE = '本报讯 今年以来，松阳县茶叶出口量同比增长两成，茶农收入持续提高。';
const asLatin1 = (text: string, from: string) => iconv.encode(text, from).toString('latin1');
const asWindows1252 = (text: string, from: string) => iconv.decode(iconv.encode(text, from), 'windows-1252');
const asGbk = (text: string) => iconv.decode(Buffer.from(text, 'utf8'), 'gbk');

describe('findTextDamage', () => {
  it.each([
    ['U+FFFD', '茶农\ufffd\ufffd收入持续提高。', /^U\+FFFD replacement character \(�\) at column 3/],
    ['锟斤拷', '全县已建成锟斤拷茶园。', /^「锟斤拷」 at column 6: replacement characters/],
    [
      'GBK read as Latin-1',
      asLatin1(CHINESE, 'gbk'),
      /is GBK text read as Latin-1; it reads 「本报讯 今年以来，松阳县茶叶出/,
    ],
    [
      'UTF-8 read as Windows-1252',
      asWindows1252('会议部署全年工作', 'utf8'),
      /is UTF-8 text read as Windows-1252; it reads 「会议部署全年工作」/,
    ],
    ['UTF-8 read as Latin-1', asLatin1(CHINESE, 'utf8'), /is UTF-8 text read as Latin-1/],
    [
      'UTF-8 read as GBK',
      asGbk('今年以来松阳县茶叶出口量同比增长'),
      /is UTF-8 text read as GBK; it reads 「今年以来松阳县茶叶出口量同比增长」/,
    ],
    [
      'UTF-8 read as GBK inside real text',
      `本报讯 ${asGbk('丽水市举办文化节活动')}，各地游客齐聚。`,
      /is UTF-8 text read as GBK; it reads 「丽水市举办文化节活动」/,
    ],
    [
      'a two-character name read as Latin-1',
      `本报记者 ${asLatin1('李明', 'gbk')}`,
      /is GBK text read as Latin-1; it reads 「李明」/,
    ],
  ])('names %s', (_kind, line, reason) => {
    const damage = findTextDamage(`标题\n\n${line}\n`);
    expect(damage).toHaveLength(1);
    expect(damage[0]?.line).toBe(3);
    expect(damage[0]?.reason).toMatch(reason);
  });

  it.each([
    ['Latin names', 'Müller、Société Générale与café的代表出席。'],
    ['accented words', 'Ångström Crème brûlée Français Ñandú'],
    ['Windows-1252 punctuation in Chinese text', '他说：“好……”——这是‘我们’的事。'],
    ['a food report', '烫烫烫！火锅店里的顾客喊道。'],
    ['rare hanzi', '赵孟𫖯、王䶮、葛\u{e0100}城在锟铻山相聚。'],
    ['a running head', '丽水日报　2022年3月8日　星期二　第2版'],
    ['Portuguese names in capitals', '本报讯 葡萄牙球队SÃO JOÃO DA CONCEIÇÃO日前访问丽水。'],
    ['capitals with diacritics', 'FRANÇOIS MÜLLER说：“TRÈS BIEN”，丹麦 ÆRØ ØSTERBRO'],
  ])('leaves %s alone', (_kind, line) => {
    expect(findTextDamage(line)).toEqual([]);
  });

  it('finds nothing on 200 generated pages', () => {
    const pages = generatePages({ seed: 7, pages: 200 });
    for (const page of pages) expect(findTextDamage(page.text)).toEqual([]);
  });
});
