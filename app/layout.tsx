// Root layout: lang="zh-CN", the no-flash settings script, skip link, header, main, footer.
import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import './globals.css';
import { siteConfig } from '@/lib/site/config';
import { absoluteUrl, paths, withBasePath } from '@/lib/site/urls';
import { SiteHeader } from './_components/site-header';
import { SiteFooter } from './_components/site-footer';
import { HEAD_SCRIPT } from './_components/head-script';
import { shareCardImage } from './share-image';
import { feedAlternates, latestFeedSource } from '@/lib/site/feed';

export const metadata: Metadata = {
  metadataBase: new URL(absoluteUrl('/')),
  title: { default: siteConfig.siteName, template: `%s｜${siteConfig.siteName}` },
  description: `${siteConfig.paperName}的数字档案：按日期、版面和栏目浏览，全文检索，引用与分享。`,
  // Pages without Open Graph of their own (home, issues, sections) share with the paper's card;
  // the article page sets its own, card included. The PNG icons are app/icon.png and apple-icon.png.
  openGraph: { type: 'website', siteName: siteConfig.siteName, locale: 'zh_CN', images: [shareCardImage()] },
  twitter: { card: 'summary', images: [shareCardImage()] },
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fdfcf9' },
    { media: '(prefers-color-scheme: dark)', color: '#161514' },
  ],
};

/** The page shell shared by every route. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The page is a schema.org WebPage item so that the `image` below is valid microdata: QQ's link
    // preview reads <meta itemprop="image"> (its own convention), not og:image. Lower-case names on
    // purpose: React prints `itemProp` as written, and not every crawler folds case (react#13162);
    // the price is a "did you mean itemProp" warning under `next dev` only.
    <html
      lang="zh-CN"
      suppressHydrationWarning
      {...{ itemscope: '', itemtype: 'https://schema.org/WebPage' }}
    >
      <head>
        <script dangerouslySetInnerHTML={{ __html: HEAD_SCRIPT }} />
        <meta {...{ itemprop: 'image' }} content={shareCardImage().url} />
        {/* The archive-wide feeds, in the layout's <head> rather than in metadata.alternates, which
            a page's own alternates (canonical, a section's feeds) would replace. */}
        {feedAlternates(latestFeedSource([])).map((feed) => (
          <link key={feed.type} rel="alternate" type={feed.type} href={feed.url} title={feed.title} />
        ))}
        <link
          rel="search"
          type="application/opensearchdescription+xml"
          href={withBasePath(paths.openSearch())}
          title={siteConfig.siteName}
        />
      </head>
      <body>
        <a className="skip-link" href="#main">
          跳到正文
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1}>
          <div className="wrap">{children}</div>
        </main>
        <SiteFooter />
        <script src={withBasePath('/enhance.js')} defer />
      </body>
    </html>
  );
}
