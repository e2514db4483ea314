import { describe, expect, it } from 'vitest';
import { pageNumberToParam, paths, withBasePath } from '@/lib/site/urls';

describe('urls', () => {
  it.each([
    [paths.article('2022-03-06_12-01-03'), '/articles/2022-03-06_12-01-03/'],
    [paths.issue('2022-03-06_12'), '/issues/2022-03-06_12/'],
    [paths.page('2022-03-08', 1), '/issues/2022-03-08/01/'],
    [paths.year(2022), '/issues/2022/'],
    [paths.section('commentary'), '/sections/commentary/'],
    [paths.sectionPage('commentary', 2), '/sections/commentary/p/2/'],
    [paths.legacySectionPage('commentary', 2), '/sections/commentary/2/'],
    [paths.articleData('2022-03-08-01-01'), '/data/articles/2022-03-08-01-01.json'],
    [paths.search('丽水 <b>'), '/search/?q=%E4%B8%BD%E6%B0%B4%20%3Cb%3E'],
  ])('builds %s', (built, expected) => {
    expect(built).toBe(expected);
  });

  it('prefixes the base path when the site is served from a sub-path', () => {
    expect(withBasePath('/issues/', '/archive')).toBe('/archive/issues/');
    expect(withBasePath('/', '')).toBe('/');
  });

  it('refuses a relative path (it would break under a base path)', () => {
    expect(() => withBasePath('issues/', '/archive')).toThrow(/root-relative/);
  });

  it.each([
    [1, '01'],
    [12, '12'],
    [105, '105'],
  ])('pads 版 %i as %s', (page, param) => {
    expect(pageNumberToParam(page)).toBe(param);
  });
});
