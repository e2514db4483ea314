// The bulk export (issue 13): per-year gzip JSON Lines files that round-trip to the same open-data
// records as the site's per-article JSON, and an index whose sizes and sha256 match the files.
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BULK_INDEX_PATH, buildBulkData, bulkFilePath, bulkLines, gzipBulkLines } from '@/lib/site/bulk-data';
import { articleToOpenData } from '@/lib/site/static-files';
import { makeArticle } from './fixtures';

const articles = [
  makeArticle({ id: '2021-12-31-01-01', date: '2021-12-31' }),
  makeArticle({ id: '2022-03-06_12-01-01', date: '2022-03-06/2022-03-12', title: '区间日期' }),
  makeArticle({ id: '2022-03-08-01-01', date: '2022-03-08', body: '## 小标题\n\n正文。\n\n> 图为现场' }),
];

describe('buildBulkData', () => {
  const { files, index } = buildBulkData(articles);

  it('writes one file per year, listed in the index with counts, sizes and sha256', () => {
    expect(index.files.map((file) => [file.year, file.articles, file.path])).toEqual([
      [2021, 1, bulkFilePath(2021)],
      [2022, 2, bulkFilePath(2022)],
    ]);
    for (const file of index.files) {
      const bytes = files.get(file.path) as Buffer;
      expect(bytes.length).toBe(file.bytes);
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(file.sha256);
    }
    expect(JSON.parse((files.get(BULK_INDEX_PATH) as Buffer).toString('utf8'))).toEqual(index);
  });

  it('round-trips to exactly the per-article open-data records', () => {
    const lines = index.files.flatMap((file) =>
      gunzipSync(files.get(file.path) as Buffer)
        .toString('utf8')
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as unknown),
    );
    expect(lines).toEqual(articles.map((article) => JSON.parse(JSON.stringify(articleToOpenData(article)))));
  });

  it('is deterministic: the same archive gives byte-identical files', () => {
    const again = buildBulkData(articles).files;
    for (const [path, bytes] of files) expect(again.get(path)?.equals(bytes)).toBe(true);
  });

  it('compresses each month on its own (gzip members), so a new day leaves the earlier months’ bytes as they were', () => {
    const january = makeArticle({ id: '2022-01-04-01-01', date: '2022-01-04' });
    const march = (day: string) => makeArticle({ id: `2022-03-${day}-01-01`, date: `2022-03-${day}` });
    const before = buildBulkData([january, march('08')]).files.get(bulkFilePath(2022)) as Buffer;
    const members: string[][] = [];
    const after = buildBulkData([january, march('08'), march('09')], (run, lines) => {
      members.push(run.map((article) => article.id));
      return gzipBulkLines(lines());
    }).files.get(bulkFilePath(2022)) as Buffer;
    expect(members).toEqual([['2022-01-04-01-01'], ['2022-03-08-01-01', '2022-03-09-01-01']]);
    const januaryMember = gzipBulkLines(bulkLines([january]));
    expect(before.subarray(0, januaryMember.length).equals(januaryMember)).toBe(true);
    expect(after.subarray(0, januaryMember.length).equals(januaryMember)).toBe(true);
    expect(gunzipSync(after).toString('utf8').trimEnd().split('\n')).toHaveLength(3);
  });
});
