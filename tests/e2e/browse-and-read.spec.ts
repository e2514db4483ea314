// Journeys of a reader: browse date → 版面 → article, read, share and cite; plus the 404 page,
// a phone viewport, reader settings, accessibility (axe), and the fixture archive's hostile
// text and redirected old id.
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { formatIssueDate, formatPageNumber } from '../../lib/site/format';
import { paths } from '../../lib/site/urls';
import { fixtureUrl, local, realArchive, watchConsole } from './helpers';
import { readFixtureInfo } from './fixture/fixture-site';
import { createHash } from 'node:crypto';
import { HEAD_SCRIPT } from '../../app/_components/head-script';

const archive = realArchive();
const latest = archive.issues.at(-1);
const firstPage = latest?.pages[0];
const firstArticle = firstPage?.articles[0];
const secondArticle = firstPage?.articles[1];

test.describe('reading the latest issue', () => {
  test.skip(!latest || !firstPage || !firstArticle, 'the archive has no articles');

  test('goes home → date → 版面 → article → next article → back, without console errors', async ({
    page,
  }) => {
    const console = watchConsole(page);
    await page.goto('./');
    const dateText = formatIssueDate(latest!.date);
    await page.getByRole('link', { name: dateText }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(dateText);
    if (latest!.dateNote) await expect(page.getByText(latest!.dateNote).first()).toBeVisible();

    const pageLabel = `${formatPageNumber(firstPage!.page)} ${firstPage!.pageName}`;
    await page.getByRole('link', { name: pageLabel }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(pageLabel);

    await page.getByRole('link', { name: firstArticle!.title, exact: true }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstArticle!.title);
    await expect(page.locator('.article-meta')).toContainText(dateText);
    await expect(page.locator('.article-meta').getByRole('link', { name: pageLabel })).toHaveAttribute(
      'href',
      new RegExp(`${paths.page(latest!.key, firstPage!.page)}$`),
    );

    if (secondArticle) {
      await page
        .getByRole('navigation', { name: '同版文章' })
        .getByRole('link', { name: /下一篇/ })
        .click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(secondArticle.title);
      await page
        .getByRole('navigation', { name: '同版文章' })
        .getByRole('link', { name: /上一篇/ })
        .click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstArticle!.title);
      await page.goBack();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(secondArticle.title);
      await page.goBack();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstArticle!.title);
    }
    expect(console.errors).toEqual([]);
  });

  test('never shows an invented day for an approximate date', async ({ page }) => {
    const approximate = archive.issues.find((issue) => issue.date.includes('/'));
    test.skip(!approximate, 'no approximate dates in this archive');
    await page.goto(local(paths.issue(approximate!.key)));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(formatIssueDate(approximate!.date));
    await expect(page.getByRole('heading', { level: 1 })).toContainText('至');
  });

  test('copies the article link and a paragraph link', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(local(paths.article(firstArticle!.id)));
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toMatch(new RegExp(`${paths.article(firstArticle!.id)}$`));
    await page.getByRole('button', { name: '复制链接' }).click();
    await expect(page.getByRole('status')).toHaveText('链接已复制');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);

    await page.locator('#p1 a.p-anchor').click();
    await expect(page.getByRole('status')).toContainText('第1段');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${canonical}#p1`);
    expect(page.url()).toMatch(/#p1$/);
  });

  test('describes the article for sharing and citing', async ({ page }) => {
    await page.goto(local(paths.article(firstArticle!.id)));
    const escaped = firstArticle!.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await expect(page).toHaveTitle(new RegExp(`^${escaped}｜丽水日报 .+ 第${firstArticle!.page}版$`));
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /｜丽水日报/);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary');
    await expect(page.locator('meta[name="citation_title"]')).toHaveAttribute('content', firstArticle!.title);
    await expect(page.locator('meta[name="citation_firstpage"]')).toHaveAttribute(
      'content',
      String(firstArticle!.page),
    );
    const jsonLd = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
    );
    expect(jsonLd).toMatchObject({
      '@type': 'NewsArticle',
      headline: firstArticle!.title,
      articleSection: firstArticle!.pageName,
      pageStart: String(firstArticle!.page),
    });
    await expect(page.locator('.cite-box')).toContainText(
      `《丽水日报》${formatIssueDate(firstArticle!.date)} ${formatPageNumber(firstArticle!.page)}`,
    );
    await expect(page.locator('.cite-box')).toContainText('[N]. 丽水日报');
    await expect(page.locator('.qr svg')).toHaveCount(1);
    const data = await page.request.get(local(paths.articleData(firstArticle!.id)));
    expect(data.ok()).toBe(true);
    expect(await data.json()).toMatchObject({ id: firstArticle!.id, title: firstArticle!.title });
  });

  test('loads no search code on an article page', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(local(paths.article(firstArticle!.id)));
    await page.waitForLoadState('networkidle');
    expect(requested.filter((url) => /\/search\/|flexsearch|worker/i.test(url))).toEqual([]);
  });

  test('highlights the terms passed in ?hl= with <mark>', async ({ page }) => {
    const term = Array.from(firstArticle!.title).slice(0, 2).join('');
    await page.goto(`${local(paths.article(firstArticle!.id))}?hl=${encodeURIComponent(term)}`);
    await expect(page.locator('[data-highlight-root] mark').first()).toHaveText(term);
  });

  test('remembers 字号 and dark mode across visits without a flash, and / focuses search', async ({
    page,
  }) => {
    await page.goto(local(paths.article(firstArticle!.id)));
    const size = () =>
      page.locator('.article-body').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const before = await size();
    await page.getByRole('button', { name: '放大字号' }).click();
    expect(await size()).toBeGreaterThan(before);
    await page.getByRole('button', { name: '深色模式' }).click();
    await expect(page.getByRole('button', { name: '深色模式' })).toHaveAttribute('aria-pressed', 'true');

    // With public/enhance.js blocked, only the inline head script (which runs before the body is
    // parsed, so before first paint) can apply the remembered settings.
    await page.route('**/enhance.js', (route) => route.abort());
    await page.reload();
    const applied = await page.evaluate(() => ({
      font: document.documentElement.dataset.font,
      theme: document.documentElement.dataset.theme,
      background: getComputedStyle(document.documentElement).backgroundColor,
    }));
    expect(applied).toEqual({ font: '3', theme: 'dark', background: 'rgb(22, 21, 20)' });
    await page.unroute('**/enhance.js');

    await page.reload();
    await page.locator('h1').click();
    await page.keyboard.press('/');
    await expect(page.locator('#site-search-q')).toBeFocused();
  });

  test('reads and shares under a strict Content-Security-Policy (no inline script but the hashed head script)', async ({
    page,
    context,
  }) => {
    const hash = createHash('sha256').update(HEAD_SCRIPT).digest('base64');
    const policy = `default-src 'self'; script-src 'self' 'sha256-${hash}'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'`;
    await page.route('**/*', async (route) => {
      if (route.request().resourceType() !== 'document') return route.continue();
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: { ...response.headers(), 'content-security-policy': policy },
      });
    });
    const console = watchConsole(page);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(
      `${local(paths.article(firstArticle!.id))}?hl=${encodeURIComponent(Array.from(firstArticle!.title).slice(0, 2).join(''))}`,
    );
    await expect(page.locator('[data-highlight-root] mark').first()).toBeVisible();
    await page.getByRole('button', { name: '复制链接' }).click();
    await expect(page.getByRole('status')).toHaveText('链接已复制');
    expect(console.errors).toEqual([]);
  });

  test('fits a 360 px phone without horizontal scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of [
      paths.home(),
      paths.issue(latest!.key),
      paths.page(latest!.key, firstPage!.page),
      paths.article(firstArticle!.id),
      paths.sections(),
      paths.issues(),
    ]) {
      await page.goto(local(path));
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });

  test('has no axe violations on home, year, issue, 版面, article, sections and 404', async ({ page }) => {
    const section = archive.sections[0];
    const pages = [
      paths.home(),
      paths.year(latest!.year),
      paths.issue(latest!.key),
      paths.page(latest!.key, firstPage!.page),
      paths.article(firstArticle!.id),
      paths.sections(),
      ...(section ? [paths.section(section.slug)] : []),
      '/no-such-page/',
    ];
    for (const path of pages) {
      await page.goto(local(path));
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${path}: ${v.id} (${v.nodes.length})`)).toEqual([]);
    }
  });
});

test('shows a useful 404 page with search and links', async ({ page }) => {
  const console = watchConsole(page, { allow404: true });
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
  await expect(page.locator('main form[role="search"] input[name="q"]')).toBeVisible();
  await expect(page.getByRole('link', { name: /按日期浏览/ })).toBeVisible();
  expect(console.errors).toEqual([]);
});

test.describe('fixture archive', () => {
  const info = () => readFixtureInfo();

  test('lands a redirected old id on the current article, keeping the paragraph anchor', async ({ page }) => {
    const { oldId, newId } = info();
    await page.goto(fixtureUrl(`${paths.article(oldId)}#p1`));
    await page.waitForURL(new RegExp(`${paths.article(newId)}#p1$`));
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      new RegExp(`${paths.article(newId)}$`),
    );
  });

  test('shows a source page’s <script> and <img onerror> text literally and runs nothing', async ({
    page,
  }) => {
    const { hostileId, hostileParagraphs } = info();
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.goto(fixtureUrl(paths.article(hostileId)));
    const body = page.locator('[data-article-body]');
    for (const paragraph of hostileParagraphs) await expect(body).toContainText(paragraph);
    await expect(body).toContainText('<script>alert(1)</script>');
    await expect(body).toContainText('<img src=x onerror=alert(1)>');
    await expect(body.locator('script, img, iframe')).toHaveCount(0);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
  });
});
