// 开放数据: the whole archive as data for researchers — one gzip JSON Lines file per year (written by
// scripts/postbuild.ts, lib/site/bulk-data.ts), the index with sizes and sha256, the fields, the licence.
import type { Metadata } from 'next';
import { getArchive } from '@/lib/site/data';
import { BULK_INDEX_PATH, bulkFilePath } from '@/lib/site/bulk-data';
import { OPEN_DATA_VERSION } from '@/lib/site/static-files';
import { issueDateStart } from '@/lib/site/format';
import { siteConfig } from '@/lib/site/config';
import { paths, withBasePath } from '@/lib/site/urls';
import { topLevelCrumbs } from '@/lib/site/navigation';
import { Breadcrumbs } from '@/app/_components/breadcrumbs';

export const metadata: Metadata = {
  title: '开放数据',
  description: `${siteConfig.paperName}数字档案的全部文章数据：按年打包的 JSON Lines 文件、字段说明与许可。`,
};

const FIELDS: [string, string][] = [
  ['version', `记录格式版本（当前为 ${OPEN_DATA_VERSION}）`],
  ['url', '文章在本站的永久地址'],
  ['id', '文章编号：日期-版次-顺序，如 2022-03-08-01-03'],
  ['paper, date, dateNote', '报纸名；出版日期（日期或 ISO 8601 区间，如 2022-03-06/2022-03-12）及说明'],
  ['page, pageName, order', '版次、版面名（可为 null）、在本版的阅读顺序'],
  ['title, kicker, subtitle, column, kind', '主题、引题、副题、栏目、体裁（消息／评论／访谈／署名文章）'],
  ['byline, authors, dateline', '署名原文、作者及身份、电头'],
  ['continuedOn, continuedFrom, openingMissing', '下转／上接版次，开头是否缺失'],
  ['review, checked', '切分程序的存疑原因；编辑是否已对照原版校对'],
  ['source', '原始版面文本文件及行号'],
  ['body', '正文块：paragraph（段落）、subheading（小标题）、caption（图片说明）'],
  ['markdown', '正文的 Markdown 原文'],
];

/** The 开放数据 page. */
export default function OpenDataPage() {
  const counts = new Map<number, number>();
  for (const article of getArchive().articleById.values()) {
    const year = Number(issueDateStart(article.date).slice(0, 4));
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  const years = [...counts.entries()].sort(([a], [b]) => a - b);
  return (
    <>
      <Breadcrumbs crumbs={topLevelCrumbs('开放数据', paths.openData())} />
      <h1 className="page-title">开放数据</h1>
      <p className="lede">
        本档案的全部文章可整批下载：每年一个 gzip 压缩的 JSON Lines 文件，每行一篇文章。文件清单、字节数与
        sha256 校验值见 <a href={withBasePath(BULK_INDEX_PATH)}>data/index.json</a>；每篇文章另有单独的
        JSON（见文章页）。
      </p>
      <div className="open-data">
        <h2>按年下载</h2>
        <ul>
          {years.map(([year, count]) => (
            <li key={year}>
              <a href={withBasePath(bulkFilePath(year))}>{year} 年</a>（{count} 篇）
            </li>
          ))}
        </ul>
        <h2>字段</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">字段</th>
              <th scope="col">含义</th>
            </tr>
          </thead>
          <tbody>
            {FIELDS.map(([field, meaning]) => (
              <tr key={field}>
                <td>
                  <code>{field}</code>
                </td>
                <td>{meaning}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h2>许可</h2>
        <p>
          {`报纸文字 © ${siteConfig.paperName}，版权归报社所有；下载的数据供研究与检索使用，转载或再发布报纸文字须征得报社同意。本站程序代码以 MIT 许可证开源，不涵盖报纸文字。`}
        </p>
      </div>
    </>
  );
}
