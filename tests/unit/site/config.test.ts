import { describe, expect, it } from 'vitest';
import { parseSiteConfig } from '@/lib/site/config';

describe('parseSiteConfig', () => {
  it('defaults to a local site at the root without an ICP number', () => {
    expect(parseSiteConfig({})).toMatchObject({
      siteUrl: 'http://localhost:3000',
      basePath: '',
      icpNumber: '',
    });
  });

  it('trims trailing slashes from SITE_URL and keeps BASE_PATH and ICP_NUMBER', () => {
    expect(
      parseSiteConfig({
        SITE_URL: 'https://example.cn//',
        BASE_PATH: '/archive',
        ICP_NUMBER: ' 浙ICP备00000000号 ',
      }),
    ).toMatchObject({
      siteUrl: 'https://example.cn',
      basePath: '/archive',
      icpNumber: '浙ICP备00000000号',
    });
  });

  it.each([
    [{ BASE_PATH: '/archive/' }, /BASE_PATH/],
    [{ BASE_PATH: 'archive' }, /BASE_PATH/],
    [{ SITE_URL: 'ftp://example.cn' }, /SITE_URL/],
    [{ SITE_URL: 'not a url' }, /SITE_URL/],
  ])('rejects %o', (env, message) => {
    expect(() => parseSiteConfig(env)).toThrow(message);
  });
});
