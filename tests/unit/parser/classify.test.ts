import { describe, expect, it } from 'vitest';
import { classifyUnit, isCaption, isFurniture, isHeadingShape, isTrailer } from '@/lib/parser/classify';
import type { Unit } from '@/lib/parser/unit';

const unit = (text: string): Unit => ({ text, start: 1, end: 1, blockStart: true, marker: null });

describe('classifyUnit', () => {
  it.each([
    ['迈向现代化生态经济发展新型轨道', 'heading'], // a headline: short, no stop
    ['再造平台优势 在二次创业中取得新成就', 'heading'], // a subheading has the same shape
    ['困难人员年度个人自付医疗费用降低1225.56万元 医保防贫 缙云模式亮相全国两会代表委员座谈会', 'heading'], // kicker and title on one line
    ['本报记者 叶江', 'byline'], // a byline looks like a headline but is not one
    ['丽水市委常委、莲都区委书记 张壮雄', 'byline'], // an official's byline
    ['本报讯(记者 叶江)昨日下午,市政府召开党组会议暨第92次常务会议。', 'paragraph'], // a dateline paragraph
    ['富裕美好社会山区样板。', 'paragraph'], // ends with a stop
    ['地区生产总值的29.9%。', 'paragraph'], // the tail of a broken paragraph
    ['做强中心城市,建造区域增长', 'heading'], // shape alone says headline; join-lines decides from context
    ['这是该院让患者共享发展成果的', 'paragraph'], // ends on 的: a headline never does
    ['钟海燕在会上发言。受访者供图', 'caption'], // photo credit
    ['图为市民在公园赏花。 本报记者 张三 摄', 'caption'], // photographer credit
    ['据新华社', 'trailer'], // source trailer
    ['（据《人民日报》）', 'trailer'], // bracketed trailer
    ['责任编辑 李四', 'furniture'], // the desk's line
  ])('%s → %s', (text, role) => {
    expect(classifyUnit(unit(text)).role).toBe(role);
  });

  it('reads the dateline of a dateline paragraph', () => {
    expect(classifyUnit(unit('本报讯(记者 叶江)昨日下午。')).dateline?.dateline).toBe('本报讯');
  });

  it('keeps the marker role of a marker unit', () => {
    const marker = { ...unit('(下转第七版)'), marker: { direction: 'on' as const, page: 7 } };
    expect(classifyUnit(marker).role).toBe('marker');
  });
});

describe('shape predicates', () => {
  it.each([
    ['以奋力一搏实现惊人一跃', true], // a headline
    ['生态工业高质量发展是现代化生态经济体系建设的重点。', false], // a sentence
    ['今年的政府工作报告中指出,过去一年是里程碑。十四五实现良', false], // a sentence inside
    ['这'.repeat(61), false], // longer than any headline
  ])('isHeadingShape(%s) → %s', (text, expected) => {
    expect(isHeadingShape(text)).toBe(expected);
  });

  it.each([
    ['…现场。受访者供图', true],
    ['（资料图片）', true],
    ['图①：工人们正在施工', true],
    ['市政府召开党组会议', false],
  ])('isCaption(%s) → %s', (text, expected) => {
    expect(isCaption(text)).toBe(expected);
  });

  it.each([
    ['据新华社', true],
    ['（完）', true],
    ['来源：人民网', true],
    ['据介绍,诚信履行贷是银行业金融机构依托法院建立的。', false],
  ])('isTrailer(%s) → %s', (text, expected) => {
    expect(isTrailer(text)).toBe(expected);
  });

  it.each([
    ['责任编辑：张三', true],
    ['本版编辑 王五 美编 赵六', true],
    ['2022年3月8日 星期二', true], // the page's running date
    ['2022年3月8日 星期二 农历二月初六', true], // with the lunar date
    ['第1版', true], // page number
    ['A3版 要闻', true], // page number and name
    ['LISHUI DAILY', true], // the masthead's Latin name
    ['丽水日报 2019年1月1日 星期二', true], // masthead, date and weekday
    ['2019年1月2日 星期三 第6版 副刊', true], // date, page number and page name
    ['莲都正式推出 便民样板', false], // a headline with a space has no date or page number
    ['编辑部召开会议强调要提高新闻质量', false],
    ['责任编辑张三', true], // a long desk role glued to the name
    ['编辑/李四', true],
    ['统筹：王五 审核：赵六', true],
    ['统筹突破林木蓄积量', false], // a headline opening with the verb 统筹
    ['统筹城乡发展 建设共富家园', false], // the verb 统筹 and a space are still a headline
    ['审核通过三项重点工程', false],
    ['2022年全市经济运行稳中向好', false], // a headline that starts with a year
  ])('isFurniture(%s) → %s', (text, expected) => {
    expect(isFurniture(text)).toBe(expected);
  });
});
