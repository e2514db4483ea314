// The sign-off 落款 of letters and notices (invented lines): signer and date close the piece above.
import { describe, expect, it } from 'vitest';
import { markSignOffs } from '@/lib/parser/sign-offs';
import { joinBlocks } from '@/tests/helpers/join-blocks';

const credits = (...blocks: string[]): string[] =>
  markSignOffs(joinBlocks(...blocks))
    .filter((unit) => unit.role === 'credit')
    .map((unit) => unit.text);

const BODY = '请各单位按照要求做好相关工作，确保各项措施落实到位。';
const NEXT_TITLE = '我市启动夏季安全生产大检查';

describe('markSignOffs', () => {
  it.each([
    [
      'signer and date',
      [BODY, '青禾县应急管理局', '2024年6月3日', NEXT_TITLE],
      ['青禾县应急管理局', '2024年6月3日'],
    ],
    [
      'two signers',
      [BODY, '青禾县总工会', '青禾县妇女联合会', '2024年6月1日', NEXT_TITLE],
      ['青禾县总工会', '青禾县妇女联合会', '2024年6月1日'],
    ],
    [
      'Chinese numerals',
      [BODY, '松川县人民政府', '二〇二四年六月三日', NEXT_TITLE],
      ['松川县人民政府', '二〇二四年六月三日'],
    ],
    [
      'a date with the place it was written',
      ['那天的晚霞，我记了很多年。', '2023年9月 于龙泉'],
      ['2023年9月 于龙泉'],
    ],
    [
      'a contact line over the signer',
      [BODY, '联系电话：0578-1234567', '青禾县图书馆', '2024年5月2日', NEXT_TITLE],
      ['联系电话：0578-1234567', '青禾县图书馆', '2024年5月2日'],
    ],
    [
      'the formula and the writer',
      ['谢谢你们给了我们一家新的希望。', '此致', '敬礼！', '读者 徐建华'],
      ['此致', '敬礼！', '读者 徐建华'],
    ],
  ])('marks %s', (_name, blocks, expected) => {
    expect(credits(...blocks)).toEqual(expected);
  });

  it.each([
    [
      'a reader at the page end',
      ['希望社区多派些热心人，帮邻里把心结解开。', '枫源区 读者 王建民'],
      ['枫源区 读者 王建民', '王建民', '读者'],
    ],
    [
      'a writer over the page’s furniture',
      ['每个人的一小步，就是城市文明的一大步。', '晓川', '本版责任编辑 刘新'],
      ['晓川', '晓川', '作者'],
    ],
  ])('reads %s as a byline', (_name, blocks, [text, name, role]) => {
    const units = markSignOffs(joinBlocks(...blocks));
    const signature = units.find((unit) => unit.text === text);
    expect(signature?.role).toBe('byline');
    expect(signature?.byline?.authors).toEqual([{ name, role }]);
  });

  it.each([
    // a box's title over its first item is no signature
    ['a short title over the next headline', [BODY, '简讯', NEXT_TITLE, '本报讯 昨日，检查启动。']],
    // a diary's date is a subheading: its entry follows
    ['a date with text under it', ['早上出门时还在下雨。', '5月4日', '雨停了，我们去山上看茶。']],
    // a letter quoted in a report: the report's trailer and text go on
    ['a letter inside a report', [BODY, '张建国', '2024年5月6日', '（本报青禾5月7日电）']],
    // a headline over its story is no signer
    ['a title after text', [BODY, NEXT_TITLE, '本报讯（记者 方晴）昨日，全市安全生产大检查启动。']],
    // a sign-off needs text above it
    ['a date at the page top', ['2024年5月6日', NEXT_TITLE, '本报讯（记者 方晴）昨日，检查启动。']],
  ])('leaves %s alone', (_name, blocks) => {
    expect(credits(...blocks)).toEqual([]);
  });
});
