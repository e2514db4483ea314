// Tables flattened into lines of cells (invented rows): their rows are text, not headlines.
import { describe, expect, it } from 'vitest';
import { markTableRows } from '@/lib/parser/tables';
import { joinBlocks } from '@/tests/helpers/join-blocks';

const roles = (...blocks: string[]): string[][] =>
  markTableRows(joinBlocks(...blocks)).map((unit) => [unit.role, unit.text]);

describe('markTableRows', () => {
  it('makes rows with figures text, with their header and unit lines, and keeps the title a headline', () => {
    expect(
      roles('各县早稻收购价格', '单位：元/斤', '县名 早籼稻 晚粳稻', '青禾县 1.35 1.52', '松川县 1.33 1.50'),
    ).toEqual([
      ['heading', '各县早稻收购价格'],
      ['paragraph', '单位：元/斤'],
      ['paragraph', '县名 早籼稻 晚粳稻'],
      ['paragraph', '青禾县 1.35 1.52'],
      ['paragraph', '松川县 1.33 1.50'],
    ]);
  });

  it('leaves a lone row and two-phrase headlines alone', () => {
    expect(roles('6月1日 晴 20℃-29℃', '本报讯（记者 方晴）昨日，全市气温回升。')[0]?.[0]).toBe('heading');
    expect(
      roles('坚持生态优先 推动绿色发展', '全力打好生态工业攻坚战', '本报讯 昨日，会议召开。').slice(0, 2),
    ).toEqual([
      ['heading', '坚持生态优先 推动绿色发展'],
      ['heading', '全力打好生态工业攻坚战'],
    ]);
  });
});
