// Habits measured on real pages of other papers, one invented example each (the dev set's text
// never enters the repository): how the parser reads them, through the whole pipeline.
import { describe, expect, it } from 'vitest';
import { parsePage } from '@/lib/parser/parse-page';
import { parseByline } from '@/lib/parser/bylines';
import { isCaption, isClosingCredit } from '@/lib/parser/classify';
import { isDeckBlock } from '@/lib/parser/headings';
import { isBoxLabel } from '@/lib/parser/headline-run';

const page = (...blocks: string[]) => parsePage(blocks.join('\n\n'));
const BODY = '青禾县今年新建村级文化礼堂十二座，覆盖全县所有乡镇。';

describe('bylines of posted and sent reporters, names printed with a space inside', () => {
  it.each([
    ['本报驻埃及记者 曲翔宇 刘 慧', ['曲翔宇', '刘慧']],
    ['本报赴青禾特派记者 方 晴', ['方晴']],
    ['本报记者 林晓岚 何 川', ['林晓岚', '何川']],
  ])('%s', (line, names) => {
    expect(parseByline(line)?.authors.map((author) => author.name)).toEqual(names);
  });
});

describe('lines that close an article', () => {
  it.each([
    '（作者为青禾县委党校讲师）',
    '（本报记者 方晴整理）',
    '栏目投稿邮箱：qinghe@example.com',
    '——编 者',
    '制图：李四',
    '本版制图：李四',
    '综合本报记者报道',
  ])('%s is a closing credit', (line) => {
    expect(isClosingCredit(line)).toBe(true);
  });

  it.each(['何 川摄（青禾视觉）', '本报记者 王 五摄', '林溪摄影报道（青禾影像）'])(
    '%s is a photo credit',
    (line) => {
      expect(isCaption(line)).toBe(true);
    },
  );

  it('keeps a closing credit with its article, and the headline under it opens the next', () => {
    const parsed = page(
      '山乡晒秋正当时（青禾时评）',
      BODY,
      '（作者为青禾县委党校讲师）',
      '溪口镇老街开街',
      BODY,
    );
    expect(parsed.articles.map((a) => [a.kicker, a.title, a.body.length])).toEqual([
      [null, '山乡晒秋正当时（青禾时评）', 2],
      [null, '溪口镇老街开街', 1],
    ]);
  });
});

describe('what stands between a headline and its text', () => {
  it.each(['核心阅读', '编者按', '扫码看视频'])('%s is a box label', (line) => {
    expect(isBoxLabel(line)).toBe(true);
  });

  it('reads a writer line under a short title as the byline', () => {
    const [article] = page('我的老师', '讲述人：陈立民', BODY).articles;
    expect([article?.title, article?.byline]).toEqual(['我的老师', '讲述人：陈立民']);
  });

  it('reads a bracketed line under a document title as its subtitle', () => {
    const [article] = page(
      '青禾县文明行为促进条例',
      '（2022年3月1日青禾县人民代表大会常务委员会通过）',
      BODY,
    ).articles;
    expect([article?.title, article?.subtitle]).toEqual([
      '青禾县文明行为促进条例',
      '（2022年3月1日青禾县人民代表大会常务委员会通过）',
    ]);
  });

  it('ends the stack at a title closed by a column tag', () => {
    const [article] = page('山乡有了新礼堂（青禾走笔）', '时间：3月1日上午', BODY).articles;
    expect([article?.kicker, article?.title, article?.subtitle]).toEqual([
      null,
      '山乡有了新礼堂（青禾走笔）',
      null,
    ]);
    expect(article?.body[0]?.text).toBe('时间：3月1日上午');
  });

  it('reads a speaker kicker ending in a colon over its title', () => {
    const parsed = page(
      '县图书馆延长开放时间',
      `本报讯（记者 方晴）${BODY}`,
      '县文旅局：',
      '暑期景区门票半价',
      `本报讯（记者 何川）${BODY}`,
    );
    expect(parsed.articles.map((a) => [a.kicker, a.title])).toEqual([
      [null, '县图书馆延长开放时间'],
      ['县文旅局：', '暑期景区门票半价'],
    ]);
  });
});

describe('items and parts of items', () => {
  it('reads a photo item after a feature as its own article', () => {
    const parsed = page(
      '山乡有了新礼堂（青禾走笔）',
      BODY,
      '图片报道',
      '3月1日，溪口镇村民在新落成的文化礼堂排练节目。',
    );
    expect(parsed.articles.map((a) => a.title)).toEqual(['山乡有了新礼堂（青禾走笔）', '图片报道']);
  });

  it('keeps a second bare dateline in one report in parts, and lists it for review', () => {
    const parsed = page('县长分别会见两地客商', `本报青禾3月1日电 ${BODY}`, `本报青禾3月1日电 ${BODY}`);
    expect(parsed.articles).toHaveLength(1);
    expect(parsed.articles[0]?.review).toContain('weak-boundary');
  });
});

describe('a credited dateline under a byline', () => {
  it('opens the bylined article it stands in', () => {
    const parsed = page('春耕备耕正当时', '本报记者 郭真', `本报讯（记者 郭真）${BODY}`);
    expect(parsed.articles.map((a) => [a.title, a.dateline, a.body.length])).toEqual([
      ['春耕备耕正当时', '本报讯', 1],
    ]);
  });

  it('after the body of a bylined feature, is the next item', () => {
    const parsed = page('春耕备耕正当时', '本报记者 郭真', BODY, `本报讯（记者 叶江）${BODY}`);
    expect(parsed.articles[0]?.body).toHaveLength(1);
    expect(parsed.fragments).toHaveLength(1);
  });
});

describe('a box of short items under one stock title', () => {
  it('reads the items’ titles as its subheadings', () => {
    const parsed = page(
      '速览',
      '青禾县首座5G智慧农场投用',
      `3月1日，${BODY}`,
      '溪口镇老街完成改造',
      `3月2日，${BODY}`,
    );
    expect(parsed.articles).toHaveLength(1);
    expect(parsed.articles[0]?.title).toBe('速览');
    expect(parsed.articles[0]?.body.filter((b) => b.type === 'subheading').map((b) => b.text)).toEqual([
      '青禾县首座5G智慧农场投用',
      '溪口镇老街完成改造',
    ]);
  });
});

describe("an editor's note", () => {
  it('signed off ——编 者 opens the piece rather than closing it: the dated text under it is the article', () => {
    const parsed = page('山乡新春见闻', `编者按：${BODY}`, '——编 者', `本报讯（记者 方晴）${BODY}`);
    expect(parsed.articles.map((a) => [a.title, a.dateline, a.body.length])).toEqual([
      ['山乡新春见闻', '本报讯', 3],
    ]);
    expect(parsed.fragments).toEqual([]);
  });
});

describe('a title closed by a column tag inside a run', () => {
  it('opens a new article, with its summary line, even after a feature with subheadings', () => {
    const parsed = page(
      '山区共富的丽水答卷',
      BODY,
      '一、一条产业路',
      BODY,
      '乡村人才，多送“雪中炭”（新语）',
      '青年人才想要脱颖而出，资源平台扶一把很重要，归根到底还要靠自身努力',
      BODY,
    );
    expect(parsed.articles.map((a) => a.title)).toEqual([
      '山区共富的丽水答卷',
      '乡村人才，多送“雪中炭”（新语）',
    ]);
  });
});

describe('a speech’s salutation', () => {
  it('stays in the text when a cut paragraph head stands under it', () => {
    const parsed = page(
      '在全市经济工作会议上的讲话',
      '同志们：',
      BODY,
      '同志们！',
      '我们要坚定信心，抓住机遇，以更大力度推进山区',
      '共同富裕，为全省大局多作贡献。',
    );
    expect(parsed.articles.map((a) => a.title)).toEqual(['在全市经济工作会议上的讲话']);
    expect(parsed.articles[0]?.body.map((b) => b.text)).toContain('同志们！');
  });
});

describe('verse quoted after a colon', () => {
  it('keeps each short line a paragraph of the essay, not a headline run', () => {
    const parsed = page(
      '山水诗里的丽水（文化走笔）',
      '那年秋天在瓯江边，我写下这样的句子：',
      '江水绕过古堰',
      '白鹭停在石埠上',
      '一声橹响',
      '惊醒了整个通济堰',
      '诗写得稚拙，却是我与这座城最初的相认。后来我又多次回到古堰，每一次都有新的发现。',
    );
    expect(parsed.articles.map((a) => a.title)).toEqual(['山水诗里的丽水（文化走笔）']);
    expect(parsed.articles[0]?.body.map((b) => b.text)).toEqual([
      '那年秋天在瓯江边，我写下这样的句子：',
      '江水绕过古堰',
      '白鹭停在石埠上',
      '一声橹响',
      '惊醒了整个通济堰',
      '诗写得稚拙，却是我与这座城最初的相认。后来我又多次回到古堰，每一次都有新的发现。',
    ]);
  });
});

describe('a box printed inside an article', () => {
  it('under a stock label after the closing credit belongs to the report above', () => {
    const parsed = page(
      '丽水山耕走向长三角（经济视点）',
      BODY,
      BODY,
      '（本报记者 叶江 通讯员 陈晓东）',
      '点评',
      '王明（市农业农村局研究员）：品牌走出大山，靠的是标准和信誉。',
      '苏州的蚕桑小镇',
      BODY,
    );
    expect(parsed.articles.map((a) => a.title)).toEqual(['丽水山耕走向长三角（经济视点）', '苏州的蚕桑小镇']);
    const body = parsed.articles[0]?.body ?? [];
    expect(body.find((block) => block.type === 'subheading')?.text).toBe('点评');
    expect(body[body.length - 1]?.text).toContain('王明');
  });

  it('titled with its label as a tag belongs to the report above', () => {
    const parsed = page('青田侨乡迎新春', BODY, BODY, BODY, '服务用心才能贴心（记者手记）', BODY);
    expect(parsed.articles.map((a) => a.title)).toEqual(['青田侨乡迎新春']);
    expect(parsed.articles[0]?.body.map((b) => b.type)).toContain('subheading');
  });
});

describe('a box of short items, each with its own dateline and credit', () => {
  it('keeps every item in the box: titles and summary lines as subheadings, datelines as text', () => {
    const parsed = page(
      '速览',
      '青禾县首座5G智慧农场投用',
      '本报讯（记者 叶江）3月1日，青禾县首座5G智慧农场正式投用，覆盖蔬菜大棚二百亩。',
      '溪口镇老街完成改造',
      '改造后的老街保留了十二座清代民居，将于五一前开街',
      '本报讯（记者 陈晓东）历时一年，溪口镇老街改造工程日前完成验收。',
      '图片报道',
      '图为游客在古堰画乡写生。本报记者 李明 摄',
    );
    expect(parsed.articles.map((a) => a.title)).toEqual(['速览', '图片报道']);
    const box = parsed.articles[0];
    expect(box?.dateline).toBeNull();
    expect(box?.byline).toBeNull();
    expect(box?.body.filter((b) => b.type === 'subheading').map((b) => b.text)).toEqual([
      '青禾县首座5G智慧农场投用',
      '溪口镇老街完成改造',
      '改造后的老街保留了十二座清代民居，将于五一前开街',
    ]);
  });
});

describe('a photo item after a signed feature', () => {
  it('is an article of its own: its title is no subheading of the feature', () => {
    const parsed = page(
      '茶园里的新农人',
      '本报记者  叶  江',
      BODY,
      BODY,
      '依依不舍',
      '2月14日，两姐妹告别父母，随奶奶踏上返乡旅途。',
      '本报记者  李  明摄',
    );
    expect(parsed.articles.map((a) => a.title)).toEqual(['茶园里的新农人', '依依不舍']);
  });
});

describe('figures set large over their text', () => {
  it('are subheadings of the article, not titles', () => {
    const parsed = page(
      '奋力开创山区共富新局面',
      '——丽水落实全市经济工作会议精神纪实',
      '12.8万',
      `去年全市12.8万低收入农户人均可支配收入增长14%。${BODY}`,
      '3400亿元',
      `全市生态产品总值达到3400亿元。${BODY}`,
    );
    expect(parsed.articles.map((a) => [a.title, a.subtitle])).toEqual([
      ['奋力开创山区共富新局面', '——丽水落实全市经济工作会议精神纪实'],
    ]);
    expect(parsed.articles[0]?.body.filter((b) => b.type === 'subheading').map((b) => b.text)).toEqual([
      '12.8万',
      '3400亿元',
    ]);
  });
});

describe('a box label after an ornament', () => {
  it('is no byline: ■专家观点 and its box stay with the article above', () => {
    const parsed = page(
      '美好而充实的一天',
      BODY,
      BODY,
      '（本报记者 叶江）',
      '■专家观点',
      '他们眼里有光芒',
      BODY,
    );
    expect(parsed.articles.map((a) => a.title)).toEqual(['美好而充实的一天']);
    expect(parsed.articles[0]?.authors).toEqual([]);
    expect(parsed.articles[0]?.body.filter((b) => b.type === 'subheading').map((b) => b.text)).toEqual([
      '■专家观点',
      '他们眼里有光芒',
    ]);
  });
});

describe('a box of briefs closed item by item', () => {
  const item = (title: string, text: string, credit: string) => [title, `本报讯 ${text}`, credit];
  it('keeps every brief after an item’s credit in the box, and lets a full story after it go', () => {
    const parsed = page(
      '简讯',
      ...item('松阳举办茶文化节', '3月8日，松阳县第十届茶文化节开幕，吸引游客两万余人次。', '（叶 江）'),
      ...item('龙泉青瓷进校园', '日前，龙泉市青瓷传统技艺进校园活动启动，覆盖全市中小学。', '（陈晓东）'),
      '缙云烧饼走出国门',
      BODY,
      BODY,
      BODY,
    );
    expect(parsed.articles.map((a) => a.title)).toEqual(['简讯', '缙云烧饼走出国门']);
    expect(parsed.articles[0]?.body.filter((b) => b.type === 'subheading').map((b) => b.text)).toEqual([
      '松阳举办茶文化节',
      '龙泉青瓷进校园',
    ]);
  });
});

describe('a line ending in a noun that ends like a function word', () => {
  it.each(['“三个引领”为学校发展定方向', '改革要找准着力点和新方向', '数字化改革改变群众办事行为'])(
    '%s is not glued to the text under it (方向, 行为 are words, not a dangling 向, 为)',
    (line) => {
      const parsed = page(
        '示范引领 产教融合',
        `近年来，${BODY}`,
        line,
        '党建引领、示范引领、质量引领，是学校高水平发展的创新举措。',
      );
      const texts = parsed.articles.flatMap((a) => [a.title, ...a.body.map((b) => b.text)]);
      expect(texts).toContain(line);
    },
  );

  it('still joins a line that ends in a lone function word', () => {
    const parsed = page(
      '示范引领 产教融合',
      `近年来，${BODY}`,
      '学校把党建工作摆在突出位置，坚持把',
      '立德树人作为根本任务。',
    );
    expect(parsed.articles[0]?.body.map((b) => b.text)).toContain(
      '学校把党建工作摆在突出位置，坚持把立德树人作为根本任务。',
    );
  });
});

describe('a feature in parts with heads set alike', () => {
  const part = (head: string) => [head, BODY, BODY];
  it('reads three or more alike heads as subheadings, even the first, in an unsigned feature', () => {
    const parsed = page(
      '百山祖下的四季',
      BODY,
      ...part('春山问茶'),
      ...part('夏溪听瀑'),
      ...part('秋林拾果'),
      ...part('冬岭观雪'),
    );
    expect(parsed.articles.map((a) => a.title)).toEqual(['百山祖下的四季']);
    expect(parsed.articles[0]?.body.filter((b) => b.type === 'subheading').map((b) => b.text)).toEqual([
      '春山问茶',
      '夏溪听瀑',
      '秋林拾果',
      '冬岭观雪',
    ]);
  });

  it('reads dash-led part heads in a signed feature as its parts, marks and all', () => {
    const part = (place: string, title: string) => [`${place}——`, title, BODY, BODY];
    const parsed = page(
      '山区共富新图景',
      '本报记者  叶  江',
      BODY,
      ...part('松阳', '茶产业带动村民增收'),
      ...part('龙泉', '青瓷小镇游客如织'),
      ...part('景宁', '畲乡民宿生意红火'),
    );
    expect(parsed.articles.map((a) => a.title)).toEqual(['山区共富新图景']);
    expect(parsed.articles[0]?.body.filter((b) => b.type === 'subheading')).toHaveLength(6);
  });

  it('ends the series at a head outside the frame the parts share', () => {
    const parsed = page(
      '山区共富这一年',
      BODY,
      ...part('这一年，是蓄势起步的一年'),
      ...part('这一年，是攻坚突破的一年'),
      ...part('这一年，是硕果累累的一年'),
      '庆元香菇节吸引客商两万人',
      `日前，${BODY}`,
      BODY,
    );
    expect(parsed.articles.map((a) => a.title)).toEqual(['山区共富这一年', '庆元香菇节吸引客商两万人']);
  });

  it('does not read a series of items set like the article’s own kicker and title as its parts', () => {
    const item = (kicker: string, title: string) => [kicker, title, BODY, BODY];
    const parsed = page(
      ...item('丽水农商行', '发挥金融优势 助力复工复产'),
      ...item('浙西南电力', '保障企业用电 服务山区发展'),
      ...item('丽水移动公司', '建设数字乡村 共享美好生活'),
    );
    expect(parsed.articles.map((a) => a.title)).toEqual([
      '发挥金融优势 助力复工复产',
      '保障企业用电 服务山区发展',
      '建设数字乡村 共享美好生活',
    ]);
  });
});

describe('a data box 数读', () => {
  it('keeps an item led by its figure even when it runs past a brief', () => {
    const parsed = page(
      '数读',
      '12.8万户 全市新增市场主体',
      `本报讯（记者 叶江）${BODY}`,
      BODY,
      '3400亿元 生态产品总值',
      `本报讯（记者 陈晓东）${BODY}`,
      BODY,
      BODY,
      BODY,
    );
    expect(parsed.articles.map((a) => a.title)).toEqual(['数读']);
  });
});

describe('a multi-line deck run together into one block', () => {
  it('is the subtitle of the title above it, and the title opens a new article after a commentary', () => {
    const parsed = page(
      '凝心聚力 共绘蓝图（社论）',
      BODY,
      BODY,
      '市七届人大二次会议闭幕',
      '批准政府工作报告等六项报告 通过关于山区共富的决议 选举产生新一届市监察委员会主任',
      `本报讯（记者 叶江）${BODY}`,
    );
    expect(parsed.articles.map((a) => [a.title, a.subtitle])).toEqual([
      ['凝心聚力 共绘蓝图（社论）', null],
      [
        '市七届人大二次会议闭幕',
        '批准政府工作报告等六项报告 通过关于山区共富的决议 选举产生新一届市监察委员会主任',
      ],
    ]);
  });

  it.each(['王明 李华 陈晓东 叶江 张伟 刘洋', '批准政府工作报告 通过决议，选举产生新一届领导班子'])(
    '%s is no deck (short names; sentence punctuation)',
    (text) => {
      expect(isDeckBlock(text)).toBe(false);
    },
  );
});

describe('a short tag over a title: kicker or column', () => {
  // A kicker names what the story is about, so its words come back in the text; a column's name does not.
  it.each([
    [
      '以案说法',
      '网购低价手机被骗八千元',
      '本报讯（记者 季晨）近日，市民王女士在网上购买手机时被骗。',
      { kicker: null, column: '以案说法' },
    ],
    [
      '溪口镇',
      '三百名志愿者上门帮收秋粮',
      '连日来，溪口镇三百多名志愿者帮助留守老人抢收稻谷。',
      { kicker: '溪口镇', column: null },
    ],
  ])('%s over %s', (tag, title, text, expected) => {
    const page = parsePage(['丽水日报 2024年5月8日 星期三 第5版 民生', tag, title, text].join('\n\n'));
    const article = page.articles[0];
    expect({ kicker: article?.kicker ?? null, column: article?.column ?? null }).toEqual(expected);
  });
});
