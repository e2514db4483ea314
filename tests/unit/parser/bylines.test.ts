import { describe, expect, it } from 'vitest';
import {
  parseByline,
  parseDateline,
  parseOfficialByline,
  parseStaffByline,
  parseWriterByline,
  parseWriterLine,
} from '@/lib/parser/bylines';
import { isFurniture } from '@/lib/parser/classify';

describe('parseStaffByline', () => {
  it.each([
    ['本报记者 叶江', [['叶江', '记者']]], // the seed's feature byline
    ['记者 濮小燕', [['濮小燕', '记者']]], // another paper: a byline block without 本报
    [
      '本报记者 姚迪 汪峰立',
      [
        ['姚迪', '记者'],
        ['汪峰立', '记者'],
      ],
    ], // two reporters
    [
      '记者 郭真 通讯员庄啸',
      [
        ['郭真', '记者'],
        ['庄啸', '通讯员'],
      ],
    ], // name glued to 通讯员
    ['本报评论员', [['本报评论员', '评论员']]], // the paper's own voice is credited by its role
    ['（记者 张三）', [['张三', '记者']]], // full-width brackets
    [
      '新华社记者 王五、赵六',
      [
        ['王五', '记者'],
        ['赵六', '记者'],
      ],
    ], // wire byline with 、
    ['本报记者 阿依·木拉提', [['阿依·木拉提', '记者']]], // transliterated name with a middle dot
  ])('reads %s', (text, authors) => {
    expect(parseStaffByline(text)?.authors.map((a) => [a.name, a.role])).toEqual(authors);
  });

  it.each([
    ['记者手记'], // a column name, not a credit
    ['记者节里的记者们'], // a headline
    ['本报记者 叶江报道称，会议召开。'], // text
    ['市政府召开党组会议'], // a headline without any role
  ])('rejects %s', (text) => {
    expect(parseStaffByline(text)).toBeNull();
  });
});

describe('parseOfficialByline', () => {
  it.each([
    ['丽水市委常委、莲都区委书记 张壮雄', '张壮雄', '丽水市委常委、莲都区委书记'], // the seed's 署名文章
    ['青田县县长 方迪庆', '方迪庆', '青田县县长'], // a county head
    ['全国人大代表 钟海燕', '钟海燕', '全国人大代表'], // a deputy
  ])('reads %s', (text, name, role) => {
    expect(parseOfficialByline(text)).toEqual({ text, authors: [{ name, role }], official: true });
  });

  it.each([
    ['丽水正式推出 诚信履行贷'], // a headline with a space: no office title
    ['再造平台优势 在二次创业中取得新成就'], // a subheading
  ])('rejects %s', (text) => {
    expect(parseOfficialByline(text)).toBeNull();
  });
});

describe('parseWriterByline', () => {
  it.each([
    ['□ 朱焱', [['朱焱', '作者']]], // 副刊 ornament before the writer's name
    ['文/张三', [['张三', '作者']]], // 文/ credit
    [
      '文/张三 图/李四',
      [
        ['张三', '作者'],
        ['李四', '摄影'],
      ],
    ], // words and pictures
  ])('reads %s', (text, authors) => {
    expect(parseWriterByline(text)?.authors.map((a) => [a.name, a.role])).toEqual(authors);
  });

  it('is tried by parseByline after staff bylines', () => {
    expect(parseByline('□ 朱焱')?.authors).toEqual([{ name: '朱焱', role: '作者' }]);
  });
});

describe('parseDateline', () => {
  it.each([
    // the seed: dateline 本报讯, byline with the bracket as printed
    [
      '本报讯(记者 郭真 通讯员庄啸)作为推进丽水…',
      '本报讯',
      '本报讯(记者 郭真 通讯员庄啸)',
      [
        ['郭真', '记者'],
        ['庄啸', '通讯员'],
      ],
    ],
    // another paper: a filed-from dateline with full-width brackets
    [
      '本报北京1月18日电（记者 张三）全国两会…',
      '本报北京1月18日电',
      '本报北京1月18日电（记者 张三）',
      [['张三', '记者']],
    ],
    // a wire dateline without credit
    ['新华社北京3月4日电 十四届全国人大…', '新华社北京3月4日电', null, []],
    // a space before the credit
    [
      '新华社杭州3月4日电 （记者 王五）',
      '新华社杭州3月4日电',
      '新华社杭州3月4日电 （记者 王五）',
      [['王五', '记者']],
    ],
    // Chinese numerals in the date
    ['中新社上海三月五日电 记者获悉…', '中新社上海三月五日电', null, []],
    // another paper's own dateline
    ['浙江日报讯（记者 李四）昨天…', '浙江日报讯', '浙江日报讯（记者 李四）', [['李四', '记者']]],
  ])('reads the dateline of %s', (text, dateline, byline, authors) => {
    const parsed = parseDateline(text);
    expect(parsed?.dateline).toBe(dateline);
    expect(parsed?.byline).toBe(byline);
    expect(parsed?.authors.map((a) => [a.name, a.role])).toEqual(authors);
  });

  it.each([
    ['据介绍,诚信履行贷是…'], // an ordinary paragraph
    ['本报记者 叶江'], // a byline is not a dateline
    ['资讯：本周天气晴好。'], // 讯 elsewhere
  ])('finds no dateline in %s', (text) => {
    expect(parseDateline(text)).toBeNull();
  });
});

// Rare characters in names (issue 10, kind 5): name rules use \p{Script=Han}, so every CJK
// extension counts, astral ones included, and an ideographic variation selector may follow.
describe('names with rare characters', () => {
  it.each([
    ['本报记者 王䶮', '王䶮'], // Extension A
    ['本报记者 赵孟𫖯', '赵孟𫖯'], // Extension C
    ['记者 𠀀明', '𠀀明'], // Extension B
    ['记者 李𬱖', '李𬱖'], // Extension E
    ['记者 陈𰻞', '陈𰻞'], // Extension G
    ['记者 葛\u{e0100}城', '葛\u{e0100}城'], // a variation selector choosing the glyph
    ['文/𫖮瑾', '𫖮瑾'],
  ])('%s credits %s', (printed, name) => {
    const byline = parseByline(printed);
    expect(byline?.authors.map((author) => author.name)).toEqual([name]);
  });

  it('reads a dateline whose credit names a rare character', () => {
    expect(parseDateline('本报讯（记者 王䶮 通讯员 赵孟𫖯）昨日…')?.authors).toEqual([
      { name: '王䶮', role: '记者' },
      { name: '赵孟𫖯', role: '通讯员' },
    ]);
  });
});

describe('city-paper credits', () => {
  it.each([
    // what the staff did, as a last word: no author
    [
      '记者 林晓岚 通讯员 刘春生 报道',
      [
        ['林晓岚', '记者'],
        ['刘春生', '通讯员'],
      ],
    ],
    ['本报记者 方晴 整理', [['方晴', '记者']]],
    // words and pictures by the staff named after the mark
    ['文/图 本报记者 周原', [['周原', '记者']]],
    [
      '图/文 记者 叶青 通讯员 蓝海',
      [
        ['叶青', '记者'],
        ['蓝海', '通讯员'],
      ],
    ],
  ])('parseByline(%s)', (text, authors) => {
    expect(parseByline(text)?.authors.map((author) => [author.name, author.role])).toEqual(authors);
  });

  it('reads a credit printed without brackets after the dateline', () => {
    const dateline = parseDateline(
      '本报讯 记者 叶青 通讯员 蓝海 县委报道组 吴越 近日，白岩村光伏电站并网发电。',
    );
    expect(dateline?.byline).toBe('本报讯 记者 叶青 通讯员 蓝海 县委报道组 吴越');
    expect(dateline?.authors).toEqual([
      { name: '叶青', role: '记者' },
      { name: '蓝海', role: '通讯员' },
      { name: '吴越', role: '县委报道组' },
    ]);
    // text right after the dateline is no credit
    expect(parseDateline('本报讯 近日，记者 叶青 走访了白岩村。')?.authors).toEqual([]);
  });

  it('reads a county dateline 本报X讯, 文/摄 after a staff byline, and refuses a dash-led subtitle as a byline', () => {
    expect(parseDateline('本报白岩讯（记者 钟晓 实习生 林可）近日，白岩村新修了一座桥。')?.authors).toEqual([
      { name: '钟晓', role: '记者' },
      { name: '林可', role: '实习生' },
    ]);
    expect(parseByline('本报记者 季晨 文/摄')?.authors).toEqual([{ name: '季晨', role: '记者' }]);
    expect(parseByline('——访市金融办主任 潘文涛')).toBeNull();
  });

  it('reads a pupil’s line with the guiding teacher, who is no author', () => {
    expect(parseWriterLine('青禾县实验小学三（1）班 周小雨 指导老师 吴丹')?.authors).toEqual([
      { name: '周小雨', role: '作者' },
    ]);
  });

  it.each([
    ['第3版 要闻 责任编辑：叶青 美编：吴丹 校对：徐文', true],
    ['第12版 责任编辑 叶青', true],
    ['审核通过首批乡村振兴项目', false],
    ['扫码关注“丽水日报”微信公众号获取更多本地资讯', true],
    ['新闻热线：0578-2111111 投稿邮箱：news@example.com', true],
    ['广告', true],
    ['今日导读', true],
    ['▶ 小水电退出后，溪流重新活了 第3版▶ 松阳茶农的“新农具” 第5版', true],
    ['今日天气：多云转阵雨 17℃-25℃', true],
    ['国内统一连续出版物号：CN33-0099 邮发代号：31-88', true],
    ['扫码看视频', false],
    ['文体 8', true],
    ['■ 越剧《瓯江月》今晚二次公演 见第8版', true],
    ['本版责任编辑 刘新 版式 陈洁', true],
    ['社会·民生 7', true],
    ['2026年11月19日 星期四 第11236号 今日8版', true],
    ['冬奥会 中国队再添一金', false],
    ['服务热线畅通群众诉求', false],
  ])('isFurniture(%s) = %s', (text, expected) => {
    expect(isFurniture(text)).toBe(expected);
  });
});
