// Page furniture inside a broken paragraph (issue 10, kind 1): a running head, a folio, the paper's
// name or a desk line between the two halves of a paragraph cut at a page or column end becomes a
// fragment, and the halves join.
import { describe, expect, it } from 'vitest';
import { isFurniture } from '@/lib/parser/classify';
import { parsePage } from '@/lib/parser/parse-page';

const HEAD =
  '遂昌金矿公园获评国家级称号\n\n本报讯（记者 陈晓东）日前，遂昌金矿国家矿山公园获评示范基地，这是我市';
const TAIL = '首个获此称号的工业旅游景区。近年来，遂昌县依托矿山遗存发展文旅产业。';
const JOINED = '这是我市首个获此称号的工业旅游景区。';

describe('furniture between the halves of a paragraph', () => {
  it.each([
    '丽水日报　2022年3月8日　星期二　第2版',
    '2022年3月8日 星期二 第6版 副刊',
    'A3版 要闻',
    '2',
    '12',
    '—2—',
    '- 12 -',
    '－3－',
    '第2版',
    '第十二版',
    'A3',
    '丽水日报',
    '钱江晚报',
    '责任编辑：张三',
    '本版编辑 王五 美编 赵六',
    'LISHUI DAILY',
  ])('%s: one joined paragraph, the furniture a fragment', (furniture) => {
    for (const gap of ['\n\n', '\n']) {
      const page = parsePage(`${HEAD}${gap}${furniture}${gap}${TAIL}\n`);
      expect(page.articles).toHaveLength(1);
      const body = page.articles[0]?.body ?? [];
      expect(body).toHaveLength(1);
      expect(body[0]?.text).toContain(JOINED);
      expect(page.fragments.map((fragment) => fragment.text)).toEqual([furniture.replace(/\u3000/g, ' ')]);
    }
  });

  it('joins across two furniture lines (running head and folio)', () => {
    const page = parsePage(`${HEAD}\n\n丽水日报　2022年3月8日　星期二\n\n—2—\n\n${TAIL}\n`);
    expect(page.articles[0]?.body).toHaveLength(1);
    const kept = page.fragments.map((fragment) => fragment.text).join('\n');
    expect(kept).toContain('丽水日报 2022年3月8日 星期二');
    expect(kept).toContain('—2—');
  });

  it('keeps a finished paragraph apart from the next one across furniture', () => {
    const page = parsePage(`${HEAD}首个示范基地。\n\n2\n\n另据介绍，今年游客量逐年攀升。\n`);
    expect(page.articles[0]?.body).toHaveLength(2);
  });

  it('keeps a list number between finished paragraphs in the article, not as a folio', () => {
    const page = parsePage('标题一\n\n本报讯（记者 张三）会议要求：\n\n1\n\n加强领导；\n\n2\n\n落实责任。\n');
    expect(page.fragments).toEqual([]);
    expect(page.articles[0]?.body.map((block) => block.text).join('')).toContain('1加强领导；');
  });

  it.each(['2022年全市经济运行稳中向好', '丽水日报社举办开放日活动', '12345', '第2版块改革', '报道'])(
    '%s is not furniture',
    (text) => {
      expect(isFurniture(text)).toBe(false);
    },
  );
});
