// Nothing a page printed is hidden from readers (issue 14): a photo caption shows under its article
// and finds it; text the parser could not place shows on its 版面 page and search finds it there;
// every fragment that is not page furniture is in the built site.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { loadFragmentPages } from '../../lib/content/load';
import { dateToKey } from '../../lib/content/ids';
import { paths } from '../../lib/site/urls';
import { readFixtureInfo } from './fixture/fixture-site';
import { fixtureUrl, watchConsole } from './helpers';

test('a photo caption shows under its article, and a word only the caption has finds the article', async ({
  page,
}) => {
  const console = watchConsole(page);
  await page.goto(fixtureUrl(`/search/?q=${encodeURIComponent('大港头码头')}`));
  const result = page.locator('ol li h2', { hasText: '古堰画乡迎来写生季' });
  await expect(result).toBeVisible();
  await result.locator('a').click();
  const caption = page.locator('main figure.caption figcaption');
  await expect(caption).toHaveText('图为学生在大港头码头写生。 记者 郭真 摄');
  expect(console.errors).toEqual([]);
});

test('text the parser could not place shows on its 版面 page, and search finds it there', async ({
  page,
}) => {
  await page.goto(fixtureUrl(paths.page('2022-03-11', 2)));
  // The manifest names no 版面 (pageName: null): 「第2版」 alone, under the manifest's paper.
  await expect(page.locator('h1')).toHaveText('第2版');
  await expect(page.locator('.lede')).toContainText('丽水日报');
  const section = page.getByRole('region', { name: '本版其他文字（未能归入文章）' });
  await expect(section).toContainText('据悉，瓯江夜游码头将于本月底启用');
  await expect(section).toContainText('夜游航线全长八公里');
  // The running head is page furniture: kept in content/, not shown.
  await expect(section).not.toContainText('星期五');

  await page.goto(fixtureUrl(`/search/?q=${encodeURIComponent('夜游航线')}`));
  const hit = page.locator('ol li[data-kind="unplaced"]');
  await expect(hit).toHaveCount(1);
  await expect(hit.locator('h2')).toHaveText('本版其他文字（未能归入文章）');
  await expect(page.getByText(/共找到 1 条结果/)).toBeVisible();
  await hit.locator('h2 a').click();
  await expect(page).toHaveURL(/\/issues\/2022-03-11\/02\/#f1$/);
  await expect(page.locator('#f1')).toContainText('夜游航线全长八公里');
});

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? htmlFiles(full) : name.endsWith('.html') ? [full] : [];
  });
}

test('every fragment that is not page furniture appears in the built site, on its 版面 page', () => {
  const { contentDir, outDir } = readFixtureInfo();
  let shown = 0;
  for (const [content, out] of [
    [contentDir, outDir],
    [path.resolve('content'), path.resolve('out')],
  ] as const) {
    for (const record of loadFragmentPages(content)) {
      const pageHtml = readFileSync(
        path.join(out, paths.page(dateToKey(record.date), record.page), 'index.html'),
        'utf8',
      );
      for (const fragment of record.fragments) {
        if (fragment.furniture) continue;
        shown += 1;
        expect(pageHtml).toContain(`id="${fragment.anchor}"`);
        for (const line of fragment.text.split('\n')) expect(pageHtml).toContain(line);
      }
    }
  }
  expect(shown).toBeGreaterThan(0);
  expect(htmlFiles(outDir).length).toBeGreaterThan(0);
});
