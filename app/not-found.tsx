// The 404 page: say what happened, offer search and the main ways in.
import type { Metadata } from 'next';
import { href } from '@/lib/site/urls';
import { BigSearchForm } from '@/app/_components/big-search-form';

export const metadata: Metadata = { title: '页面不存在', robots: { index: false } };

/** Shown for any URL the export does not have (static hosts serve out/404.html). */
export default function NotFound() {
  return (
    <>
      <h1 className="page-title">页面不存在</h1>
      <p className="lede">没有找到这个页面。链接可能有误，或文章已换了地址。可以检索标题或正文中的词语：</p>
      <BigSearchForm inputId="notfound-search-q" placeholder="输入关键词" />
      <ul>
        <li>
          <a href={href('home')}>回到首页（最新一期）</a>
        </li>
        <li>
          <a href={href('issues')}>按日期浏览往期报纸</a>
        </li>
        <li>
          <a href={href('sections')}>按栏目与版面浏览</a>
        </li>
      </ul>
    </>
  );
}
