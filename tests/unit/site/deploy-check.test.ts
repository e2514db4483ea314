// A production build without a real SITE_URL is refused (issue 13): it would ship QR codes and
// shared links to localhost.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { productionSiteUrlProblem } from '@/lib/site/deploy-check';

describe('productionSiteUrlProblem', () => {
  it.each([
    [{}, /SITE_URL is not set: .*README\.md, "Build, serve, deploy"/],
    [{ SITE_URL: '  ' }, /SITE_URL is not set/],
    [{ SITE_URL: 'http://localhost:3000' }, /points at this machine/],
    [{ SITE_URL: 'http://127.0.0.1:8080' }, /points at this machine/],
    [{ SITE_URL: 'archive' }, /is not a URL/],
  ])('refuses %j', (env, message) => {
    expect(productionSiteUrlProblem(env)).toMatch(message);
  });

  it.each([
    [{ SITE_URL: 'https://archive.example.cn' }],
    [{ LOCAL_PREVIEW: '1' }],
    [{ LOCAL_PREVIEW: '1', SITE_URL: 'http://localhost:3000' }],
  ])('accepts %j', (env) => {
    expect(productionSiteUrlProblem(env)).toBeNull();
  });

  it('stops `npm run build` at its first step with the message', () => {
    const env = { ...process.env, SITE_URL: '', LOCAL_PREVIEW: '' };
    const result = spawnSync(
      path.resolve('node_modules/.bin/tsx'),
      [path.resolve('scripts/check-site-url.ts')],
      {
        env,
        encoding: 'utf8',
      },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^build refused: SITE_URL is not set/);
  });
});
