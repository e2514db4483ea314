// Playwright: the journeys run against the built export (out/) behind scripts/serve.ts, plus a
// small fixture archive (hostile text, a redirected old id) built into .e2e-site/ by the second server.
import { defineConfig } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { siteConfig } from './lib/site/config';
import { CHROMIUM_LAUNCH_OPTIONS } from './scripts/chromium';

// A free port, chosen once in the main process and inherited by the workers through the env.
function freePort(variable: string): number {
  if (!process.env[variable]) {
    const script =
      "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})";
    process.env[variable] = execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim();
  }
  return Number(process.env[variable]);
}

const port = freePort('E2E_PORT');
const fixturePort = freePort('E2E_FIXTURE_PORT');

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 1 : 2,
  timeout: 60_000,
  reporter: process.env.CI ? 'list' : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}${siteConfig.basePath}/`,
    browserName: 'chromium',
    launchOptions: CHROMIUM_LAUNCH_OPTIONS,
    trace: 'off',
  },
  webServer: [
    {
      command: 'npx tsx scripts/serve.ts',
      env: { PORT: String(port), OUT_DIR: 'out' },
      url: `http://127.0.0.1:${port}${siteConfig.basePath}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: 'npx tsx tests/e2e/fixture/serve-fixture.ts',
      env: { PORT: String(fixturePort) },
      url: `http://127.0.0.1:${fixturePort}${siteConfig.basePath}/`,
      reuseExistingServer: false,
      timeout: 240_000,
    },
  ],
});
