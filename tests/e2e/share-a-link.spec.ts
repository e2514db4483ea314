// Sharing a link: what WeChat, QQ, Weibo and Telegram read from an article page's HTML to draw a
// card (an absolute og:image of at least 300 × 300 that really is that size), and the icons a
// browser tab or a phone's home screen shows.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { absoluteUrl, paths } from '../../lib/site/urls';
import { SHARE_CARD } from '../../app/share-image';
import { readPngSize } from '../helpers/png';
import { fixtureUrl, local, realArchive } from './helpers';

const firstArticle = realArchive().issues.at(-1)?.pages[0]?.articles[0];

/** Fetches a URL the page names from the server under test and returns the PNG's size. */
async function fetchPngSize(request: APIRequestContext, url: string) {
  // Absolute URLs point at SITE_URL, not at this server: keep only the path (base path included).
  const response = await request.get(new URL(url, 'http://site').pathname);
  expect(response.ok(), url).toBe(true);
  expect(response.headers()['content-type']).toBe('image/png');
  return readPngSize(await response.body());
}

async function metaContent(page: Page, selector: string): Promise<string> {
  const content = await page.locator(selector).getAttribute('content');
  expect(content, selector).toBeTruthy();
  return content ?? '';
}

test.describe('sharing an article', () => {
  test.skip(!firstArticle, 'the archive has no articles');

  test('shows the paper card: an absolute og:image of at least 300 × 300, its real size', async ({
    page,
    request,
  }) => {
    await page.goto(local(paths.article(firstArticle!.id)));
    const image = await metaContent(page, 'meta[property="og:image"]');
    expect(image).toMatch(/^https?:\/\//);
    expect(image).toBe(absoluteUrl(SHARE_CARD.path));
    const width = Number(await metaContent(page, 'meta[property="og:image:width"]'));
    const height = Number(await metaContent(page, 'meta[property="og:image:height"]'));
    expect(width).toBeGreaterThanOrEqual(300);
    expect(height).toBeGreaterThanOrEqual(300);
    expect(await metaContent(page, 'meta[property="og:image:alt"]')).toContain('丽水日报');
    expect(await metaContent(page, 'meta[property="og:image:type"]')).toBe('image/png');
    expect(await fetchPngSize(request, image)).toEqual({ width, height });

    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary');
    await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute('content', image);
    await expect(page.locator('meta[itemprop="image"]')).toHaveAttribute('content', image);
    // The article's NewsArticle (the page also carries its BreadcrumbList).
    const jsonLd = (await page.locator('script[type="application/ld+json"]').allTextContents())
      .map((text) => JSON.parse(text) as Record<string, unknown>)
      .find((data) => data['@type'] === 'NewsArticle');
    expect(jsonLd?.image).toEqual({ '@type': 'ImageObject', url: image, width, height });
  });

  test('links a PNG favicon and an apple-touch-icon of their stated sizes beside the SVG icon', async ({
    page,
    request,
  }) => {
    await page.goto(local(paths.article(firstArticle!.id)));
    await expect(page.locator('link[rel="icon"][type="image/svg+xml"]')).toHaveCount(1);
    for (const [selector, size] of [
      ['link[rel="icon"][type="image/png"]', 48],
      ['link[rel="apple-touch-icon"]', 180],
    ] as const) {
      const link = page.locator(selector);
      await expect(link).toHaveCount(1);
      await expect(link).toHaveAttribute('sizes', `${size}x${size}`);
      const href = (await link.getAttribute('href')) ?? '';
      expect(await fetchPngSize(request, href)).toEqual({ width: size, height: size });
    }
  });
});

test('the home page shares with the same card', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
    'content',
    absoluteUrl(SHARE_CARD.path),
  );
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveCount(1);
});

// On the fixture archive, which the e2e run always builds from the current app (the main out/ may
// be older): React prints `itemProp`, so the layout passes the lower-case names itself.
test('writes microdata names in lower case, for crawlers that do not fold case', async ({ request }) => {
  const html = await (await request.get(fixtureUrl(paths.home()))).text();
  expect(html).toMatch(/<html [^>]*itemscope="" itemtype="https:\/\/schema\.org\/WebPage"/);
  expect(html).toContain(`<meta itemprop="image" content="${absoluteUrl(SHARE_CARD.path)}"/>`);
});
