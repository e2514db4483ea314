// The picture that stands for the archive when a link is shared (WeChat, QQ, Weibo, Telegram…):
// one square share card for every page, drawn by scripts/make-icons.ts into public/ and committed.
// The layout and the article page put it in og:image, twitter:image and the JSON-LD `image`.
import { siteConfig } from '@/lib/site/config';
import { absoluteUrl } from '@/lib/site/urls';

/**
 * The share card: square because WeChat and QQ crop to a square thumbnail, and at least
 * 300 × 300 because WeChat ignores smaller images. 600 px stays sharp on high-density screens.
 */
export const SHARE_CARD = {
  path: '/share-card.png',
  width: 600,
  height: 600,
  type: 'image/png',
  alt: `${siteConfig.paperName}数字档案的标志：红色印章中的“${siteConfig.paperName}”四字，下书“数字档案”`,
} as const;

/** The share card as Next metadata wants it in `openGraph.images` and `twitter.images`. */
export function shareCardImage() {
  return {
    url: absoluteUrl(SHARE_CARD.path),
    width: SHARE_CARD.width,
    height: SHARE_CARD.height,
    type: SHARE_CARD.type,
    alt: SHARE_CARD.alt,
  };
}

/** The share card as a schema.org ImageObject, for a NewsArticle's required `image`. */
export function shareCardJsonLd() {
  return {
    '@type': 'ImageObject',
    url: absoluteUrl(SHARE_CARD.path),
    width: SHARE_CARD.width,
    height: SHARE_CARD.height,
  };
}
