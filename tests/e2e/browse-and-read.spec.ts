// Journeys of a reader: browse date → 版面 → article, read, share and cite; plus the 404 page,
// a phone viewport, reader settings, accessibility (axe), and the fixture archive's hostile
// text and redirected old id.
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { formatIssueDate, formatPageLabel, formatPageNumber } from '../../lib/site/format';
import { paths } from '../../lib/site/urls';
import { buildArchive, legacySectionSlug, type Issue } from '../../lib/content/archive';
import { loadArticles, loadFragmentPages } from '../../lib/content/load';
import { fixtureUrl, local, realArchive, watchConsole } from './helpers';
import { readFixtureInfo } from './fixture/fixture-site';
import { createHash } from 'node:crypto';
import { HEAD_SCRIPT } from '../../app/_components/head-script';

const archive = realArchive();

/** Every JSON-LD object on the page. */
async function jsonLdOf(page: Page): Promise<Record<string, unknown>[]> {
  const texts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return texts.map((text) => JSON.parse(text) as Record<string, unknown>);
}

/** The visible breadcrumbs as [label, href], and the BreadcrumbList JSON-LD as [name, item]. */
async function breadcrumbsOf(page: Page) {
  const items = page.locator('nav.breadcrumbs li');
  const visible: [string, string | null][] = [];
  for (let i = 0; i < (await items.count()); i += 1) {
    const item = items.nth(i);
    const link = item.locator('a');
    visible.push([
      (await item.textContent()) ?? '',
      (await link.count()) > 0 ? new URL((await link.getAttribute('href')) ?? '', page.url()).pathname : null,
    ]);
  }
  const list = (await jsonLdOf(page)).filter((data) => data['@type'] === 'BreadcrumbList');
  const elements = (list[0]?.itemListElement ?? []) as { name: string; item: string; position: number }[];
  return { visible, list, elements };
}

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
        .getByRole('navigation', { name: '上下篇' })
        .getByRole('link', { name: /下一篇/ })
        .click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(secondArticle.title);
      await page
        .getByRole('navigation', { name: '上下篇' })
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

  test('leads the home page with the latest issue’s 版面, never with a lost opening', async ({ page }) => {
    await page.goto('./');
    const front = page.locator('section.front');
    await expect(front.getByRole('heading', { level: 2 })).toContainText(formatIssueDate(latest!.date));
    for (const issuePage of latest!.pages)
      await expect(
        front.getByRole('heading', { level: 3, name: formatPageLabel(issuePage.page, issuePage.pageName) }),
      ).toBeVisible();
    // Every article of the latest issue is reachable from the front page (its 版面's leads and titles).
    const linked = await front.locator('a[href*="/articles/"]').count();
    expect(linked).toBeGreaterThan(0);
    for (const issuePage of latest!.pages)
      for (const article of issuePage.articles.filter((a) => a.openingMissing))
        await expect(front.locator('.front-lead', { hasText: article.title })).toHaveCount(0);
    // The seed's top story opens with the tail of a lost sentence: it is never an excerpt.
    await expect(front.locator('.front-excerpt', { hasText: '富裕美好社会山区样板' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: '全部往期' })).toHaveAttribute('href', /\/issues\/$/);
  });

  test('uses the width of a 1280 px screen for the front page', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('./');
    const wrap = await page.locator('main .wrap').boundingBox();
    const first = await page.locator('.front-page-first').boundingBox();
    expect(first!.width).toBeGreaterThan(wrap!.width * 0.9);
    // The main story sits beside the next leads, not above an empty two thirds.
    const leads = page.locator('.front-page-first .front-lead');
    if ((await leads.count()) > 1) {
      const [main, second] = [await leads.nth(0).boundingBox(), await leads.nth(1).boundingBox()];
      expect(second!.x).toBeGreaterThan(main!.x + main!.width - 1);
      expect(second!.y).toBeLessThan(main!.y + 5);
    }
  });

  test('shows one breadcrumb hierarchy, the same in BreadcrumbList JSON-LD, on every page kind', async ({
    page,
  }) => {
    const dateInYear = formatIssueDate(latest!.date).replace(/^\d{4}年/, '');
    const pageLabel = formatPageLabel(firstPage!.page, firstPage!.pageName);
    const hierarchy: [string, string][] = [
      ['首页', paths.home()],
      [`${latest!.year}年`, paths.year(latest!.year)],
      [dateInYear, paths.issue(latest!.key)],
      [pageLabel, paths.page(latest!.key, firstPage!.page)],
      [firstArticle!.title, paths.article(firstArticle!.id)],
    ];
    const section = archive.sections[0]!;
    const cases: [string, [string, string][]][] = [
      [paths.article(firstArticle!.id), hierarchy],
      [paths.page(latest!.key, firstPage!.page), hierarchy.slice(0, 4)],
      [paths.issue(latest!.key), hierarchy.slice(0, 3)],
      [paths.year(latest!.year), hierarchy.slice(0, 2)],
      [paths.issues(), [hierarchy[0]!, ['往期报纸', paths.issues()]]],
      [paths.search(), [hierarchy[0]!, ['全文检索', paths.search()]]],
      [
        paths.section(section.slug),
        [hierarchy[0]!, ['栏目与版面', paths.sections()], [section.name, paths.section(section.slug)]],
      ],
    ];
    for (const [path, expected] of cases) {
      await page.goto(local(path));
      const { visible, list, elements } = await breadcrumbsOf(page);
      const base = new URL(page.url()).pathname.slice(0, -path.length);
      expect(visible, path).toEqual(
        expected.map(([label, crumbPath], i) => [label, i < expected.length - 1 ? base + crumbPath : null]),
      );
      expect(list, path).toHaveLength(1);
      expect(
        elements.map((element) => [element.position, element.name, new URL(element.item).pathname]),
        path,
      ).toEqual(expected.map(([label, crumbPath], i) => [i + 1, label, base + crumbPath]));
    }
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
    const jsonLd = (await jsonLdOf(page)).find((data) => data['@type'] === 'NewsArticle');
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

  const fixtureArchive = () => {
    const { contentDir } = info();
    return buildArchive(loadArticles(contentDir), loadFragmentPages(contentDir));
  };

  /** The first and last article of an issue's 版面 that have articles. */
  const pagesWithArticles = (issue: Issue) => issue.pages.filter((p) => p.articles.length > 0);

  test('goes on from the last article of a 版面 to the next 版面, and from the last of an issue to the next issue', async ({
    page,
  }) => {
    const archive = fixtureArchive();
    const console = watchConsole(page);
    const pager = page.getByRole('navigation', { name: '上下篇' });
    // Across 版面: an issue with two or more 版面 that hold articles.
    const issue = archive.issues.find((candidate) => pagesWithArticles(candidate).length > 1)!;
    const [from, to] = pagesWithArticles(issue);
    const last = from!.articles.at(-1)!;
    const first = to!.articles[0]!;
    await page.goto(fixtureUrl(paths.article(last.id)));
    const next = pager.getByRole('link', { name: /下一版/ });
    await expect(next).toContainText(`下一版：${formatPageLabel(to!.page, to!.pageName)}`);
    await next.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.title);
    const back = pager.getByRole('link', { name: /上一版/ });
    await expect(back).toContainText(`上一版：${formatPageLabel(from!.page, from!.pageName)}`);
    await back.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(last.title);

    // Across issues: the last article of one issue leads to the first of the next.
    const index = archive.issues.findIndex((candidate) => pagesWithArticles(candidate).length > 0);
    const older = archive.issues[index]!;
    const newer = archive.issues
      .slice(index + 1)
      .find((candidate) => pagesWithArticles(candidate).length > 0)!;
    const olderLast = pagesWithArticles(older).at(-1)!;
    const newerFirst = pagesWithArticles(newer)[0]!;
    await page.goto(fixtureUrl(paths.article(olderLast.articles.at(-1)!.id)));
    const nextIssue = pager.getByRole('link', { name: /下一期/ });
    await expect(nextIssue).toContainText(
      `下一期：${formatIssueDate(newer.date)} ${formatPageLabel(newerFirst.page, newerFirst.pageName)}`,
    );
    await nextIssue.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(newerFirst.articles[0]!.title);
    await expect(pager.getByRole('link', { name: /上一期/ })).toContainText(
      `上一期：${formatIssueDate(older.date)} ${formatPageLabel(olderLast.page, olderLast.pageName)}`,
    );
    // The very first article of the archive has nothing before it.
    await page.goto(fixtureUrl(paths.article(pagesWithArticles(older)[0]!.articles[0]!.id)));
    await expect(pager.locator('a[rel="prev"]')).toHaveCount(0);
    expect(console.errors).toEqual([]);
  });

  test('sends every old hashed and newest-first section URL to the section’s landing', async ({
    page,
    request,
  }) => {
    const archive = fixtureArchive();
    const moved = archive.sections.filter(
      (section) => legacySectionSlug(section.type, section.name) !== section.slug,
    );
    expect(moved.length).toBeGreaterThan(0);
    for (const section of moved) {
      const old = legacySectionSlug(section.type, section.name);
      expect(section.slug, section.name).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      for (const published of [paths.legacySectionPage(old, 1), paths.legacySectionPage(section.slug, 1)]) {
        await page.goto(fixtureUrl(published));
        await page.waitForURL(new RegExp(`${paths.section(section.slug)}$`));
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(section.name);
      }
      // A feed reader follows no meta refresh: the old feed URL still serves the feed.
      const feed = await request.get(fixtureUrl(paths.sectionFeed(old)));
      expect(feed.ok(), old).toBe(true);
      expect(await feed.text()).toContain(`<title>`);
    }
  });

  test('shows the latest issue’s 版面 on the fixture home page, with its earlier issues, and passes axe', async ({
    page,
  }) => {
    const archive = fixtureArchive();
    const latest = archive.issues.at(-1)!;
    await page.goto(fixtureUrl('/'));
    const front = page.locator('section.front');
    for (const issuePage of latest.pages)
      await expect(
        front.getByRole('heading', { level: 3, name: formatPageLabel(issuePage.page, issuePage.pageName) }),
      ).toBeVisible();
    const recent = page.locator('.recent-issues a');
    await expect(recent.first()).toHaveText(formatIssueDate(archive.issues.at(-2)!.date));
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id} (${v.nodes.length})`)).toEqual([]);
  });

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
