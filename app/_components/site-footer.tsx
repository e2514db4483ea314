// The site footer: feeds, open data, the content licence (the paper's text is © the paper, apart
// from the code's MIT licence) and the configurable ICP 备案 slot (ICP_NUMBER).
import { href } from '@/lib/site/urls';
import { siteConfig } from '@/lib/site/config';
import { latestFeedPaths } from '@/lib/site/feed';
import { FeedLinks } from './feed-links';

/** Footer shown on every page. */
export function SiteFooter() {
  return (
    <footer className="site-footer no-print">
      <div className="wrap">
        <ul>
          <li>
            <FeedLinks feedPaths={latestFeedPaths()} />
          </li>
          <li>
            <a href={href('sitemap')}>网站地图</a>
          </li>
          <li>
            <a href={href('sections')}>全部栏目</a>
          </li>
          <li>
            <a href={href('openData')}>开放数据</a>
          </li>
          {siteConfig.icpNumber ? (
            <li>
              <a href="https://beian.miit.gov.cn/" rel="noopener">
                {siteConfig.icpNumber}
              </a>
            </li>
          ) : null}
        </ul>
        <p>{siteConfig.siteName}。每篇文章另有开放数据 JSON（见文章页“开放数据”链接）。</p>
        <p className="licence">
          报纸文字 © {siteConfig.paperName}，版权归报社所有，转载请征得报社同意；本站程序代码以 MIT
          许可证开源，不涵盖报纸文字。
        </p>
      </div>
    </footer>
  );
}
