// scripts/serve.ts: the static server used by `npm start` and the e2e tests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { createStaticServer, resolveRequestPath } from '@/scripts/serve';

const root = mkdtempSync(path.join(tmpdir(), 'serve-test-'));
mkdirSync(path.join(root, 'articles', 'a'), { recursive: true });
writeFileSync(path.join(root, 'index.html'), 'home');
writeFileSync(path.join(root, '404.html'), 'missing');
writeFileSync(path.join(root, 'articles', 'a', 'index.html'), 'article');
writeFileSync(path.join(root, 'feed.xml'), '<rss/>');
writeFileSync(path.join(root, 'a.webmanifest'), '{}');

const server = createStaticServer(root, '');
let base = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.close();
  rmSync(root, { recursive: true, force: true });
});

describe('static server', () => {
  it.each([
    ['/', 200, 'text/html; charset=utf-8'],
    ['/articles/a/', 200, 'text/html; charset=utf-8'],
    ['/feed.xml', 200, 'application/xml; charset=utf-8'],
    ['/a.webmanifest', 200, 'application/manifest+json'],
    ['/nothing/', 404, 'text/html; charset=utf-8'],
  ])('answers %s with %i and %s', async (url, status, type) => {
    const response = await fetch(base + url);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe(type);
  });

  it('redirects a directory without its trailing slash', async () => {
    const response = await fetch(`${base}/articles/a`, { redirect: 'manual' });
    expect(response.status).toBe(308);
    expect(response.headers.get('location')).toBe('/articles/a/');
  });

  // A real file right outside the root, so an escape would be found if it were possible.
  const secret = `${path.basename(root)}-secret.txt`;
  writeFileSync(path.join(root, '..', secret), 'secret');
  afterAll(() => rmSync(path.join(root, '..', secret), { force: true }));

  it.each([`/../${secret}`, `/%2e%2e/${secret}`, `/..%2f${secret}`, `/a/../../${secret}`, '/%00'])(
    'refuses to leave the root for %s',
    async (url) => {
      expect(resolveRequestPath(root, url, '')).toBeNull();
      const response = await fetch(base + url);
      expect(await response.text()).not.toBe('secret');
    },
  );

  it('serves only under the base path when one is set', () => {
    expect(resolveRequestPath(root, '/archive/articles/a/', '/archive')).toBe(
      path.join(root, 'articles', 'a', 'index.html'),
    );
    expect(resolveRequestPath(root, '/articles/a/', '/archive')).toBeNull();
  });
});
