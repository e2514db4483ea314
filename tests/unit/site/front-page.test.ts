import { describe, expect, it } from 'vitest';
import { buildArchive } from '@/lib/content/archive';
import { completeOpening, frontPageSection, openingExcerpt } from '@/lib/site/front-page';
import { makeArticle } from './fixtures';

const LONG =
  '本报讯（记者 叶江）昨日下午，市政府召开党组会议暨第92次常务会议。会议强调，要以最高站位抓好落实。';

describe('completeOpening', () => {
  it.each([
    // a whole 本报讯 lead
    [{ body: LONG }, LONG],
    // the seed's lead article: its first paragraph is the tail of a lost sentence
    [{ body: '富裕美好社会山区样板。\n\n## 再造平台优势\n\n生态工业高质量发展是重点。' }, null],
    // the parser marked the opening lost
    [{ body: LONG, openingMissing: true, review: ['opening-missing' as const] }, null],
    // starts mid-sentence
    [{ body: '，比激动。她穿着畲族服饰盛装参加，感恩能生在这个伟大的新时代。' }, null],
    // stops mid-sentence
    [{ body: '今年的政府工作报告中指出，过去一年是党和国家历史上具有里程碑意义的' }, null],
    // opens with a subheading
    [{ body: `## 小标题\n\n${LONG}` }, null],
    // a closing quote after the full stop still ends the sentence
    [
      { body: '他说：“丽水的好山好水，是我们最大的财富，也是发展最大的底气。”' },
      '他说：“丽水的好山好水，是我们最大的财富，也是发展最大的底气。”',
    ],
  ])('reads %j as opening %j', (overrides, expected) => {
    expect(completeOpening(makeArticle({ id: '2022-03-08-01-01', ...overrides }))).toBe(expected);
  });
});

describe('openingExcerpt', () => {
  const article = makeArticle({ id: '2022-03-08-01-01', dateline: '本报讯', body: LONG });

  it('drops the dateline and keeps whole sentences that fit', () => {
    expect(openingExcerpt(article, LONG, 30)).toBe('昨日下午，市政府召开党组会议暨第92次常务会议。');
    expect(openingExcerpt(article, LONG, 200)).toBe(
      '昨日下午，市政府召开党组会议暨第92次常务会议。会议强调，要以最高站位抓好落实。',
    );
  });

  it('cuts a first sentence longer than the limit at a clause, with …', () => {
    expect(openingExcerpt(article, LONG, 10)).toBe('昨日下午…');
  });

  it('fills a short excerpt with the next sentence up to a clause that fits', () => {
    // the seed's 市政府 article: a short first sentence, then a 111-character one
    const opening =
      '本报讯（记者 叶江）昨日下午，市政府召开党组会议暨第92次常务会议。传达学习贯彻习近平总书记重要讲话精神，关于统计监督工作重要讲话精神和《关于更加有效发挥统计监督职能作用的意见》，审议《2022年市本级政府投资项目计划（送审稿）》，听取《2022年市本级财政预算编制情况的汇报》。';
    expect(openingExcerpt(article, opening, 90)).toBe(
      '昨日下午，市政府召开党组会议暨第92次常务会议。传达学习贯彻习近平总书记重要讲话精神，关于统计监督工作重要讲话精神和《关于更加有效发挥统计监督职能作用的意见》…',
    );
  });
});

describe('frontPageSection', () => {
  it('never leads with an article whose opening was lost, and keeps reading order', () => {
    const archive = buildArchive([
      makeArticle({
        id: '2022-03-08-01-01',
        order: 1,
        title: '丢了开头',
        body: '富裕美好社会山区样板。\n\n正文。',
      }),
      makeArticle({ id: '2022-03-08-01-02', order: 2, title: '二', body: LONG }),
      makeArticle({ id: '2022-03-08-01-03', order: 3, title: '三', openingMissing: true, body: '比激动。' }),
      makeArticle({ id: '2022-03-08-01-04', order: 4, title: '四', body: LONG }),
      makeArticle({ id: '2022-03-08-01-05', order: 5, title: '五', body: LONG }),
    ]);
    const section = frontPageSection(archive.issues[0]!.pages[0]!, 2, 80);
    expect(section.leads.map((lead) => lead.article.title)).toEqual(['二', '四']);
    expect(section.others.map((article) => article.title)).toEqual(['丢了开头', '三', '五']);
    for (const lead of section.leads) expect(lead.excerpt).not.toContain('富裕美好社会山区样板');
  });
});
