// Invented pages that broke the parser's rules once (tests/fixtures/parser-breaks/README.md): the
// articles an editor expects, by title, and that nothing is lost.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePage } from '@/lib/parser/parse-page';

const DIR = path.join(__dirname, '../../fixtures/parser-breaks');

const EXPECTED: [file: string, titles: string[], why: string][] = [
  [
    '01-unsigned-items',
    ['缙云烧饼节下月开幕', '松阳老街夜市开张', '云和梯田开始灌水', '庆元香菇市场回暖'],
    'short unsigned items are no feature in parts',
  ],
  [
    '02-editors-note',
    ['山海携手二十年 共富路上结硕果', '莲都区开展防汛应急演练', '龙泉青瓷亮相文博会'],
    'a note over a signed story folds nothing',
  ],
  [
    '04-brief-box',
    ['简讯', '缙云县启动城乡公交一体化改革'],
    'a full signed story after a box of briefs is its own',
  ],
  ['05-brief-box2', ['资讯速递', '我市出台人才新政十条'], 'a datelined story of four paragraphs is no brief'],
  ['06-quantity-title', ['老屋', '1983年'], 'a figure-shaped title over a byline is a title'],
  ['07-quantity-title2', ['我市启动夏季治安巡防', '300天'], 'a figure-shaped title over a byline is a title'],
  [
    '08-colon-then-stack',
    ['我市发布夏季用电提示', '全市干部群众热议市委全会精神'],
    'a list after a colon stops at the next headline',
  ],
  [
    '09-colon-then-stack2',
    ['我市发布夏季用电提示', '全市干部群众热议市委全会精神'],
    'a headline with a dash subtitle is no verse',
  ],
  [
    '10-poem-page',
    ['瓯江春晓（外一首）', '春天的信'],
    'verse lines under a poet’s byline are the poem’s text',
  ],
  [
    '12-salutation-headline2',
    ['我市迎来今年首个高温日', '消防员：高温下的坚守'],
    '致敬…们！ is a kicker, not a salutation',
  ],
  [
    '13-box-label-column',
    ['我市城中村改造三年行动启动', '城中村改造，难在哪里'],
    'a box label over a signed piece is its column',
  ],
  [
    '14-short-comment',
    ['我市公布首批"放心消费示范街"', '让放心消费成为城市名片'],
    'a commentary under 短评 keeps its byline',
  ],
  ['15-link-separate', ['丽水机场正式通航', '机场大巴线路开通'], 'a datelined item under 链接 is its own'],
  [
    '18-quantity-dated',
    ['我市启动夏季治安巡防', '2000万'],
    'a figure-shaped title over a dateline is a title',
  ],
  [
    '20-note-unsigned-article',
    ['一张蓝图绘到底', '中小学暑期托管服务启动'],
    'a note with text of its own is no package',
  ],
  [
    '22-positive2',
    ['在全市优化营商环境大会上的讲话', '我市市场主体突破百万户'],
    'figures and a 记者手记 box stay in their report',
  ],
  [
    '23-untitled-box',
    ['县域速览', '城北新建两座口袋公园', '简讯'],
    'a titled story after untitled ■ briefs ends their box',
  ],
  [
    '24-box-then-story',
    ['简讯', '城东片区污水管网改造完工', '乡镇动态', '市区今年将改造老旧小区三十个'],
    'a story crediting its reporters first ends a box of briefs credited last',
  ],
  [
    '25-notices-signed',
    ['青禾县人民政府关于龙溪流域禁渔期的通告', '松川县第二人民医院招聘启事', '遗失声明'],
    'a notice keeps its signer and date',
  ],
  [
    '26-appeals-signed',
    ['致全市广大市民的一封信', '我市启动汛期安全大检查', '倡议书', '青禾县开展文明出行劝导活动'],
    'an appeal keeps its signers and date',
  ],
  [
    '27-letters',
    ['小区门口的路灯何时能亮', '记者追踪：路灯已修复', '感谢你们，救了我父亲的命'],
    'a column banner printed again heads the next letter; a salutation opens its text',
  ],
  [
    '28-photo-captions',
    ['古村新绿', '“田间课堂”开进油菜地', '溪畔龙舟备赛忙', '夜市烟火气'],
    'a caption wrapped after a comma is one caption',
  ],
  [
    '29-front-page-boxes',
    ['青禾县首批“共富工坊”全部投产', '市区新增六条公交微循环线路', '全市春季造林任务提前完成'],
    'the contents box, the weather and the serial numbers are furniture',
  ],
  [
    '31-credits',
    [
      '青禾县实现村级光伏电站全覆盖',
      '松川“山里人家”民宿集群入选省级名单',
      '“百岁老人”的长寿秘诀',
      '我市举办首届“瓯江杯”少儿书画大赛',
    ],
    'a running head with desk credits is furniture; 文/图 over a staff byline is a byline',
  ],
  ['32-diary', ['一个山村的二十年', '松川茶农的“新农具”'], 'a diary’s date lines head its entries'],
  [
    '33-county-page',
    [
      '“一碗面”撬动一个产业',
      '白岩村：老屋变身“共享书房”',
      '“这条路，我们盼了十年！”',
      '石门乡：新建桥梁通车',
    ],
    'a box label stays apart from its text; a quoted exclamation over a dateline is a title',
  ],
  [
    '34-service-tables',
    ['未来三天天气', '本周市区主要农贸市场菜价', '一季度各县（市、区）地区生产总值', '五月起这些新规将施行'],
    'rows of a flattened table are text under the table’s title',
  ],
  [
    '35-sports-lists',
    ['市运会篮球赛落幕 青禾队夺冠', '五百余名跑者竞逐古堰画乡', '本周赛事预告'],
    'a list after a colon line is text; its items are set alike',
  ],
  [
    '36-front-short-comment',
    ['全力冲刺四季度 确保全年目标圆满完成', '我市获评全国文明城市提名城市', '文明城市 人人都是主角'],
    '短评 over a title and text signed at its end is a piece of its own',
  ],
  [
    '37-interview-subtitle',
    ['前10月全市规上工业增加值增长8.2%', '小微企业“贷”动发展', '栝州香菇首次出口中东'],
    'a dash-led interview line is the subtitle, the staff line under it the byline',
  ],
  [
    '38-health-question',
    ['入冬后血压波动大 怎么办？', '流感高发季 这些人要优先接种疫苗'],
    'a question under a column’s name is the title',
  ],
];

// Letters and digits, counted with multiplicity (markers and whitespace aside), as the evaluation counts them.
function letters(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ch of text.normalize('NFKC'))
    if (/[\p{L}\p{N}]/u.test(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return counts;
}

describe('invented pages that once broke the parser', () => {
  it.each(EXPECTED)('%s: %j (%s)', (file, titles) => {
    const source = readFileSync(path.join(DIR, `${file}.txt`), 'utf8');
    const page = parsePage(source);
    expect(page.articles.map((article) => article.title)).toEqual(titles);
    const output = letters(JSON.stringify(page));
    // Continuation markers become `continuedOn` / `continuedFrom` numbers.
    const printed = source.replace(/[(（](?:下转|上接)[^)）]*[)）]/g, '');
    for (const [ch, count] of letters(printed)) expect(output.get(ch) ?? 0).toBeGreaterThanOrEqual(count);
  });

  it('ends a notice with its sign-off: signer and date are its last paragraphs', () => {
    const page = parsePage(readFileSync(path.join(DIR, '25-notices-signed.txt'), 'utf8'));
    expect(page.articles[0]?.body.slice(-2).map((block) => block.text)).toEqual([
      '青禾县人民政府',
      '2024年5月6日',
    ]);
    expect(page.articles[1]?.body.slice(-3).map((block) => block.text)).toEqual([
      '联系电话：0578-8123456 联系人：徐老师',
      '松川县第二人民医院',
      '2024年5月7日',
    ]);
  });

  it('keeps the paper’s promotions out of the headlines', () => {
    const page = parsePage(readFileSync(path.join(DIR, '30-promotions.txt'), 'utf8'));
    const fragments = page.fragments.map((fragment) => fragment.text);
    expect(fragments).toContain('扫码关注“丽水日报”微信公众号获取更多本地资讯');
    expect(page.articles.map((article) => article.kicker)).not.toContain('扫码关注“丽水日报”微信公众号');
  });

  it('keeps a diary’s date lines and a box label apart from the text under them', () => {
    const diary = parsePage(readFileSync(path.join(DIR, '32-diary.txt'), 'utf8'));
    expect(
      diary.articles[0]?.body.filter((block) => block.type === 'subheading').map((block) => block.text),
    ).toEqual(['5月3日 晴', '5月4日 小雨']);
    expect(diary.fragments.map((fragment) => fragment.text)).toContain('本版图片由记者 周原 摄');
    const county = parsePage(readFileSync(path.join(DIR, '33-county-page.txt'), 'utf8'));
    const texts = county.articles.flatMap((article) => article.body.map((block) => block.text));
    expect(texts).toContain('相关链接');
  });

  it('reads column names, signatures and interview subtitles of a city paper', () => {
    const front = parsePage(readFileSync(path.join(DIR, '36-front-short-comment.txt'), 'utf8'));
    expect(front.articles[2]).toMatchObject({ column: '短评', kicker: null, byline: '晓川' });
    const economy = parsePage(readFileSync(path.join(DIR, '37-interview-subtitle.txt'), 'utf8'));
    expect(economy.articles[1]).toMatchObject({
      subtitle: '——访市金融办主任 潘文涛',
      byline: '本报记者 徐航',
    });
    const health = parsePage(readFileSync(path.join(DIR, '38-health-question.txt'), 'utf8'));
    expect(health.articles[0]).toMatchObject({ column: '名医坐诊', kicker: null });
  });

  it('keeps each verse line of a poem a paragraph of its own', () => {
    const page = parsePage(readFileSync(path.join(DIR, '10-poem-page.txt'), 'utf8'));
    expect(page.articles[1]?.body.map((block) => block.text)).toEqual([
      '我把信写给三月',
      '邮票是一片新叶',
      '地址写在',
      '溪水拐弯的地方',
    ]);
  });

  it('joins sentences cut after a verb that needs its object (成为, 认为, 作为) and after an adverb', () => {
    const page = parsePage(readFileSync(path.join(DIR, '19-junctions.txt'), 'utf8'));
    const texts = page.articles.flatMap((article) => article.body.map((block) => block.text));
    expect(texts.some((text) => text.includes('将成为全省首个'))).toBe(true);
    expect(page.articles[0]?.body.filter((block) => block.type === 'subheading')).toEqual([]);
  });
});
