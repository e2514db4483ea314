// Journeys of a reader searching the archive: type a query, see highlighted results, open one and
// come back with the query still there; share a ?q= link; hostile queries show as text; article
// pages load no search code.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { loadArticles } from '../../lib/content/load';
import { siteConfig } from '../../lib/site/config';
import { markdownToBlocks } from '../../lib/content/markdown';
import { normalize } from '../../lib/search/normalize';
import { fixtureUrl, local, watchConsole } from './helpers';

const articles = loadArticles();
// A query taken from a real paragraph: four characters from the middle of the first long one.
const paragraph = articles
  .flatMap((article) => markdownToBlocks(article.body).map((block) => block.text))
  .find((text) => normalize(text).length > 40);
const query = paragraph ? normalize(paragraph).slice(10, 14) : '';
const withAuthor = articles.find((article) => article.authors.length > 0);

async function resultTitles(page: Page): Promise<string[]> {
  return page.locator('ol li h2').allInnerTexts();
}

test.describe('searching the archive', () => {
  test.skip(!paragraph, 'the archive has no article text to search');

  test('types a query, sees highlighted results, opens one and comes back to the same query', async ({
    page,
  }) => {
    const console = watchConsole(page);
    await page.goto(local('/search/'));
    await page.getByRole('searchbox', { name: '检索词' }).fill(query);
    await expect(page.getByText(/共找到 \d+ 条结果/)).toBeVisible();
    await expect(page.locator('ol li mark').first()).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(query)}`));
    const titles = await resultTitles(page);
    expect(titles.length).toBeGreaterThan(0);

    await page.locator('ol li h2 a').first().click();
    await expect(page).toHaveURL(/\/articles\/[^/]+\/\?hl=/);
    await expect(page.locator('main mark').first()).toBeVisible();

    await page.goBack();
    await expect(page.getByRole('searchbox', { name: '检索词' })).toHaveValue(query);
    await expect(page.locator('ol li h2').first()).toBeVisible();
    expect(await resultTitles(page)).toEqual(titles);
    expect(console.errors).toEqual([]);
  });

  test('a shared ?q= link opens the same results', async ({ page, browser }) => {
    await page.goto(local(`/search/?q=${encodeURIComponent(query)}`));
    await expect(page.locator('ol li h2').first()).toBeVisible();
    const titles = await resultTitles(page);
    const other = await browser.newPage();
    await other.goto(page.url());
    await expect(other.getByRole('searchbox', { name: '检索词' })).toHaveValue(query);
    await expect(other.locator('ol li h2').first()).toBeVisible();
    expect(await resultTitles(other)).toEqual(titles);
    await other.close();
  });

  test('finds the same articles for traditional and full-width spellings', async ({ page }) => {
    await page.goto(local(`/search/?q=${encodeURIComponent('丽水')}`));
    const count = page.getByText(/共找到 \d+ 条结果/);
    await expect(count).toBeVisible();
    const simplified = await count.innerText();
    await page.goto(local(`/search/?q=${encodeURIComponent('麗水')}`));
    await expect(page.getByText(/共找到 \d+ 条结果/)).toHaveText(simplified);
  });

  test('finds an article by its author name', async ({ page }) => {
    test.skip(!withAuthor, 'no article names an author');
    const name = withAuthor!.authors[0]!.name;
    await page.goto(local(`/search/?q=${encodeURIComponent(name)}`));
    await expect(page.locator('ol li h2', { hasText: withAuthor!.title }).first()).toBeVisible();
  });

  test('shows a hostile query as text and runs nothing', async ({ page }) => {
    const hostile = '<img src=x onerror=alert(1)>';
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    await page.goto(local(`/search/?q=${encodeURIComponent(hostile)}`));
    await expect(page.getByRole('searchbox', { name: '检索词' })).toHaveValue(hostile);
    await expect(page.getByText(hostile).first()).toBeVisible();
    expect(await page.locator('main img[src="x"]').count()).toBe(0);
    expect(dialogs).toBe(0);
  });

  test('article pages load no search code', async ({ page, request }) => {
    const requested: string[] = [];
    page.on('request', (entry) => requested.push(entry.url()));
    await page.goto(local(`/articles/${articles[0]!.id}/`));
    await page.waitForLoadState('networkidle');
    expect(requested.filter((url) => /\/search\/(manifest|shards|parts|docs|meta)/.test(url))).toEqual([]);
    // The engine's format tag and OpenCC's table are in the search chunks only.
    for (const url of requested.filter((entry) => entry.endsWith('.js'))) {
      const body = await (await request.get(url)).text();
      expect(body.includes('lishui-search') || body.includes('㑯 㑔'), url).toBe(false);
    }
  });
});

// Issue 10's field cases, ingested byte for byte into the fixture archive: what extraction tools
// and web copies produce is read, built and found like any other page.
test.describe('searching pages as extraction tools give them', () => {
  const cases: [query: string, title: string][] = [
    ['青田', '青田县推出山区共富新举措'], // radicals ⻘⽥ folded at intake
    ['我市首个', '遂昌金矿公园获评国家级称号'], // a running head between the paragraph's halves
    ['叶江', '松阳茶叶出口创新高'], // a zero-width space inside the byline's name
    ['赵孟𫖯', '庆元举办香菇文化节'], // an astral name
    ['青瓷是龙泉的名片', '龙泉青瓷传承人讲述匠心故事'], // a GBK page with vertical punctuation
  ];
  for (const [query, title] of cases) {
    test(`${query} finds 「${title}」`, async ({ page }) => {
      await page.goto(fixtureUrl(`/search/?q=${encodeURIComponent(query)}`));
      await expect(page.locator('ol li h2', { hasText: title }).first()).toBeVisible();
    });
  }

  test('the running head printed mid-paragraph is no article of its own', async ({ page }) => {
    await page.goto(fixtureUrl(`/search/?q=${encodeURIComponent('星期二')}`));
    await expect(page.getByText(/没有找到|共找到 \d+ 条结果/)).toBeVisible();
    await expect(page.locator('ol li h2', { hasText: /^丽水日报$/ })).toHaveCount(0);
  });
});

test.describe('filters from a shared URL', () => {
  test('a 体裁 filter in the URL is applied and shown; unknown or invalid values are dropped visibly', async ({
    page,
  }) => {
    const kinds = [...new Set(articles.map((article) => article.kind).filter((kind) => kind !== null))];
    test.skip(kinds.length === 0, 'no article has a kind');
    const kind = kinds[0] as string;
    const expected = articles.filter(
      (article) => article.kind === kind && normalize(article.title + article.body).includes('丽水'),
    );
    await page.goto(local(`/search/?q=${encodeURIComponent('丽水')}&kind=${encodeURIComponent(kind)}`));
    await expect(page.getByLabel('体裁')).toHaveValue(kind);
    if (expected.length > 0) await expect(page.getByText(/共找到 \d+ 条结果/)).toBeVisible();

    await page.goto(
      local(`/search/?q=${encodeURIComponent('丽水')}&section=${encodeURIComponent('评论')}&from=2022-13-45`),
    );
    await expect(page.getByRole('status').filter({ hasText: '已忽略' })).toContainText('版面「评论」');
    await expect(page.getByRole('status').filter({ hasText: '已忽略' })).toContainText(
      '起始日期「2022-13-45」',
    );
    await expect(page.getByLabel('版面')).toHaveValue('');
    await expect(page.getByText(/共找到 \d+ 条结果/)).toBeVisible();
  });
});

test.describe('the search page as a reader sees it (issue 13, item 7)', () => {
  test('excerpts a body passage with the match rather than the column, and shows the head fields too', async ({
    page,
  }) => {
    // The seed's 诚信 article has 诚信 in its column (诚信丽水), its title and its body.
    const article = articles.find(
      (entry) =>
        entry.column?.includes('诚信') && entry.title.includes('诚信') && entry.body.includes('诚信'),
    );
    test.skip(!article, 'no article with 诚信 in its column, title and body');
    await page.goto(local(`/search/?q=${encodeURIComponent('诚信')}`));
    const item = page.locator('ol li', { has: page.locator('h2', { hasText: article!.title }) });
    await expect(item.locator('h2 mark').first()).toHaveText('诚信');
    const snippet = item.locator('p').last();
    await expect(snippet.locator('mark').first()).toHaveText('诚信');
    const excerpt = (await snippet.innerText()).replace(/^…|…$/g, '');
    const blocks = markdownToBlocks(article!.body).map((block) => block.text);
    expect(blocks.some((text) => text.includes(excerpt))).toBe(true);
    await expect(item.getByText(`栏目「${article!.column}」`)).toBeVisible();
  });

  test('has one search box, which / focuses, and puts the query in the document title', async ({ page }) => {
    await page.goto(local(`/search/?q=${encodeURIComponent('诚信')}`));
    await expect(page.getByRole('searchbox')).toHaveCount(1);
    await expect(page).toHaveTitle(`「诚信」 - 全文检索｜${siteConfig.siteName}`);
    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('/');
    await expect(page.getByRole('searchbox', { name: '检索词' })).toBeFocused();
    await page.getByRole('searchbox', { name: '检索词' }).fill(query);
    await expect(page).toHaveTitle(`「${query}」 - 全文检索｜${siteConfig.siteName}`);
    await page.getByRole('searchbox', { name: '检索词' }).fill('');
    await expect(page).toHaveTitle(`全文检索｜${siteConfig.siteName}`);
  });

  test('folds the filters on a phone, keeps the active ones visible, and shows them open on a wide screen', async ({
    page,
  }) => {
    const kind = articles.map((article) => article.kind).find((entry) => entry !== null);
    test.skip(!kind, 'no article has a kind');
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(local(`/search/?q=${encodeURIComponent('丽水')}&kind=${encodeURIComponent(kind!)}`));
    const summary = page.locator('summary', { hasText: '筛选与排序' });
    await expect(summary).toBeVisible();
    await expect(summary).toContainText('已选 1 项');
    await expect(page.getByLabel('体裁')).toBeHidden();
    const chip = page.getByRole('button', { name: `取消筛选 体裁：${kind}` });
    await expect(chip).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);

    await summary.click();
    await expect(page.getByLabel('体裁')).toBeVisible();
    await expect(page.getByLabel('体裁')).toHaveValue(kind!);
    await chip.click();
    await expect(page).not.toHaveURL(/[?&]kind=/);
    await expect(chip).toHaveCount(0);

    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(local(`/search/?q=${encodeURIComponent('丽水')}`));
    await expect(page.getByLabel('版面')).toBeVisible();
    await expect(page.locator('summary', { hasText: '筛选与排序' })).toBeHidden();
  });

  for (const width of [360, 1280]) {
    test(`has no axe violations with results and filters at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      const kind = articles.map((article) => article.kind).find((entry) => entry !== null);
      await page.goto(
        local(`/search/?q=${encodeURIComponent('丽水')}${kind ? `&kind=${encodeURIComponent(kind)}` : ''}`),
      );
      await expect(page.getByText(/共找到 \d+ 条结果|没有找到/)).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes[0]?.target}`)).toEqual([]);
    });
  }
});
