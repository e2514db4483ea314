// The site header: name, main navigation, a plain GET search form (works without JS) and the
// reader controls. No search library loads here.
import { href } from '@/lib/site/urls';
import { siteConfig } from '@/lib/site/config';
import { ReaderControls } from './reader-controls';
import { MAX_QUERY_LENGTH } from './search-state';

/** Header shown on every page. */
export function SiteHeader() {
  return (
    <header className="site-header no-print">
      <div className="wrap">
        <a className="brand" href={href('home')}>
          {siteConfig.paperName}
          <small>数字档案</small>
        </a>
        <nav className="site-nav" aria-label="主导航">
          <ul>
            <li>
              <a href={href('issues')}>往期</a>
            </li>
            <li>
              <a href={href('sections')}>栏目</a>
            </li>
            <li>
              <a href={href('search')}>检索</a>
            </li>
          </ul>
        </nav>
        <form
          className="header-search"
          role="search"
          aria-label="站内检索"
          action={href('search')}
          method="get"
        >
          <label className="visually-hidden" htmlFor="site-search-q">
            全文检索（按 / 键聚焦）
          </label>
          <input
            id="site-search-q"
            name="q"
            type="search"
            placeholder="检索全文  /"
            autoComplete="off"
            maxLength={MAX_QUERY_LENGTH}
          />
          <button type="submit">检索</button>
        </form>
        <ReaderControls />
      </div>
    </header>
  );
}
