// Scoring one page against its reference segmentation, with score.py's definitions. The page text
// is invented for these tests (a fictional county daily).
import { describe, expect, it } from 'vitest';
import type { ScoredArticle } from '@/lib/eval/schema';
import {
  countCharsLost,
  isTitleCorrect,
  matchArticles,
  scorableParagraphs,
  scorePage,
} from '@/lib/eval/score-page';

const BRIDGE = [
  '本报讯（记者 周明）今年以来，青田县在山区新建三座桥梁，方便两千多名村民出行。',
  '桥梁建成后，村里的茶叶可以直接运到镇上的市场，茶农每年增收约三千元。',
];
const FESTIVAL = [
  '首届烧饼节在县城广场开幕，四十多家店铺带来了各式各样的烧饼，吸引了大批游客。',
  '活动持续三天，主办方还安排了烧饼制作比赛和非遗技艺展示，游客可以现场品尝。',
  '县商务局表示，明年将把烧饼节办成全市的特色节庆活动。',
];
const CELADON = ['龙泉市十所小学开设青瓷课程，孩子们在老师指导下学习拉坯和上釉。'];

/** A gold article in the seed's gold format. */
function gold(title: string, paragraphs: string[], extra: Partial<ScoredArticle> = {}): ScoredArticle {
  return { kicker: null, title, subtitle: null, authors: null, continuedOn: null, paragraphs, ...extra };
}

/** A predicted article in the parse contract's shape. */
function parsed(title: string, paragraphs: string[], extra: Partial<ScoredArticle> = {}): ScoredArticle {
  const body = paragraphs.map((text) => ({ type: 'paragraph', text }));
  return { title, kicker: null, subtitle: null, authors: [], body, continuedOn: null, ...extra };
}

const GOLD = {
  articles: [
    gold('青田县新建三座桥梁', BRIDGE),
    gold('缙云举办烧饼节', FESTIVAL),
    gold('龙泉青瓷进校园', CELADON),
  ],
};
const RAW = [
  '青田县新建三座桥梁',
  ...BRIDGE,
  '缙云举办烧饼节',
  ...FESTIVAL,
  '龙泉青瓷进校园',
  ...CELADON,
].join('\n\n');

describe('scorePage', () => {
  it('gives full marks to a prediction that matches the gold', () => {
    const predicted = {
      articles: [
        parsed('青田县新建三座桥梁', BRIDGE),
        parsed('缙云举办烧饼节', FESTIVAL),
        parsed('龙泉青瓷进校园', CELADON),
      ],
    };
    expect(scorePage(GOLD, predicted, RAW, 20)).toEqual({
      goldArticles: 3,
      predictedArticles: 3,
      exactArticles: 3,
      boundaryF1: 1,
      titleAcc: 1,
      headlineAcc: 1,
      authorAcc: null, // no gold article labels its authors
      continuationAcc: 1,
      paragraphAcc: 1,
      charsLost: 0,
    });
  });

  it('lowers boundary F1 to 0.4 when two articles are merged', () => {
    // The festival (largest) takes the merged article; the celadon story is left unmatched.
    // exact 1 of 2 predicted and 1 of 3 gold: P = 1/2, R = 1/3, F1 = 2PR/(P+R) = 0.4.
    const predicted = {
      articles: [parsed('青田县新建三座桥梁', BRIDGE), parsed('缙云举办烧饼节', [...FESTIVAL, ...CELADON])],
    };
    const score = scorePage(GOLD, predicted, RAW, 20);
    expect(score).toMatchObject({ predictedArticles: 2, exactArticles: 1, boundaryF1: 0.4 });
    expect(score.titleAcc).toBe(0.6667); // 2 of 3 gold titles, rounded to 4 places
    expect(score.paragraphAcc).toBe(1); // every gold paragraph is still somewhere
    expect(score.continuationAcc).toBe(0.6667); // the unmatched article counts as wrong
  });

  it('counts gold paragraphs that are missing or cut as lost for paragraph_acc', () => {
    const cut = FESTIVAL.map((text, i) => (i === 1 ? text.slice(0, 20) : text));
    const predicted = { articles: [parsed('青田县新建三座桥梁', BRIDGE), parsed('缙云举办烧饼节', cut)] };
    const score = scorePage(GOLD, predicted, RAW, 20);
    expect(score.paragraphAcc).toBe(0.6667); // 4 of the 6 gold paragraphs
    expect(score.exactArticles).toBe(1);
  });

  it('compares text after normalisation and drops a leading 本报讯（…）', () => {
    const folded = [
      '今年以来,青田县在山区新建三座桥梁,方便两千多名村民出行。', // no dateline, ASCII commas
      '桥梁建成后 ，村里的茶叶可以直接运到镇上的市场，茶农每年增收约三千元。',
    ];
    const predicted = { articles: [parsed('青田县新建三座桥梁', folded)] };
    expect(scorePage({ articles: [gold('青田县新建三座桥梁', BRIDGE)] }, predicted, RAW, 20)).toMatchObject({
      exactArticles: 1,
      boundaryF1: 1,
      paragraphAcc: 1,
    });
  });

  it('treats continuedOn 0, null and absent alike, and 7 as different', () => {
    const golds = { articles: [gold('青田县新建三座桥梁', BRIDGE), gold('缙云举办烧饼节', FESTIVAL)] };
    const predicted = {
      articles: [
        parsed('青田县新建三座桥梁', BRIDGE, { continuedOn: 0 }),
        parsed('缙云举办烧饼节', FESTIVAL, { continuedOn: 7 }),
      ],
    };
    expect(scorePage(golds, predicted, RAW, 20).continuationAcc).toBe(0.5);
  });

  it('scores authors only over gold articles that label them, by normalised name', () => {
    const golds = {
      articles: [
        gold('青田县新建三座桥梁', BRIDGE, { authors: ['周明'] }),
        gold('缙云举办烧饼节', FESTIVAL, { authors: [{ name: '李一' }] }),
        gold('龙泉青瓷进校园', CELADON),
      ],
    };
    const predicted = {
      articles: [
        parsed('青田县新建三座桥梁', BRIDGE, { authors: [{ name: '周 明' }] }),
        parsed('缙云举办烧饼节', FESTIVAL, { authors: [] }),
        parsed('龙泉青瓷进校园', CELADON),
      ],
    };
    expect(scorePage(golds, predicted, RAW, 20).authorAcc).toBe(0.5);
  });

  it('leaves out articles without scorable paragraphs and gives null figures for an empty gold', () => {
    const golds = { articles: [gold('图片新闻', ['短短一行'])] }; // shorter than min-len 20
    expect(scorePage(golds, { articles: [] }, '图片新闻\n\n短短一行', 20)).toEqual({
      goldArticles: 0,
      predictedArticles: 0,
      exactArticles: 0,
      boundaryF1: null,
      titleAcc: null,
      headlineAcc: null,
      authorAcc: null,
      continuationAcc: null,
      paragraphAcc: 1,
      charsLost: 8, // 图片新闻短短一行: the prediction printed none of it
    });
  });

  it('reads a parse without articles as an empty prediction', () => {
    expect(scorePage(GOLD, {}, RAW, 20)).toMatchObject({
      predictedArticles: 0,
      boundaryF1: 0,
      paragraphAcc: 0,
    });
  });
});

describe('scorableParagraphs', () => {
  const article = parsed('缙云举办烧饼节', []);
  article.body = [
    { type: 'paragraph', text: FESTIVAL[0] ?? '' },
    { type: 'subheading', text: '一、烧饼节上的非遗技艺展示区里，每天都人头攒动' },
    { text: FESTIVAL[1] ?? '' }, // no type: a paragraph
    { type: 'paragraph', text: '短段落。' },
  ];

  it('keeps paragraphs longer than min-len and subheadings only when min-len is not 0', () => {
    expect(scorableParagraphs(article, 20)).toHaveLength(3);
    expect(scorableParagraphs(article, 0)).toHaveLength(3); // subheading out, 短段落 in
    expect(scorableParagraphs(article, 0)).toContain('短段落。');
  });

  it('measures min-len in code points', () => {
    const astral = gold('t', ['𠀀𠀀𠀀']);
    expect(scorableParagraphs(astral, 3)).toEqual([]);
    expect(scorableParagraphs(astral, 2)).toEqual(['𠀀𠀀𠀀']);
  });
});

describe('isTitleCorrect', () => {
  it.each([
    [gold('缙云举办烧饼节', []), parsed('缙云举办烧饼节', []), true],
    [gold('缙云举办烧饼节', []), parsed('缙云举办烧饼节 ', []), true], // whitespace ignored
    [gold('缙云举办烧饼节', [], { kicker: '小吃香飘县城' }), parsed('小吃香飘县城缙云举办烧饼节', []), true], // kicker glued on
    [
      gold('缙云举办烧饼节', [], { kicker: '小吃香飘县城' }),
      parsed('香飘县城缙云举办烧饼节', [], { kicker: '小吃' }),
      true, // split another way
    ],
    [gold('缙云举办烧饼节', [], { subtitle: '首届' }), parsed('缙云举办烧饼节首届', []), true], // no gold kicker: the headline decides
    [gold('缙云举办烧饼节', [], { kicker: '小吃香飘县城' }), parsed('小吃香飘县城', []), false],
  ])('gold %j, predicted %j → %s', (g, p, expected) => {
    expect(isTitleCorrect(g, p)).toBe(expected);
  });
});

describe('matchArticles', () => {
  it('gives a contested prediction to the larger gold article, and matches nothing without overlap', () => {
    const big = new Set(['甲甲甲甲甲', '乙乙乙乙乙']);
    const small = new Set(['丙丙丙']);
    const none = new Set(['丁丁丁']);
    const merged = new Set(['甲甲甲甲甲', '乙乙乙乙乙', '丙丙丙']);
    expect([...matchArticles([small, big, none], [merged])]).toEqual([[1, 0]]);
  });
});

describe('countCharsLost', () => {
  it('counts letters and digits of the page missing from the output, with multiplicity', () => {
    const output = { articles: [{ title: '青田桥梁', body: [{ type: 'paragraph', text: '茶农增收' }] }] };
    expect(countCharsLost('青田桥梁 茶农增收三千元', output)).toBe(3); // 三千元
    expect(countCharsLost('青青青田', { text: '青田' })).toBe(2);
  });

  it('ignores continuation markers and punctuation, and folds full-width digits', () => {
    expect(countCharsLost('茶农增收。(下转第七版)', { text: '茶农增收' })).toBe(0);
    expect(countCharsLost('增收３０００元', { text: '增收3000元' })).toBe(0);
  });

  it('counts the whole JSON output, keys included, as score.py does', () => {
    // The letters of "text" are in the output, so a source "text" loses nothing.
    expect(countCharsLost('text 青田', { text: '青田' })).toBe(0);
    expect(countCharsLost('texts 青田', { text: '青田' })).toBe(1); // the second s
  });
});
