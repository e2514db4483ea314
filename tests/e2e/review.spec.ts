// The editors' review page (`npm run review`, issue 11) in Chromium, over the fixture archive's
// sources: pages with review reasons first, a page's lines beside their roles, statements to copy.
import { spawn, type ChildProcess } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { readFixtureInfo } from './fixture/fixture-site';

let base = '';
let server: ChildProcess | undefined;

test.beforeAll(async () => {
  // Any free port (PORT=0): the server prints the one it took. A fixed port could be taken by
  // another process or an interrupted run, and would answer with other code.
  // Its own process group, so that stopping it stops tsx's node process too, not only npx.
  const child = spawn('npx', ['tsx', 'scripts/review.ts'], {
    env: { ...process.env, PORT: '0', CONTENT_DIR: readFixtureInfo().contentDir },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  server = child;
  base = await new Promise<string>((resolve, reject) => {
    let printed = '';
    const timer = setTimeout(() => reject(new Error(`the review server did not start: ${printed}`)), 30_000);
    const read = (chunk: Buffer) => {
      printed += chunk.toString();
      const url = /on (http:\/\/127\.0\.0\.1:\d+)\//.exec(printed)?.[1];
      if (url !== undefined) {
        clearTimeout(timer);
        resolve(url);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the review server exited (${code}): ${printed}`));
    });
  });
  expect((await fetch(`${base}/`)).ok).toBe(true);
});

test.afterAll(() => {
  if (server?.pid !== undefined && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
});

test('lists every source page and shows a page line by line with roles and statements', async ({ page }) => {
  await page.goto(`${base}/`);
  await expect(page.locator('h1')).toContainText('校对：全部版面');
  const rows = page.locator('tbody tr');
  expect(await rows.count()).toBeGreaterThan(5);
  // Pages whose articles carry review reasons come first.
  const flags = await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelector('.flag') !== null));
  expect(flags.indexOf(false)).toBeGreaterThan(-1);
  expect(flags.slice(flags.indexOf(false)).every((flag) => !flag)).toBe(true);

  await page.getByRole('link', { name: 'caption' }).click();
  await expect(page.locator('h1')).toContainText('2022-03-11 第1版');
  const titleLine = page.locator('#l1');
  await expect(titleLine.locator('.role')).toContainText('主题');
  await expect(page.locator('#l7 .role')).toContainText('正文');
  await titleLine.getByText('改正').click();
  await expect(titleLine.locator('code').first()).toHaveText('- start: 1');
  await expect(titleLine.locator('code', { hasText: 'role: subtitle' })).toHaveText(
    '- { line: 1, role: subtitle }',
  );

  await page.goto(`${base}/pages/unplaced/`);
  await expect(page.locator('#l1 .role')).toContainText('报眉');
  await expect(page.locator('#l3 .role')).toContainText('未归入文章');
});
