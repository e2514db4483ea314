import { describe, expect, it } from 'vitest';
import { isBannerShape, isSubtitleShape, readHeadingGroup, splitOneLineStack } from '@/lib/parser/headings';
import { classifyUnit } from '@/lib/parser/classify';

const lines = (...texts: string[]) =>
  texts.map((text, i) => classifyUnit({ text, start: i + 1, end: i + 1, blockStart: true, marker: null }));

describe('readHeadingGroup', () => {
  it.each([
    // one line: a title
    [['市政府召开党组会议暨第92次常务会议'], [null, null, '市政府召开党组会议暨第92次常务会议', null]],
    // two lines, the second an interview line: title + subtitle
    [
      ['以有力有效监督保障助力共同富裕', '访全国人大代表钟海燕'],
      [null, null, '以有力有效监督保障助力共同富裕', '访全国人大代表钟海燕'],
    ],
    // two lines, the second a numbered editorial: title + subtitle
    [
      ['打造具有澎湃活力和鲜明特色的新增长极', '四论贯彻落实市第五次党代会精神'],
      [null, null, '打造具有澎湃活力和鲜明特色的新增长极', '四论贯彻落实市第五次党代会精神'],
    ],
    // two plain lines: kicker + title
    [
      ['持续深化社会信用体系建设', '丽水正式推出 诚信履行贷'],
      [null, '持续深化社会信用体系建设', '丽水正式推出 诚信履行贷', null],
    ],
    // two lines, the second naming the genre (`…调查`): title + subtitle, not kicker + title
    [
      ['莲都上线 青田田鱼品牌', '枫坪乡后渡村星空露营调查'],
      [null, null, '莲都上线 青田田鱼品牌', '枫坪乡后渡村星空露营调查'],
    ],
    // a bare short tag on top of a title is its kicker (a place, a group: `溪口镇`)
    [
      ['诚信丽水', '丽水正式推出 诚信履行贷'],
      [null, '诚信丽水', '丽水正式推出 诚信履行贷', null],
    ],
    // a series banner on top of a title is its column
    [
      ['永做“挺进师”建设新丽水——学习贯彻市第五次党代会精神', '以奋力一搏实现惊人一跃'],
      ['永做“挺进师”建设新丽水——学习贯彻市第五次党代会精神', null, '以奋力一搏实现惊人一跃', null],
    ],
    // three lines: kicker + title + dash subtitle
    [
      ['聚焦全国两会', '代表委员热议政府工作报告', '——访全国人大代表钟海燕'],
      ['聚焦全国两会', null, '代表委员热议政府工作报告', '——访全国人大代表钟海燕'],
    ],
    [
      ['持续深化社会信用体系建设', '丽水正式推出 诚信履行贷', '——我市信用体系建设综述'],
      [null, '持续深化社会信用体系建设', '丽水正式推出 诚信履行贷', '——我市信用体系建设综述'],
    ],
    // a merged kicker-and-title line over another line: that line is the subtitle
    [
      ['市第五次党代会精神在基层 研学游 景宁模式亮相长三角博览会', '云和石练镇开放水利工程调查'],
      [null, '市第五次党代会精神在基层', '研学游 景宁模式亮相长三角博览会', '云和石练镇开放水利工程调查'],
    ],
    // a long one-line stack: kicker and title split at the first space
    [
      ['困难人员年度个人自付医疗费用降低1225.56万元 医保防贫 缙云模式亮相全国两会代表委员座谈会'],
      [
        null,
        '困难人员年度个人自付医疗费用降低1225.56万元',
        '医保防贫 缙云模式亮相全国两会代表委员座谈会',
        null,
      ],
    ],
  ])('reads %j', (texts, [column, kicker, title, subtitle]) => {
    const group = readHeadingGroup(lines(...texts));
    expect([group.column?.text ?? null, group.kicker, group.title, group.subtitle]).toEqual([
      column,
      kicker,
      title,
      subtitle,
    ]);
  });

  it('keeps lines beyond a three-line stack as extras, not dropped', () => {
    const group = readHeadingGroup(lines('甲乙丙丁戊', '引题文字在此', '主标题文字在此', '——副标题文字'));
    expect(group.extra.map((u) => u.text)).toEqual(['甲乙丙丁戊']);
  });
});

describe('headline shapes', () => {
  it.each([
    ['诚信丽水', true], // a short column name
    ['【诚信丽水】', true], // bracketed column name
    ['永做“挺进师”建设新丽水——学习贯彻市第五次党代会精神', true], // a series name with a dash in the middle
    ['——访全国人大代表钟海燕', false], // a dash-led subtitle
    ['持续深化社会信用体系建设', false], // a kicker is longer than a column name
    ['■ 一线短评', true], // a column name led by an ornament
    ['◆百姓故事', true],
    ['■ 近日，全县完成春耕备耕', false], // an item of a box, not a name
  ])('isBannerShape(%s) → %s', (text, expected) => {
    expect(isBannerShape(text)).toBe(expected);
  });

  it.each([
    ['——访全国人大代表钟海燕', true],
    ['访全国人大代表钟海燕', true],
    ['四论贯彻落实市第五次党代会精神', true],
    ['记丽水市优秀教师张三', true],
    ['记者走基层', false], // 记者 is not 记…
    ['对话全国人大代表钟海燕', true], // an interview line
    ['丽水正式推出 诚信履行贷', false],
    ['枫坪乡后渡村星空露营调查', true], // names the report's genre: a survey
    ['我市信用体系建设综述', true], // an overview
    ['龙泉宝溪乡竹垟村蹲点记', true],
    ['全国两会代表委员驻地侧记', true],
    ['记者手记', false], // a column name, not a genre line
    ['开展调查', false], // too short to be a subject and a genre
    ['深化国企改革 推动高质量发展', false],
  ])('isSubtitleShape(%s) → %s', (text, expected) => {
    expect(isSubtitleShape(text)).toBe(expected);
  });

  it.each([
    ['丽水正式推出 诚信履行贷', null], // short title with a typographic gap stays whole
    ['再造平台优势 在二次创业中取得新成就', null], // 17 characters: one headline
  ])('splitOneLineStack(%s) → %s', (text, expected) => {
    expect(splitOneLineStack(text)).toBe(expected);
  });
});
