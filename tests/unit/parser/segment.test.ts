// Page habits, seen through the whole pipeline because segmentation is where they are decided.
// Each page is short, written in the setting habits of the seed or of other papers.
import { describe, expect, it } from 'vitest';
import { parsePage } from '@/lib/parser/parse-page';

const page = (...blocks: string[]) => parsePage(blocks.join('\n\n'));

describe('segment: articles and fragments', () => {
  it('reads a full-width credit after 本报讯 as the byline', () => {
    const [article] = page(
      '我市召开安全生产会议',
      '本报讯（记者 张三 通讯员 李四）昨日，我市召开安全生产会议。',
    ).articles;
    expect(article).toMatchObject({
      title: '我市召开安全生产会议',
      byline: '本报讯（记者 张三 通讯员 李四）',
      authors: [
        { name: '张三', role: '记者' },
        { name: '李四', role: '通讯员' },
      ],
      dateline: '本报讯',
      kind: '消息',
    });
  });

  it('reads a filed-from dateline 本报北京1月18日电（记者 张三）', () => {
    const [article] = page(
      '代表委员热议政府工作报告',
      '本报北京1月18日电（记者 张三）今天上午，代表委员热议报告。',
    ).articles;
    expect([article?.dateline, article?.byline, article?.kind]).toEqual([
      '本报北京1月18日电',
      '本报北京1月18日电（记者 张三）',
      '消息',
    ]);
  });

  it('reads a wire dateline 新华社北京3月4日电 without a credit', () => {
    const [article] = page(
      '全国政协十四届一次会议开幕',
      '新华社北京3月4日电 全国政协十四届一次会议4日下午开幕。',
    ).articles;
    expect([article?.dateline, article?.byline, article?.authors, article?.kind]).toEqual([
      '新华社北京3月4日电',
      null,
      [],
      '消息',
    ]);
  });

  it('reads a title printed over two lines as one title', () => {
    const [article] = parsePage(
      '迈向现代化生态经济\n发展新型轨道\n\n本报记者 叶江\n\n生态工业是重点。',
    ).articles;
    expect(article?.title).toBe('迈向现代化生态经济发展新型轨道');
  });

  it('reads a byline on a block of its own (记者 濮小燕)', () => {
    const [article] = page('春到瓯江畔', '记者 濮小燕', '连日来，瓯江两岸春意盎然。').articles;
    expect([article?.byline, article?.authors]).toEqual(['记者 濮小燕', [{ name: '濮小燕', role: '记者' }]]);
  });

  it('keeps a photo caption printed inside an article in its body, without ending it', () => {
    const parsed = page(
      '春到瓯江畔',
      '记者 濮小燕',
      '连日来，瓯江两岸春意盎然。',
      '游客在瓯江边赏花。受访者供图',
      '市民纷纷走出家门踏青。',
    );
    expect(parsed.articles[0]?.body.map((b) => b.text)).toEqual([
      '连日来，瓯江两岸春意盎然。',
      '游客在瓯江边赏花。受访者供图',
      '市民纷纷走出家门踏青。',
    ]);
    expect(parsed.fragments).toEqual([]);
  });

  it('keeps a caption outside every article as a fragment', () => {
    const parsed = page('游客在瓯江边赏花。受访者供图', '春到瓯江畔', '连日来，瓯江两岸春意盎然。');
    expect(parsed.fragments.map((f) => f.text)).toEqual(['游客在瓯江边赏花。受访者供图']);
  });

  it('ends a reprint at its 据新华社 trailer, kept as its last line', () => {
    const parsed = page(
      '国务院部署稳就业工作',
      '国务院常务会议日前召开，部署稳就业工作。',
      '据新华社',
      '我市举行春季招聘会',
      '本报讯（记者 王五）昨日，我市举行春季招聘会。',
    );
    expect(parsed.articles.map((a) => [a.title, a.body.at(-1)?.text])).toEqual([
      ['国务院部署稳就业工作', '据新华社'],
      ['我市举行春季招聘会', '本报讯（记者 王五）昨日，我市举行春季招聘会。'],
    ]);
  });

  it('splits a page of many short items into one article each', () => {
    const items = ['莲都', '青田', '缙云', '遂昌', '松阳', '云和'].flatMap((county, i) => [
      `${county}举办第${i + 1}届农民丰收节`,
      `本报讯（通讯员 张${'一二三四五六'[i]}华）日前，${county}举办农民丰收节。`,
    ]);
    const parsed = page(...items);
    expect(parsed.articles.map((a) => a.title)).toEqual(items.filter((_, i) => i % 2 === 0));
    expect(parsed.articles.every((a) => a.kind === '消息' && a.body.length === 1)).toBe(true);
    expect(parsed.fragments).toEqual([]);
  });

  it('reads (上接第一版) at the top of an article as continuedFrom and not as a lost opening', () => {
    const [article] = page(
      '迈向现代化生态经济发展新型轨道',
      '(上接第一版)',
      '的“最强大脑”，已然成为产学研核心。',
    ).articles;
    expect([article?.continuedFrom, article?.openingMissing, article?.body.length]).toEqual([1, false, 1]);
  });

  it('reads (下转第七版) after a body cut mid-sentence as continuedOn', () => {
    const [article] = page(
      '迈向现代化生态经济发展新型轨道',
      '本报记者 叶江',
      '全市工业增加值年均增长8.0%。',
      '培育壮大高端装备制造产业、时尚产业以及',
      '(下转第七版)',
    ).articles;
    expect([article?.continuedOn, article?.body.at(-1)?.text]).toEqual([
      7,
      '培育壮大高端装备制造产业、时尚产业以及',
    ]);
  });

  it('keeps a page with no recognisable headline as fragments, nothing dropped', () => {
    const text =
      '据介绍，诚信履行贷是创新推出的信贷产品。\n\n市法院党组成员表示，诚信履行贷体现了对诚信的尊重。';
    const parsed = parsePage(text);
    expect(parsed.articles).toEqual([]);
    expect(parsed.fragments).toEqual([
      {
        text: '据介绍，诚信履行贷是创新推出的信贷产品。\n市法院党组成员表示，诚信履行贷体现了对诚信的尊重。',
        lines: { start: 1, end: 3 },
      },
    ]);
  });

  it('gives a column banner standing after a body to the article it follows (the seed convention)', () => {
    const parsed = page(
      '丽水正式推出 诚信履行贷',
      '本报讯（记者 郭真）昨日，诚信履行贷签约。',
      '诚信丽水',
      '打造新增长极',
      '四论贯彻落实市第五次党代会精神',
      '本报评论员',
      '市第五次党代会鲜明提出，要打造新增长极。',
    );
    expect(parsed.articles.map((a) => [a.column, a.title, a.subtitle, a.kind])).toEqual([
      ['诚信丽水', '丽水正式推出 诚信履行贷', null, '消息'],
      [null, '打造新增长极', '四论贯彻落实市第五次党代会精神', '评论'],
    ]);
  });

  it('reads a short tag over a single title as its kicker, at the page top or after an article', () => {
    const parsed = page(
      '诚信丽水',
      '丽水正式推出 诚信履行贷',
      '本报讯（记者 郭真）昨日，诚信履行贷签约。',
      '信用丽水',
      '打造新增长极',
      '本报评论员',
      // (A kicker's words come back in its story; a tag that names nothing in it is a column: column-tags.ts.)
      '市第五次党代会鲜明提出，要以信用丽水建设打造新增长极。',
    );
    expect(parsed.articles.map((a) => [a.column, a.kicker, a.title])).toEqual([
      [null, '诚信丽水', '丽水正式推出 诚信履行贷'],
      [null, '信用丽水', '打造新增长极'],
    ]);
  });

  it('gives a banner closing the page to the last article', () => {
    const parsed = page(
      '以奋力一搏实现惊人一跃',
      '莲都区委书记 张壮雄',
      '风正好扬帆，奋斗正当时。',
      '永做“挺进师”建设新丽水——学习贯彻市第五次党代会精神',
    );
    expect(parsed.articles.map((a) => [a.column, a.kind])).toEqual([
      ['永做“挺进师”建设新丽水——学习贯彻市第五次党代会精神', '署名文章'],
    ]);
    expect(parsed.fragments).toEqual([]);
  });

  // A lone headline after a staff-bylined feature is a subheading, unless the text under it runs
  // into a source trailer: then it is a reprint's title (a reprint prints no byline of its own).
  it.each([
    [
      'a 据新华社 trailer under it: a reprint after the feature',
      ['合力做大长效机制', '围绕图书馆、老年大学等重点领域，该院把游客中心作为头号工程。', '据新华社'],
      ['迈向现代化生态经济发展新型轨道', '合力做大长效机制'],
    ],
    [
      'a bracketed （据《人民日报》） trailer after two paragraphs',
      [
        '莲都：大力深化改革',
        '会上，要为松阳安全生产提供要素保障。',
        '从无到有，生态补偿由良好变为优秀。',
        '（据《人民日报》）',
      ],
      ['迈向现代化生态经济发展新型轨道', '莲都：大力深化改革'],
    ],
    [
      'no trailer: the feature goes on under its subheading',
      ['再造平台优势 在二次创业中取得新成就', '生态工业高质量发展是重点。'],
      ['迈向现代化生态经济发展新型轨道'],
    ],
    [
      '（完） closes the feature itself, not a reprint',
      ['再造平台优势 在二次创业中取得新成就', '生态工业高质量发展是重点。', '（完）'],
      ['迈向现代化生态经济发展新型轨道'],
    ],
  ])('after a bylined feature, %s', (_, tail, titles) => {
    const parsed = page('迈向现代化生态经济发展新型轨道', '本报记者 叶江', '富裕美好社会山区样板。', ...tail);
    expect(parsed.articles.map((a) => a.title)).toEqual(titles);
  });

  // 副刊: a title, the writer's byline on its own line (a bare name, `□ 朱焱` or `文/张三`), then prose
  // whose first paragraph may be cut by a column break after a comma.
  it.each([
    ['朱焱', '朱焱'],
    ['□ 朱焱', '朱焱'],
    ['文/张三', '张三'],
  ])('reads the essay byline %s over a cut first paragraph', (byline, name) => {
    const parsed = page(
      '徐岭村的桥',
      byline,
      '白德原是芳峰行政村的老木匠，一辈子守着这',
      '片山。那碗青田田鱼的滋味，一直留在舌尖。',
      '又到腊月，村里男女老少都要赶集。',
    );
    expect(parsed.articles).toHaveLength(1);
    expect(parsed.articles[0]).toMatchObject({
      title: '徐岭村的桥',
      column: null,
      authors: [{ name, role: '作者' }],
    });
    expect(parsed.articles[0]?.body[0]?.text).toBe(
      '白德原是芳峰行政村的老木匠，一辈子守着这片山。那碗青田田鱼的滋味，一直留在舌尖。',
    );
  });

  it.each([
    [
      'the rest of a front-page story (上接第一版) keeps its subheadings',
      ['凝视前进方向', '据统计，2016年大柘镇累计维修铜牌1598台，占全省19.9%。'],
      ['丽水生态工业跑出加速度'],
    ],
    [
      'but a reprint after it (its text runs into 据新华社) is the next article',
      ['合力做大长效机制', '围绕图书馆、老年大学等重点领域，该院把游客中心作为头号工程。', '据新华社'],
      ['丽水生态工业跑出加速度', '合力做大长效机制'],
    ],
  ])('%s', (_, tail, titles) => {
    const parsed = page(
      '丽水生态工业跑出加速度',
      '（上接第一版）',
      '丽水某生物医药科技有限公司车间里，一批越野跑整装待发，销往长沙。',
      ...tail,
    );
    expect(parsed.articles.map((a) => a.title)).toEqual(titles);
    expect(parsed.articles[0]?.continuedFrom).toBe(1);
  });

  it('keeps a subheading in a writer-bylined essay that a source trailer closes (the essay was reprinted whole)', () => {
    const parsed = page(
      '又见油菜花',
      '□ 朱焱',
      '那一年春天，我回到了老家。',
      '田埂上的母亲',
      '母亲总说，心要像油菜花一样。',
      '（据《光明日报》）',
    );
    expect(parsed.articles.map((a) => a.title)).toEqual(['又见油菜花']);
    expect(parsed.articles[0]?.body.map((b) => b.type)).toEqual([
      'paragraph',
      'subheading',
      'paragraph',
      'paragraph',
    ]);
  });

  it('reads a subheading inside a bylined feature, and a lone headline after a news item as the next article', () => {
    const feature = page(
      '迈向现代化生态经济发展新型轨道',
      '本报记者 叶江',
      '富裕美好社会山区样板。',
      '再造平台优势 在二次创业中取得新成就',
      '生态工业高质量发展是重点。',
    );
    expect(feature.articles[0]?.body.map((b) => b.type)).toEqual(['paragraph', 'subheading', 'paragraph']);
    const news = page(
      '市政府召开常务会议',
      '本报讯（记者 叶江）昨日，市政府召开常务会议。',
      '松阳夯实城乡对口支援',
      '有条不紊，开拓进取。',
    );
    expect(news.articles.map((a) => a.title)).toEqual(['市政府召开常务会议', '松阳夯实城乡对口支援']);
  });

  it('reads a bare name under a headline as the writer (副刊)', () => {
    const [article] = page('那些金灿灿的日子', '朱焱', '小时候，外婆家门前有一片稻田。').articles;
    expect([article?.title, article?.byline, article?.authors]).toEqual([
      '那些金灿灿的日子',
      '朱焱',
      [{ name: '朱焱', role: '作者' }],
    ]);
  });

  it('keeps a dateline item that lost its headline as a fragment after the previous article', () => {
    const parsed = page(
      '市政府召开常务会议',
      '本报讯（记者 叶江）昨日，市政府召开常务会议。',
      '本报讯（记者 张三）日前，我市举行招聘会。',
    );
    expect(parsed.articles).toHaveLength(1);
    expect(parsed.fragments.map((f) => f.text)).toEqual(['本报讯（记者 张三）日前，我市举行招聘会。']);
  });

  it('segments a page set one line per paragraph with 　　 indents and no blank lines', () => {
    const text = [
      '　　代表委员热议政府工作报告',
      '　　——访全国人大代表钟海燕',
      '　　本报记者　张三　李四',
      '　　3月5日，十四届全国人大一次会议开幕。“报告实事求是。”钟海燕说。',
      '　　一、稳字当头',
      '　　报告提出，国内生产总值增长5%左右。',
      '　　（本报北京3月5日电）',
      '　　图为会议现场。新华社记者　王五　摄',
      '　　责任编辑：赵六',
    ].join('\n');
    const parsed = parsePage(text);
    expect(parsed.articles.map((a) => [a.title, a.subtitle, a.byline, a.dateline, a.kind])).toEqual([
      [
        '代表委员热议政府工作报告',
        '——访全国人大代表钟海燕',
        '本报记者 张三 李四',
        '本报北京3月5日电',
        '访谈',
      ],
    ]);
    expect(parsed.articles[0]?.body.map((b) => b.type)).toEqual([
      'paragraph',
      'subheading',
      'paragraph',
      'paragraph',
    ]);
    // The caption is text readers see; the desk line is page furniture: never one fragment.
    expect(parsed.fragments.map((f) => f.text)).toEqual([
      '图为会议现场。新华社记者 王五 摄',
      '责任编辑：赵六',
    ]);
  });

  it('reports the 1-based source lines of each article', () => {
    const parsed = parsePage('\n\n标题一\n\n本报讯 第一条。\n\n标题二\n\n本报讯 第二条。');
    expect(parsed.articles.map((a) => a.lines)).toEqual([
      { start: 3, end: 5 },
      { start: 7, end: 9 },
    ]);
  });
});
