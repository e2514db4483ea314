// Builds Chinese newspaper prose from the lexicon: names, places, noun phrases, clauses, sentences,
// paragraphs, headlines and bylines. Text is produced with full-width punctuation; the page
// applies its own punctuation habit afterwards (see `applyPunctuationStyle`).
import type { Rng } from './prng';
import * as L from './lexicon';
import { COMMON_CHARS } from './common-chars';
import { ADJECTIVES, DOMAINS, GENERAL_VERBS, IDIOMS, PEOPLE, UNITS, type Domain } from './lexicon-domains';

const TOPIC_DOMAINS: Record<Topic, readonly Domain[]> = {
  news: [
    'economy',
    'industry',
    'agriculture',
    'health',
    'education',
    'transport',
    'environment',
    'law',
    'culture',
    'tourism',
    'finance',
    'science',
    'life',
  ],
  economy: ['economy', 'industry', 'agriculture', 'finance', 'science', 'economy'],
  society: ['health', 'education', 'transport', 'law', 'life', 'environment', 'sport'],
  culture: ['culture', 'tourism', 'sport', 'culture', 'education'],
  prose: ['culture', 'tourism', 'agriculture'],
  commentary: ['economy', 'environment', 'law', 'science', 'life', 'education', 'health'],
};

/** A page's section, which steers vocabulary and sentence mix. */
export type Topic = 'news' | 'economy' | 'society' | 'culture' | 'prose' | 'commentary';

/** A person as the generator credits them. */
export interface Person {
  name: string;
  role: string;
}

/** The issue's calendar, so that datelines and time words agree with the page's date. */
export interface WriterDate {
  year: number;
  month: number;
  day: number;
}

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">点击领取</a>',
  '[点此查看](javascript:alert(1))',
  '**限时领取**',
  '# 紧急通知',
  '`rm -rf /`',
  '{{7*7}}',
  '${process.env}',
  '&lt;b&gt;',
] as const;

/** The head's and a deputy's title for an organisation, by its kind (市财政局 → 局长, 副局长). */
function titlesOf(org: string): [string, string] {
  if (/局$/u.test(org)) return ['局长', '副局长'];
  if (/(委|办|中心|管委会)$/u.test(org)) return ['主任', '副主任'];
  if (/(法院|医院|中医院|保健院)$/u.test(org)) return ['院长', '副院长'];
  if (/检察院$/u.test(org)) return ['检察长', '副检察长'];
  if (/(学院|中学|党校)$/u.test(org)) return [org.endsWith('党校') ? '常务副校长' : '校长', '副校长'];
  if (/(公司|集团)$/u.test(org)) return ['董事长', '总经理'];
  if (/部$/u.test(org)) return ['部长', '副部长'];
  if (/(馆)$/u.test(org)) return ['馆长', '副馆长'];
  if (/(支队)$/u.test(org)) return ['支队长', '政委'];
  if (/(海关|分局|支行)$/u.test(org))
    return ['关长', '副关长'].map((t) => (org.endsWith('海关') ? t : t.replace('关', '行'))) as [
      string,
      string,
    ];
  return ['主席', '副主席'];
}

/** Produces words, sentences and headlines from one random stream. */
export class Writer {
  constructor(
    private readonly rng: Rng,
    private readonly date: WriterDate,
  ) {}

  /** A person's name: surname + one or two given-name characters (叶江, 钟海燕). */
  name(): string {
    const r = this.rng;
    // Given names mostly use name-friendly characters, but real ones reach across the whole
    // common-character table; that long tail keeps the archive's vocabulary growing.
    const g = (): string => (r.chance(0.7) ? r.pick(L.GIVEN_CHARS) : r.pick(COMMON_CHARS));
    const given = r.chance(0.28) ? g() : g() + g();
    return r.pick(L.SURNAMES) + given;
  }

  /** A county with its suffix (缙云县, 莲都区, 龙泉市). */
  county(): string {
    const c = this.rng.pick(L.COUNTIES);
    return c === '莲都' ? '莲都区' : c === '龙泉' ? '龙泉市' : c === '景宁' ? '景宁畲族自治县' : `${c}县`;
  }

  /** A generated village (石坑村, 龙源社区), the source of ever-new place names. */
  village(): string {
    const r = this.rng;
    const first = r.chance(0.6) ? r.pick(L.VILLAGE_FIRST) : r.pick(COMMON_CHARS);
    const stem = first + r.pick(L.VILLAGE_SECOND) + (r.chance(0.2) ? r.pick(L.VILLAGE_SECOND) : '');
    return stem + r.pick(L.VILLAGE_SUFFIX);
  }

  /** A place at some level: county, town, village, or county + town. */
  place(): string {
    const r = this.rng;
    const k = r.int(0, 5);
    if (k === 0) return this.county();
    if (k === 1) return r.pick(L.TOWNS);
    if (k === 2) return r.pick(L.COUNTIES) + r.pick(L.TOWNS);
    if (k === 3) return r.pick(L.TOWNS) + this.village();
    return r.pick(L.COUNTIES) + this.village();
  }

  /** A generated company (丽水华康新材料有限公司). */
  company(): string {
    const r = this.rng;
    const prefix = r.chance(0.5) ? '丽水' : r.pick(L.COUNTIES);
    return prefix + this.brand() + r.pick(L.INDUSTRIES) + r.pick(L.COMPANY_SUFFIX);
  }

  /** A named street, school, bridge or hill (丽阳街, 岩泉小学): open-ended, like a real city's map. */
  landmark(): string {
    const r = this.rng;
    const stem = (r.chance(0.5) ? r.pick(L.VILLAGE_FIRST) : r.pick(COMMON_CHARS)) + r.pick(COMMON_CHARS);
    return (
      stem +
      r.pick([
        '路',
        '街',
        '大道',
        '小学',
        '中学',
        '幼儿园',
        '大桥',
        '公园',
        '山',
        '溪',
        '水库',
        '广场',
        '小区',
        '花园',
        '菜场',
      ])
    );
  }

  /** A two-character brand or trade name (华康, 瓯鑫). */
  brand(): string {
    const r = this.rng;
    return (
      (r.chance(0.5) ? r.pick(L.BRAND_CHARS) : r.pick(COMMON_CHARS)) +
      (r.chance(0.5) ? r.pick(L.BRAND_CHARS) : r.pick(COMMON_CHARS))
    );
  }

  /** A generated project (碧湖镇石坑村文化礼堂). */
  project(): string {
    const r = this.rng;
    const where = r.chance(0.5) ? r.pick(L.TOWNS) : r.pick(L.COUNTIES) + this.village();
    return where + r.pick(L.FACILITIES) + (r.chance(0.4) ? '项目' : '');
  }

  /** An organisation, sometimes a county's instead of the city's (缙云县医保局). */
  organisation(): string {
    const org = this.rng.pick(L.ORGANISATIONS);
    if (org.startsWith('市') && this.rng.chance(0.35)) return this.county() + org.slice(1);
    return org;
  }

  /** An official or spokesperson with a title (市法院党组成员、审委会专职委员钱海亮). */
  official(): Person {
    const r = this.rng;
    const county = this.county();
    // A county's own party committee: 莲都区 → 莲都区委, 缙云县 → 缙云县委.
    const committee = `${county}委`;
    const level = county.endsWith('县') ? '县' : county.endsWith('区') ? '区' : '市';
    const org = this.organisation();
    const [chief, deputy] = titlesOf(org);
    const k = r.int(0, 6);
    let role: string;
    if (k === 0) role = `丽水市委常委、${committee}书记`;
    else if (k === 1) role = `${committee}副书记、${level}长`;
    else if (k === 2)
      role = `${county}${r.pick(['副' + level + '长', '委常委', '人大常委会主任', '政协主席'])}`;
    else if (k === 3) role = `${org}党组书记、${chief}`;
    else if (k === 4) role = `${org}党组成员、${deputy}`;
    else role = `${org}${r.chance(0.5) ? chief : deputy}`;
    return { name: this.name(), role };
  }

  /** A noun phrase of policy language (生态产品价值实现机制). */
  nounPhrase(topic: Topic = 'news'): string {
    const r = this.rng;
    if (r.chance(0.55)) {
      const term = this.term(topic);
      const j = r.int(0, 5);
      if (j === 0) return r.pick(L.MODIFIERS) + term;
      if (j === 1) return r.pick(L.COUNTIES) + term;
      return term;
    }
    const k = r.int(0, 9);
    if (topic === 'culture' && k < 4)
      return (
        r.pick(L.CULTURE) + (r.chance(0.5) ? r.pick(['保护', '传承', '品牌', '活动', '展演', '研究']) : '')
      );
    if (topic === 'economy' && k < 3)
      return r.pick(L.PRODUCTS) + r.pick(['产业', '品牌', '全产业链', '生产基地', '出口']);
    if (k < 5) return r.pick(L.MODIFIERS) + r.pick(L.NOUNS_POLICY);
    if (k < 7) return r.pick(L.NOUNS_POLICY);
    if (k < 8)
      return (
        r.pick(L.MODIFIERS) +
        r.pick(L.NOUNS_POLICY) +
        r.pick(['体系', '机制', '平台', '工程', '行动', '改革'])
      );
    if (k < 9) return r.pick(L.COUNTIES) + r.pick(L.NOUNS_POLICY);
    return r.pick(L.PRODUCTS) + r.pick(['产业', '品牌']);
  }

  /** A word of the topic's subject areas (医共体, 高标准农田, 锂电池 …). */
  term(topic: Topic = 'news'): string {
    return this.rng.pick(DOMAINS[this.rng.pick(TOPIC_DOMAINS[topic])]);
  }

  /** A four-character idiom (久久为功). */
  idiom(): string {
    return this.rng.pick(IDIOMS);
  }

  /** A list of two to four noun phrases joined with 、. */
  nounList(topic: Topic): string {
    const n = this.rng.int(2, 4);
    const items = new Set<string>();
    for (let i = 0; i < n; i++) items.add(this.nounPhrase(topic));
    return [...items].join('、');
  }

  /** A verb phrase (持续深化社会信用体系建设). */
  verbPhrase(topic: Topic = 'news'): string {
    const r = this.rng;
    const adv = r.chance(0.55) ? r.pick(L.ADVERBS) : '';
    const k = r.int(0, 11);
    if (k === 0)
      return `以${this.nounPhrase(topic)}为${r.pick(['抓手', '引领', '主线', '突破口', '重点', '牵引'])}`;
    if (k === 1)
      return `把${this.nounPhrase(topic)}作为${r.pick(['重要抓手', '主攻方向', '关键一环', '头号工程', '重中之重'])}`;
    if (k === 2)
      return `为${this.nounPhrase(topic)}提供${r.pick(['有力支撑', '坚强保障', '强大动力', '法治保障', '要素保障'])}`;
    if (k === 3)
      return `让${r.pick(['群众', '企业', '游客', '老人', '孩子', '村民', '患者', '市民'])}${r.pick(['办事更方便', '住得更安心', '看病更便捷', '增收更稳定', '出行更顺畅', '共享发展成果', '有更多获得感'])}`;
    if (k === 4)
      return `${adv}${r.pick(L.VERBS)}${this.nounPhrase(topic)}${r.pick(['', '', '工作', '建设', '水平', '能力', '质效'])}`;
    if (k === 5) return `推动${this.nounPhrase(topic)}${r.pick(L.RESULTS)}`;
    return `${adv}${r.pick(L.VERBS)}${this.nounPhrase(topic)}`;
  }

  /** A whole number formatted as a newspaper would (15, 278, 4000). */
  count(min = 2, max = 500): number {
    return this.rng.int(min, max);
  }

  /** A percentage with one decimal (8.0%, 31.2%). */
  percent(): string {
    return `${this.rng.int(1, 450) / 10}`.replace(/^(\d+)$/u, '$1.0') + '%';
  }

  /** An amount of money (1225.56万元, 1960.4亿元). */
  money(): string {
    const r = this.rng;
    const unit = r.pick(['万元', '万元', '亿元', '元']);
    const value =
      unit === '亿元' ? r.int(1, 30000) / 10 : unit === '元' ? r.int(100, 99999) : r.int(100, 999999) / 100;
    return `${value}${unit}`;
  }

  /** A past or current year near the issue's year (2021年). */
  year(): number {
    return this.date.year - this.rng.int(0, 3);
  }

  private timeOpener(): string {
    const r = this.rng;
    return r
      .pick(L.TIME_OPENERS)
      .replace('{y}', String(this.year()))
      .replace('{m}', String(r.int(1, 12)))
      .replace('{d}', String(r.int(1, 28)));
  }

  private subject(): string {
    const subject = this.rng.pick(L.SUBJECTS);
    if (subject.includes('{county}')) {
      // 缙云县委县政府, 莲都区委区政府: the level word repeats after 委.
      const county = this.county();
      const level = county.slice(-1);
      return subject.replace('{county}委{county}政府', `${county}委${level}政府`).replace('{county}', county);
    }
    return subject.replace('{c}', this.rng.pick(L.COUNTIES));
  }

  /** One sentence ending in 。 (or ？/！ now and then) in the voice of the given section. */
  sentence(topic: Topic): string {
    if (topic === 'prose') return this.proseSentence();
    const r = this.rng;
    if (r.chance(0.5)) return this.lifeSentence(topic);
    const k = r.int(0, topic === 'commentary' ? 8 : 24);
    switch (k) {
      case 0:
        return `${this.timeOpener()}，${this.subject()}${this.verbPhrase(topic)}，${this.verbPhrase(topic)}，${r.pick(L.RESULTS)}。`;
      case 1:
        return `要${this.verbPhrase(topic)}，${this.verbPhrase(topic)}，${this.verbPhrase(topic)}。`;
      case 2:
        return `${r.pick(['全市上下要', '我们要', '各级各部门要', '广大党员干部要'])}${this.verbPhrase(topic)}，以${r.pick(['时不我待', '只争朝夕', '滚石上山', '久久为功'])}的${r.pick(['紧迫感', '劲头', '韧劲', '担当'])}${this.verbPhrase(topic)}。`;
      case 3:
        return `${this.nounPhrase(topic)}是${this.nounPhrase(topic)}的${r.pick(['必由之路', '应有之义', '重要支撑', '关键所在', '活力之源', '题中之义'])}。`;
      case 4:
        return `${r.pick(['做强', '壮大', '完善', '推进', '守好', '擦亮'])}${this.nounPhrase(topic)}，${r.pick(['增强', '构筑', '激发', '夯实', '厚植'])}${this.nounPhrase(topic)}的${r.pick(['主动权', '硬支撑', '活力源', '新优势', '压舱石', '动力源'])}。`;
      case 5:
        return `${r.pick(['如何', '怎样'])}${this.verbPhrase(topic)}？${this.subject()}${r.pick(['给出了答案', '一直在探索', '交出了答卷'])}。`;
      case 6:
        return `${this.verbPhrase(topic)}，${r.pick(['关键在', '重点在', '难点在', '根本在'])}${this.verbPhrase(topic)}。`;
      case 7:
        return `${r.pick(['未来五年', '今后一个时期', '新征程上', '站在新起点上'])}，${this.subject()}要${this.verbPhrase(topic)}，${this.verbPhrase(topic)}，${r.pick(['奋力', '加快', '努力'])}${r.pick(L.VERBS)}${this.nounPhrase(topic)}。`;
      case 8:
        return `${r.pick(['既要', '不仅要'])}${this.verbPhrase(topic)}，${r.pick(['又要', '更要', '还要'])}${this.verbPhrase(topic)}。`;
      case 9:
        return `${this.year()}年，${this.subject()}实现${r.pick(L.METRICS)}${this.money()}，同比增长${this.percent()}；${r.pick(L.METRICS)}${this.money()}，较全省高出${r.int(1, 60) / 10}个百分点。`;
      case 10:
        return `截至${r.int(1, 12)}月底，${this.subject()}已累计${r.pick(['完成', '建成', '引进', '培育', '招引', '落地'])}${this.nounPhrase(topic)}项目${this.count()}个，总投资${this.money()}。`;
      case 11: {
        const p = this.official();
        return `${p.role}${p.name}${r.pick(['表示', '介绍', '说', '指出', '坦言'])}，${this.verbPhrase(topic)}，${this.verbPhrase(topic)}，${r.pick(['这是', '也是', '更是'])}${this.nounPhrase(topic)}的${r.pick(['重要举措', '有益尝试', '具体实践', '生动写照'])}。`;
      }
      case 12: {
        const p = r.chance(0.5) ? { name: this.name(), role: `${this.company()}负责人` } : this.official();
        return `“${this.verbPhrase(topic)}，${this.verbPhrase(topic)}${r.pick(['。', '！', '。'])}”${p.role}${p.name}${r.pick(['说', '告诉记者', '感慨地说', '笑着说'])}。`;
      }
      case 13:
        return `据${r.pick(['介绍', '了解', '悉', '统计'])}，${this.project()}总投资${this.money()}，${r.pick(['建成后', '投用后', '项目达产后'])}，预计${r.pick(['年产值', '年税收', '带动就业', '年接待游客'])}${r.chance(0.5) ? this.money() : `${this.count(50, 9000)}人次`}。`;
      case 14:
        return `下一步，${this.subject()}将${this.verbPhrase(topic)}，${this.verbPhrase(topic)}，为${this.nounPhrase(topic)}作出新的更大贡献。`;
      case 15:
        return `记者在${this.place()}看到，${r.pick(L.SCENES)}，${r.pick(L.SCENES)}。`;
      case 16:
        return `${r.pick(['会议强调', '会议指出', '会议要求', '会上'])}，要${this.verbPhrase(topic)}，${this.verbPhrase(topic)}。要${this.verbPhrase(topic)}，${this.verbPhrase(topic)}。`;
      case 17: {
        const [a, b] = [r.pick(L.COUNTIES), r.pick(L.COUNTIES)];
        return `其中，${a}${r.pick(L.METRICS)}增长${this.percent()}，${b}增长${this.percent()}，均高于全市平均水平。`;
      }
      case 18:
        return `${this.company()}负责人${this.name()}告诉记者，今年企业${r.pick(['订单已排到', '新上了', '投入研发经费', '出口额达到'])}${r.chance(0.5) ? `${r.int(1, 12)}月份` : this.money()}，${this.verbPhrase('economy')}。`;
      case 19:
        return `在${this.village()}，${this.name()}正忙着${r.pick(['整理刚采摘的', '打包发往外地的', '晾晒', '清点'])}${r.pick(L.PRODUCTS)}，${r.pick(['脸上洋溢着笑容', '一年能增收好几万元', '手机里的订单响个不停', '忙得顾不上喝水'])}。`;
      case 20:
        return `目前，${this.subject()}已${r.pick(['建成', '形成', '培育'])}${this.nounPhrase(topic)}${this.count(2, 90)}个，${r.pick(['惠及群众', '覆盖农户', '服务企业', '带动就业'])}${this.count(2, 60)}${r.pick(['万人', '户', '家', '万人次'])}。`;
      case 21:
        return `这是${this.subject()}${this.verbPhrase(topic)}的一个缩影。`;
      case 22:
        return `${this.organisation()}审议《${this.year()}年${this.nounPhrase(topic)}${r.pick(['实施方案', '工作要点', '三年行动计划', '管理办法'])}（送审稿）》，听取${r.pick(['关于', ''])}${this.nounPhrase(topic)}情况的汇报。`;
      case 23:
        return `${this.subject()}在${r.pick(['全国', '全省', '全市'])}首创${this.nounPhrase(topic)}${r.pick(['模式', '机制', '应用', '场景'])}，${this.verbPhrase(topic)}，${r.pick(['相关做法', '这一经验', '该应用'])}${r.pick(['入选省级最佳案例', '被写入省政府工作报告', '获评全省最佳应用', '在全省推广'])}。`;
      default:
        return `${this.count(3, 200)}家${r.pick(['企业', '单位', '合作社', '家庭农场', '社会组织'])}参加了${r.pick(['活动', '推介会', '签约仪式', '对接会', '招聘会'])}，现场签约项目${this.count(2, 40)}个，签约金额${this.money()}。`;
    }
  }

  /** Sentences about people, things and events: where most of a real page's vocabulary lives. */
  private lifeSentence(topic: Topic): string {
    const r = this.rng;
    const t = (): string => this.term(topic);
    const who = (): string => r.pick(PEOPLE);
    const v = (): string => r.pick(GENERAL_VERBS);
    const adj = (): string => r.pick(ADJECTIVES);
    const n = (): number => this.count(2, 3000);
    const k = r.int(0, topic === 'commentary' ? 5 : 23);
    switch (k) {
      case 0:
        return `${this.idiom()}，${this.idiom()}。${this.verbPhrase(topic)}，${this.verbPhrase(topic)}。`;
      case 1:
        return `${t()}连着${t()}，${t()}${r.pick(['连着民心', '关乎民生', '牵动人心', '系着发展'])}。`;
      case 2:
        return `围绕${t()}、${t()}等${r.pick(['重点领域', '关键环节', '薄弱环节', '民生短板'])}，${this.subject()}${this.idiom()}，${this.verbPhrase(topic)}。`;
      case 3:
        return `${r.pick(['说到底', '归根结底', '从根本上说', '事实证明'])}，${t()}${r.pick(['离不开', '靠的是', '考验的是'])}${t()}，${r.pick(['更离不开', '也需要', '还要靠'])}${who()}的${r.pick(['参与', '支持', '智慧', '汗水'])}。`;
      case 4:
        return `${r.pick(['对', '就'])}${t()}${r.pick(['而言', '来说'])}，${this.idiom()}${r.pick(['是前提', '是关键', '是底色', '是方法'])}，${this.verbPhrase(topic)}${r.pick(['是目标', '是路径', '是检验标准'])}。`;
      case 5:
        return `${r.pick(['多年来', '这些年', '从无到有'])}，${t()}${r.pick(['从', '由'])}${adj()}${r.pick(['走向', '迈向', '变得'])}${adj()}，${r.pick(['见证了', '折射出', '印证了'])}${this.nounPhrase(topic)}的${r.pick(['成长', '蝶变', '跨越', '进步'])}。`;
      case 6:
        return `${this.timeOpener()}，${n()}${r.pick(['名', '位', '余名'])}${who()}${v()}了${this.place()}的${t()}，${this.idiom()}。`;
      case 7: {
        const name = this.name();
        return `${who()}${name}${r.pick(['说', '告诉记者', '感慨'])}，${r.pick(['以前', '过去', '早些年'])}${t()}${r.pick(['是个难题', '让人头疼', '跟不上', '很不方便'])}，${r.pick(['现在', '如今', '这两年'])}${t()}${adj()}多了。`;
      }
      case 8:
        return `${this.place()}${t()}${adj()}，${t()}${adj()}，${who()}${this.idiom()}。`;
      case 9:
        return `${this.organisation()}${v()}${t()}${n()}${r.pick(UNITS)}，${v()}${t()}${n()}${r.pick(UNITS)}，${r.pick(['同比增长', '比上年增加', '较去年提高'])}${this.percent()}。`;
      case 10: {
        const name = this.name();
        return `${name}是${this.place()}的一名${who()}，${r.pick(['从事', '坚守', '扎根', '投身'])}${t()}${r.pick(['工作', '一线', '事业'])}已有${this.count(3, 36)}年。${r.pick(['在他看来', '在她看来', '用她的话说', '用他的话说'])}，${t()}${r.pick(['没有捷径', '贵在坚持', '要用心用情', '就是家里的事'])}。`;
      }
      case 11:
        return `在${this.organisation()}的帮助下，${who()}${this.name()}${v()}了${t()}，${r.pick(['还', '又', '并'])}${v()}了${t()}，${r.pick(['日子越过越红火', '收入翻了一番', '心里踏实多了', '干劲更足了'])}。`;
      case 12:
        return `活动现场，${who()}们${v()}${t()}，${r.pick(L.SCENES)}，${r.pick(['气氛', '场面', '现场'])}${adj()}。`;
      case 13:
        return `${r.pick(['据统计', '数据显示', '记者从' + this.organisation() + '获悉'])}，${this.year()}年${this.place()}${r.pick(['共', '累计', '新增'])}${v()}${t()}${n()}${r.pick(UNITS)}，${r.pick(['占全市', '占全省', '居全市'])}${r.pick([this.percent(), '首位', '第' + this.count(1, 9) + '位'])}。`;
      case 14:
        return `${this.company()}${r.pick(['车间里', '展厅里', '生产基地内', '实验室里'])}，${r.pick(['一批', '一台台', '一件件', '一箱箱'])}${t()}${r.pick(['正在下线', '整装待发', '接受检测', '陆续装车'])}，${r.pick(['将发往', '销往', '运往'])}${r.pick(L.CITIES)}${r.pick(['', '等地', '和海外市场'])}。`;
      case 15:
        return `${r.pick(['有了', '依托', '借助'])}${t()}，${this.village()}${r.pick(['的', ''])}${t()}${r.pick(['活了起来', '火了起来', '有了新模样', '走出了大山'])}，${who()}${r.pick(['在家门口', '足不出户', '一年四季'])}${r.pick(['就能增收', '就能就业', '就能办成事', '都有活干'])}。`;
      case 16: {
        const quoted = r.chance(0.5);
        return `${quoted ? '“' : ''}${t()}${r.pick(['做得好不好', '办得实不实', '成效如何'])}，${who()}${r.pick(['最有发言权', '说了算', '心里有杆秤'])}。${quoted ? '”' : ''}${this.official().role}${this.name()}${r.pick(['说', '表示', '坦言'])}。`;
      }
      case 17: {
        // Papers print lists of names (award winners, delegates): the long tail of the vocabulary.
        const names = Array.from({ length: r.int(2, 5) }, () => this.name()).join('、');
        return `${names}等${this.count(5, 60)}人${r.pick(['获评', '被评为', '入选'])}${this.year()}年度“${r.pick(['最美', '优秀', '十佳'])}${who()}”${r.pick(['称号', '名单', ''])}。`;
      }
      case 18: {
        const firms = Array.from({ length: r.int(2, 3) }, () => this.company()).join('、');
        return `${firms}等${this.count(3, 40)}家企业${r.pick(['入选', '上榜', '获评'])}${r.pick(['省级专精特新中小企业', '国家级高新技术企业', '省级绿色工厂', '市级成长型企业'])}${r.pick(['名单', ''])}。`;
      }
      case 19:
        return `${this.village()}${r.pick(['村民', '党员', '老支书', '返乡青年'])}${this.name()}${r.pick(['带头', '牵头', '主动'])}${v()}${t()}，${r.pick(['带动', '吸引', '帮助'])}${this.village()}、${this.village()}等周边村${this.count(10, 400)}户${who()}${r.pick(['增收', '就业', '参与进来'])}。`;
      case 20:
        return `${r.pick(['位于', '地处', '紧邻'])}${this.landmark()}${r.pick(['旁', '附近', '一侧', '的'])}${this.project()}${r.pick(['已完成主体工程', '进入内部装修阶段', '预计年底投用', '正式对外开放'])}，${this.landmark()}${r.pick(['至', '到', '与'])}${this.landmark()}${r.pick(['之间的', '的'])}${r.pick(['道路', '管网', '绿化带', '人行道'])}也同步${r.pick(['改造', '提升', '贯通'])}。`;
      case 21:
        return `“${this.brand()}”牌${r.pick(L.PRODUCTS)}${r.pick(['走进', '入驻', '亮相'])}${r.pick(L.CITIES)}${r.pick(['商超', '展会', '直播间', '机场'])}，${this.name()}${r.pick(['和', '与'])}${this.name()}${r.pick(['带着', '揣着'])}${r.pick(['样品', '订单', '合同'])}${r.pick(['连夜赶回', '跑遍了', '来到'])}${this.landmark()}。`;
      case 22:
        return `${this.landmark()}${r.pick(['片区', '周边', '一带'])}${r.pick(['老旧小区改造', '雨污分流', '管线入地', '立面整治'])}${r.pick(['完工', '启动', '过半'])}，${this.name()}${r.pick(['等居民', '等商户', '和邻居们', '一家'])}${r.pick(['拍手叫好', '终于等到了这一天', '自发送来锦旗'])}。`;
      default:
        return `${this.year()}年${r.int(1, 12)}月，${this.place()}${r.pick(['建成', '启用', '开放', '揭牌'])}${this.project()}，${r.pick(['总面积', '建筑面积', '占地'])}${this.count(200, 90000)}平方米，${r.pick(['可容纳', '能服务', '覆盖'])}${who()}${n()}${r.pick(['人', '名', '户'])}。`;
    }
  }

  private proseSentence(): string {
    const r = this.rng;
    const n = (): string => r.pick(L.NATURE);
    const a = (): string => r.pick(L.PROSE_ADJECTIVES);
    const who = (): string =>
      r.pick([
        '外婆',
        '父亲',
        '母亲',
        '爷爷',
        '奶奶',
        '老师',
        '邻居阿公',
        '儿时的伙伴',
        '村口的老人',
        '妹妹',
      ]);
    const m = (): string => r.pick(L.MEMORIES);
    const k = r.int(0, 19);
    switch (k) {
      case 10:
        return `${r.pick(['小时候', '那些年', '童年时'])}，${who()}${r.pick(['常带我', '总领着我', '会叫上我'])}${m()}，${r.pick(['回来时', '一路上', '歇脚时'])}，${r.pick(['衣襟上沾满了', '篮子里装着', '手心里攥着'])}${n()}${r.pick(['的气息', '的影子', ''])}。`;
      case 11:
        return `${this.name()}${r.pick(['是', '原是'])}${this.village()}${r.pick(['的老木匠', '的赤脚医生', '的代课老师', '的放映员', '的篾匠', '的邮递员'])}，${r.pick(['一辈子', '几十年', '大半生'])}${r.pick(['没离开过', '守着', '走遍了'])}${r.pick(['这片山', '那条溪', '这几个村'])}。`;
      case 12:
        return `${r.pick(IDIOMS)}之间，${r.pick(L.CULTURE)}${r.pick(['依旧', '仍旧', '还是'])}${r.pick(['静静地', '默默地', '稳稳地'])}${r.pick(['立在', '躺在', '守在'])}${this.landmark()}${r.pick(['旁', '边', '尽头'])}。`;
      case 13:
        return `${r.pick(['我', '我们'])}${r.pick(['坐在', '站在', '躺在'])}${n()}${r.pick(['下', '边', '旁'])}，${r.pick(['看', '听', '数'])}${n()}${r.pick(['一点点暗下去', '一阵阵响起来', '慢慢爬上山头', '从指缝间溜走'])}。`;
      case 14:
        return `${r.pick(['城里的', '异乡的', '远方的'])}${r.pick(['高楼', '霓虹', '车流', '喧嚣'])}${r.pick(['再', '纵然'])}${r.pick(['繁华', '热闹', '明亮'])}，${r.pick(['也比不上', '终究抵不过', '替代不了'])}${this.village()}${r.pick(['的', '那'])}${a()}${n()}。`;
      case 15:
        return `${r.pick(['那碗', '那口', '那盏', '那缕'])}${r.pick(L.PRODUCTS)}${r.pick(['的味道', '的香气', '的滋味'])}，${r.pick(['至今', '多年来', '一直'])}${r.pick(['留在舌尖', '萦绕心头', '藏在梦里'])}。`;
      case 16:
        return `${who()}${r.pick(['把', '将'])}${r.pick(DOMAINS.agriculture)}${r.pick(['看得比什么都重', '当成宝贝', '侍弄得井井有条'])}，${r.pick(['常念叨', '常说', '总说'])}${r.pick(IDIOMS)}。`;
      case 17:
        return `${r.pick(['每到', '一到', '又到'])}${r.pick(['清明', '立夏', '芒种', '白露', '霜降', '冬至', '腊月', '正月'])}，${this.village()}${r.pick(['家家户户', '男女老少', '左邻右舍'])}${r.pick(['都要', '便会', '总要'])}${m()}。`;
      case 18:
        return `${n()}${r.pick(['记得', '见证了', '收藏着'])}${who()}的${r.pick(['背影', '脚步', '叮咛', '笑声'])}，${n()}${r.pick(['记得', '见证了', '收藏着'])}我${r.pick(['的童年', '的离别', '的归来', '的心事'])}。`;
      case 19:
        return `${r.pick(['写下', '读到', '想到'])}${r.pick(['这里', '这些', '此处'])}，${r.pick(['窗外', '远处', '楼下'])}${r.pick(['又', '正', '忽然'])}${r.pick(['下起了', '飘来了', '传来了'])}${n()}${r.pick(['', '的声音', '的味道'])}。`;
      case 0:
        return `${a()}${n()}，${a()}${n()}，${r.pick(['那是', '这便是', '一如'])}${r.pick(['故乡', '童年', '旧时光', '山里的日子'])}最${r.pick(['动人', '温柔', '难忘', '朴素'])}的模样。`;
      case 1:
        return `我想起${who()}${r.pick(['在灶台边忙碌的身影', '挑着担子走过山路', '坐在门槛上剥豆子', '教我认字的那个午后', '在田埂上唤我回家'])}。`;
      case 2:
        return `${r.pick(['那年', '那一年', '记得有一年'])}${r.pick(['春天', '夏夜', '秋日', '冬晨', '清明', '端午', '中秋'])}，${this.village()}${r.pick(['的', '村口的', '后山的'])}${n()}${r.pick(['格外', '分外', '出奇地'])}${r.pick(['好看', '安静', '热闹', '清亮'])}。`;
      case 3:
        return `走在${r.pick(L.CULTURE)}的${r.pick(['石阶', '小路', '廊桥', '古道'])}上，${r.pick(['风', '雨', '阳光', '鸟鸣'])}${r.pick(['从', '穿过', '落在'])}${n()}${r.pick(['间', '上', '里'])}，${r.pick(['心也跟着静了下来', '仿佛时间都慢了', '让人忘了归途'])}。`;
      case 4:
        return `${r.pick(['人生', '日子', '岁月', '乡愁'])}${r.pick(['大抵', '或许', '原来'])}就是这样，${r.pick(['在不经意间', '一点一滴地', '悄无声息地'])}${r.pick(['写满了', '填满了', '改变了'])}${r.pick(['我们的心', '山村的模样', '每一个清晨'])}。`;
      case 5:
        return `${who()}${r.pick(['常说', '总说', '曾对我说'])}：“${r.pick(['做人要像', '日子要过得像', '心要像'])}${a()}${n()}一样。”`;
      case 6:
        return `${r.pick(['如今', '多年以后', '再回去时'])}，${this.village()}${r.pick(['修起了新路', '开起了民宿', '办起了共富工坊', '通上了公交'])}，${r.pick(['可我最惦记的', '我最怀念的', '让我停下脚步的'])}，仍是${a()}${n()}。`;
      case 7:
        return `${n()}${r.pick(['在', '于'])}${n()}${r.pick(['之间', '之上', '深处'])}，${r.pick(['我', '你', '他们'])}${r.pick(['在', '于'])}${r.pick(['光阴', '梦', '远方'])}${r.pick(['之中', '里头', '那头'])}。`;
      case 8:
        return `${r.pick(['谁能想到', '谁不曾记得', '有谁知道'])}，${r.pick(['一碗', '一盏', '一把', '一片'])}${r.pick(L.PRODUCTS)}${r.pick(['里', '中'])}藏着${r.pick(['几代人的手艺', '一座山的味道', '说不完的故事'])}？`;
      default:
        return r.chance(0.5)
          ? `${r.pick(['啊', '呵'])}，${a()}${n()}！`
          : `${r.pick(IDIOMS)}的${r.pick(['山村', '小城', '故园', '瓯江边'])}，${r.pick(IDIOMS)}的${r.pick(['人们', '日子', '时光'])}。`;
    }
  }

  /** A paragraph of `min`..`max` sentences. */
  paragraph(topic: Topic, min = 1, max = 4): string {
    const n = this.rng.int(min, max);
    let text = '';
    for (let i = 0; i < n; i++) text += this.sentence(topic);
    return text;
  }

  /** A sentence carrying hostile-looking markup, so downstream code proves it never renders HTML. */
  hostileSentence(): string {
    const r = this.rng;
    const payload = r.pick(HOSTILE);
    return r.pick([
      `网警提醒，不要点击含有${payload}这类代码的可疑链接。`,
      `有网友在留言区贴出${payload}，平台已及时处置。`,
      `培训课上，讲师演示了${payload}等常见攻击手法。`,
      `反诈民警说，短信里的${payload}多半是骗局。`,
    ]);
  }

  /** A headline for a news item (no sentence-final punctuation). */
  headline(topic: Topic): string {
    const r = this.rng;
    if (topic === 'prose') {
      const n = r.pick(L.NATURE);
      return r.pick([
        () => `又见${n}`,
        () => `${this.village().replace(/(自然村|行政村|社区)$/u, '村')}的${n}`,
        () =>
          `${r.pick(['外婆', '父亲', '母亲', '爷爷', '老屋', '故乡'])}的${r.pick(['灶台', '菜园', '老井', '竹椅', '茶园', '石磨', '木门', n])}`,
        () => `${r.pick(['春', '夏', '秋', '冬'])}${r.pick(['日', '夜', '晨', '雨'])}${n}`,
        () => `${r.pick(L.CULTURE)}${r.pick(['记', '随笔', '散记', '印象'])}`,
        () => `${r.pick(['听', '看', '念', '忆'])}${n}`,
      ])();
    }
    if (topic === 'commentary')
      return r.pick([
        `${r.pick(['打造', '建设', '构建'])}具有${r.pick(['澎湃活力', '鲜明特色', '强大竞争力', '独特魅力'])}的${this.nounPhrase(topic)}`,
        `以${r.pick(['奋力一搏', '实干担当', '改革创新', '久久为功'])}${r.pick(['实现', '推动', '赢得'])}${this.nounPhrase(topic)}`,
        `${this.verbPhrase(topic)}`,
        `${r.pick(['让', '使'])}${this.nounPhrase(topic)}${r.pick(['成为', '变成'])}${r.pick(['金名片', '新引擎', '硬支撑', '活力源'])}`,
      ]);
    const k = r.int(0, 7);
    if (k === 0) return `${r.pick(L.COUNTIES)}${r.pick(L.VERBS)}${this.nounPhrase(topic)}`;
    if (k === 1) return `${this.place()}${this.nounPhrase(topic)}${r.pick(L.RESULTS)}`;
    if (k === 2)
      return `${this.count(3, 80)}个${this.nounPhrase(topic)}项目集中${r.pick(['开工', '签约', '竣工', '投产'])}`;
    if (k === 3)
      return `${this.organisation()}召开${r.pick(['党组会议', '专题会议', '推进会', '座谈会', '第' + this.count(10, 120) + '次常务会议'])}`;
    if (k === 4)
      return `${r.pick(L.COUNTIES)}${r.pick(['正式推出', '率先试点', '上线', '启动'])} ${this.nounPhrase(topic)}`;
    if (k === 5) return `${r.pick(L.COUNTIES)}：${this.verbPhrase(topic)}`;
    if (k === 6)
      return `${this.nounPhrase(topic)} ${r.pick(L.COUNTIES)}模式亮相${r.pick(['全国', '全省', '长三角'])}${r.pick(['座谈会', '论坛', '博览会'])}`;
    return `${this.verbPhrase(topic)}`;
  }

  /** A kicker 引题 printed above a headline. */
  kicker(topic: Topic): string {
    const r = this.rng;
    return r.pick([
      () => this.verbPhrase(topic),
      () => `${r.pick(L.METRICS)}${r.pick(['增长', '降低', '突破', '达到'])}${this.money()}`,
      () =>
        `${this.timeOpener()}${r.pick(['已', '累计'])}${r.pick(['完成', '建成', '帮扶'])}${this.count(2, 300)}${r.pick(['个', '户', '家', '万人次'])}`,
      () =>
        `${r.pick(L.MEETINGS)}${r.pick(['代表委员', '精神', '部署'])}${r.pick(['在基层', '进行时', '落地见效'])}`,
    ])();
  }

  /** A subtitle 副题 printed below a headline. */
  subtitle(topic: Topic, interview: boolean): string {
    const r = this.rng;
    if (interview)
      return `访${r.pick(['全国人大代表', '省人大代表', '全国政协委员', '市政协委员', '省劳动模范', ''])}${this.name()}`;
    if (topic === 'commentary') return `${r.pick(L.SERIES_ORDINALS)}论贯彻落实${r.pick(L.MEETINGS)}精神`;
    return r.pick([
      () => `——${this.place()}${this.verbPhrase(topic)}纪实`,
      () => `记${this.village()}${r.pick(['党支部书记', '驻村干部', '返乡青年', '种粮大户'])}${this.name()}`,
      () => `${this.place()}${this.nounPhrase(topic)}调查`,
    ])();
  }

  /** An in-article subheading 小标题 (再造平台优势 在二次创业中取得新成就). */
  subheading(topic: Topic): string {
    const r = this.rng;
    return r.pick([
      () => `${r.pick(L.VERBS)}${this.nounPhrase(topic)} 在${this.nounPhrase(topic)}中${r.pick(L.RESULTS)}`,
      () => `${this.nounPhrase(topic)}${r.pick(L.RESULTS)}`,
      () =>
        `${r.pick(['凝视', '俯视', '回望', '展望', '聚焦'])}${r.pick(['前进方向', '脚下道路', '来时之路', '未来图景'])}`,
      () => `${r.pick(['一', '二', '三', '四'])}、${this.verbPhrase(topic)}`,
    ])();
  }

  /** A column banner 栏目 (诚信丽水). */
  column(): string {
    return this.rng.pick(L.COLUMNS);
  }

  /** The date written in a dateline: the day before the issue, as 1月18日. */
  datelineDay(): string {
    return `${this.date.month}月${Math.max(1, this.date.day - 1)}日`;
  }
}
