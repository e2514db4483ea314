import { describe, expect, it } from 'vitest';
import { joinBlocks } from '@/tests/helpers/join-blocks';

const joined = (...blocks: string[]) => joinBlocks(...blocks).map((u) => [u.role, u.text]);

describe('joinBrokenParagraphs', () => {
  it.each([
    [
      // the seed: a paragraph broken mid-sentence across columns
      ['2021年,规上工业增加值364.2亿元,全部工业增加值占', '地区生产总值的29.9%。'],
      [['paragraph', '2021年,规上工业增加值364.2亿元,全部工业增加值占地区生产总值的29.9%。']],
    ],
    [
      // the seed's trap: a short head with a comma looks like a headline but is running text
      ['打造新增长极是必由之路。', '做强中心城市,建造区域增长', '极的火车头。树立长远目标。'],
      [
        ['paragraph', '打造新增长极是必由之路。'],
        ['paragraph', '做强中心城市,建造区域增长极的火车头。树立长远目标。'],
      ],
    ],
    [
      // a break right after the byline: the comma head belongs to the first paragraph
      ['本报记者 虞娴珊', '遂昌茶山社区数字化改革全面,城市书房繁', '忙,侨商踔厉奋发。'],
      [
        ['byline', '本报记者 虞娴珊'],
        ['paragraph', '遂昌茶山社区数字化改革全面,城市书房繁忙,侨商踔厉奋发。'],
      ],
    ],
    [
      // a break inside the dateline's credit is read again whole
      ['本报讯(记者 夏勇', '辉 蔡泽)活动现场,一片忙碌。'],
      [['paragraph', '本报讯(记者 夏勇辉 蔡泽)活动现场,一片忙碌。']],
    ],
    [
      // a subheading has no comma and is kept between finished paragraphs
      ['富裕美好社会山区样板。', '再造平台优势 在二次创业中取得新成就', '生态工业高质量发展是重点。'],
      [
        ['paragraph', '富裕美好社会山区样板。'],
        ['heading', '再造平台优势 在二次创业中取得新成就'],
        ['paragraph', '生态工业高质量发展是重点。'],
      ],
    ],
    [
      // a short head without a comma is running text when what follows starts mid-sentence
      [
        '新市民贺铭涵说，早些年人才新政是个难题。',
        '丽水某科技有限公司负责人任新告诉记',
        '者，今年企业新上了生产线。',
      ],
      [
        ['paragraph', '新市民贺铭涵说，早些年人才新政是个难题。'],
        ['paragraph', '丽水某科技有限公司负责人任新告诉记者，今年企业新上了生产线。'],
      ],
    ],
    [
      // inside a bylined feature, a comma line under a subheading opens the section's first paragraph
      [
        '本报记者 单楠',
        '党员闫岚曾告诉记者，现在好多了。',
        '财政支出取得新成效',
        '在何铺社区,向军正忙着',
        '清点莲都红提,订单响个不停。',
      ],
      [
        ['byline', '本报记者 单楠'],
        ['paragraph', '党员闫岚曾告诉记者，现在好多了。'],
        ['heading', '财政支出取得新成效'],
        ['paragraph', '在何铺社区,向军正忙着清点莲都红提,订单响个不停。'],
      ],
    ],
    [
      // without a byline block the same lines are a kicker and a comma title
      [
        '本报讯（记者 叶江）昨日，会议召开。',
        '财政支出取得新成效',
        '稳字当头,进字为先',
        '全年经济运行稳中向好。',
      ],
      [
        ['paragraph', '本报讯（记者 叶江）昨日，会议召开。'],
        ['heading', '财政支出取得新成效'],
        ['heading', '稳字当头,进字为先'],
        ['paragraph', '全年经济运行稳中向好。'],
      ],
    ],
    [
      // a finished paragraph is not joined with the next one
      ['会议强调,要以最高站位。', '会议要求,要围绕年度投资目标。'],
      [
        ['paragraph', '会议强调,要以最高站位。'],
        ['paragraph', '会议要求,要围绕年度投资目标。'],
      ],
    ],
    [
      // a new dateline is a new item: never joined onto the previous text
      ['会议要求,要围绕年度投资目标。要加强统筹协调,尤其是', '本报讯(记者 叶江)昨日下午。'],
      [
        ['paragraph', '会议要求,要围绕年度投资目标。要加强统筹协调,尤其是'],
        ['paragraph', '本报讯(记者 叶江)昨日下午。'],
      ],
    ],
    [
      // a marker stops the join (the rest is on another page), and the cut-off line above a
      // 下转 marker is body text even though it is short and has no stop
      [
        '松阳经济开发区以发展全省智慧交通为主导。',
        '培育壮大高端装备制造产业、时尚产业以及',
        '(下转第七版)',
        '地区生产总值的29.9%。',
      ],
      [
        ['paragraph', '松阳经济开发区以发展全省智慧交通为主导。'],
        ['paragraph', '培育壮大高端装备制造产业、时尚产业以及'],
        ['marker', '(下转第七版)'],
        ['paragraph', '地区生产总值的29.9%。'],
      ],
    ],
    [
      // `其中，` opens a paragraph: the line above it is a new headline, not a cut word
      [
        '武翔罕等50人入选2018年度“优秀儿童”称号。',
        '景宁汇聚徒步',
        '其中，莲都高新技术产业增加值增长9.7%，均高于全市平均水平。',
      ],
      [
        ['paragraph', '武翔罕等50人入选2018年度“优秀儿童”称号。'],
        ['heading', '景宁汇聚徒步'],
        ['paragraph', '其中，莲都高新技术产业增加值增长9.7%，均高于全市平均水平。'],
      ],
    ],
    [
      // so does `眼下，`
      ['会议强调，要整合助企纾困。', '龙泉破解民生职业教育', '眼下，2255位村干部参加了对接会。'],
      [
        ['paragraph', '会议强调，要整合助企纾困。'],
        ['heading', '龙泉破解民生职业教育'],
        ['paragraph', '眼下，2255位村干部参加了对接会。'],
      ],
    ],
    [
      // a two-character clause that is no opening adverb is still a cut word (`记` + `者，`)
      ['会议强调，要整合助企纾困。', '企业负责人任新告诉记', '者，今年企业新上了生产线。'],
      [
        ['paragraph', '会议强调，要整合助企纾困。'],
        ['paragraph', '企业负责人任新告诉记者，今年企业新上了生产线。'],
      ],
    ],
    [
      // 副刊: a title, the writer's bare name, then a paragraph cut after a comma
      [
        '徐岭村的桥',
        '包悠晟',
        '白德原是芳峰行政村的老木匠，一辈子守着这',
        '片山。那碗青田田鱼的滋味，一直留在舌尖。',
      ],
      [
        ['heading', '徐岭村的桥'],
        ['heading', '包悠晟'],
        ['paragraph', '白德原是芳峰行政村的老木匠，一辈子守着这片山。那碗青田田鱼的滋味，一直留在舌尖。'],
      ],
    ],
    [
      // without a title above it, a short line is no writer's name: a kicker-title pair stays
      ['看松', '松涛阵阵，云海翻涌', '这是遂昌最美的季节。'],
      [
        ['heading', '看松'],
        ['heading', '松涛阵阵，云海翻涌'],
        ['paragraph', '这是遂昌最美的季节。'],
      ],
    ],
    [
      // the continued text resumes under （上接第一版） with a line cut after a comma
      [
        '龙泉交出和美乡村振兴',
        '（上接第一版）',
        '广大党员干部要做大生态产品价值实现，以只争朝夕的紧迫感集中强化市',
        '场化平台改革。',
      ],
      [
        ['heading', '龙泉交出和美乡村振兴'],
        ['marker', '（上接第一版）'],
        ['paragraph', '广大党员干部要做大生态产品价值实现，以只争朝夕的紧迫感集中强化市场化平台改革。'],
      ],
    ],
    [
      // in a feature, a line under a subheading whose next text starts mid-sentence (`开放，…`) is text
      [
        '本报记者 单楠',
        '相关部门交出了答卷。',
        '聚焦未来图景',
        '地处黄题公园附近的幼儿园项目正式对外',
        '开放，管网也同步提升。',
      ],
      [
        ['byline', '本报记者 单楠'],
        ['paragraph', '相关部门交出了答卷。'],
        ['heading', '聚焦未来图景'],
        ['paragraph', '地处黄题公园附近的幼儿园项目正式对外开放，管网也同步提升。'],
      ],
    ],
    [
      // 副刊: an essay opening with an interjection (`啊，`) leaves the title and the writer's name alone
      [
        '□ 朱焱',
        '那缕青田田鱼的滋味，多年来留在舌尖。',
        '担坑村的渔火',
        '虞怡航',
        '啊，淡淡的栀子！我坐在稻浪旁。',
      ],
      [
        ['byline', '□ 朱焱'],
        ['paragraph', '那缕青田田鱼的滋味，多年来留在舌尖。'],
        ['heading', '担坑村的渔火'],
        ['heading', '虞怡航'],
        ['paragraph', '啊，淡淡的栀子！我坐在稻浪旁。'],
      ],
    ],
    [
      // under a title and （上接第一版）, a line cut mid-word (`告` + `诉`) resumes the continued text
      [
        '云和筑牢松阳银猴茶产业',
        '（上接第一版）',
        '龙泉某精密机械集团有限公司负责人单云金告',
        '诉记者，今年企业新上了生产线。',
      ],
      [
        ['heading', '云和筑牢松阳银猴茶产业'],
        ['marker', '（上接第一版）'],
        ['paragraph', '龙泉某精密机械集团有限公司负责人单云金告诉记者，今年企业新上了生产线。'],
      ],
    ],
    [
      // a marker printed above the title does not make the title text
      [
        '（上接第一版）',
        '云和筑牢松阳银猴茶产业',
        '龙泉某精密机械集团有限公司负责人单云金告诉记者，今年企业新上了生产线。',
      ],
      [
        ['marker', '（上接第一版）'],
        ['heading', '云和筑牢松阳银猴茶产业'],
        ['paragraph', '龙泉某精密机械集团有限公司负责人单云金告诉记者，今年企业新上了生产线。'],
      ],
    ],
  ])('joins %j', (blocks, expected) => {
    expect(joined(...blocks)).toEqual(expected);
  });
});

describe('titles that ask or exclaim', () => {
  it.each([
    // under a column's name, after finished text
    [
      ['上期的文字到此结束。', '名医坐诊', '入冬后血压波动大 怎么办？', '入冬以来，门诊量明显增加。'],
      '入冬后血压波动大 怎么办？',
      'heading',
    ],
    [
      ['上期的文字到此结束。', '政策问答', '政策解读：耕地补贴怎么领？', '近日，补贴开始申报。'],
      '政策解读：耕地补贴怎么领？',
      'heading',
    ],
    // over its byline
    [
      ['夜市回来了，你去了吗？', '本报记者 方晴', '五月的夜晚，老街又热闹起来。'],
      '夜市回来了，你去了吗？',
      'heading',
    ],
    // a reporter's question under a subheading of several words stays text
    [
      ['一、关于补贴标准', '记者：今年补贴标准有变化吗？', '答：标准与去年持平。'],
      '记者：今年补贴标准有变化吗？',
      'paragraph',
    ],
  ])('%j: %s is a %s', (blocks, text, role) => {
    expect(joined(...blocks).find(([, t]) => t === text)?.[0]).toBe(role);
  });
});
