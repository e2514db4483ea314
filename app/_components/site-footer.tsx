// The site footer: feeds, open data, and the configurable ICP 备案 slot (ICP_NUMBER).
import { href } from '@/lib/site/urls';
import { siteConfig } from '@/lib/site/config';

/** Footer shown on every page. */
export function SiteFooter() {
  return (
    <footer className="site-footer no-print">
      <div className="wrap">
        <ul>
          <li>
            <a href={href('feed')}>RSS 订阅</a>
          </li>
          <li>
            <a href={href('sitemap')}>网站地图</a>
          </li>
          <li>
            <a href={href('sections')}>全部栏目</a>
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
      </div>
    </footer>
  );
}
