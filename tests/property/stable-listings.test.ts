// Listing pages that do not shift (issue 12): over generated sections, adding a day's articles
// changes at most the last page and the landing (later pages are new), and never a redirect page
// of the newest-first URLs published before.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildArchive } from '@/lib/content/archive';
import { sectionLanding, sectionPage, sectionPageCount } from '@/lib/content/section-pages';
import type { Article } from '@/lib/content/schema';
import { sectionRedirectPages } from '@/lib/site/static-files';
import { makeArticle } from '../unit/site/fixtures';

const DAY = 86_400_000;
const FIRST_DAY = Date.UTC(2022, 0, 1);
const PER_PAGE = 4;

/** One day's articles: `pages` holds how many articles each 版 (1…) carries; 版 1 is 要闻, the rest 综合. */
function dayArticles(day: number, pages: readonly number[]): Article[] {
  const date = new Date(FIRST_DAY + day * DAY).toISOString().slice(0, 10);
  return pages.flatMap((count, index) =>
    Array.from({ length: count }, (_, order) =>
      makeArticle({
        id: `${date}-0${index + 1}-0${order + 1}`,
        date,
        page: index + 1,
        pageName: index === 0 ? '要闻' : '综合',
        order: order + 1,
        column: order % 3 === 0 ? '诚信丽水' : null,
      }),
    ),
  );
}

const days = fc.array(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 3 }), {
  minLength: 1,
  maxLength: 40,
});

describe('section listings as days are added', () => {
  it('change at most the last page and the landing, per page size', () => {
    fc.assert(
      fc.property(days, days, fc.integer({ min: 0, max: 120 }), (before, added, gap) => {
        const old = before.flatMap((pages, day) => dayArticles(day, pages));
        const later = added.flatMap((pages, day) => dayArticles(before.length + gap + day, pages));
        const was = buildArchive(old);
        const now = buildArchive([...old, ...later]);
        for (const section of was.sections) {
          const grown = now.sectionBySlug.get(section.slug)!;
          const last = sectionPageCount(section, PER_PAGE);
          const ids = (list: Article[]) => list.map((article) => article.id);
          for (let n = 1; n < last; n += 1)
            expect(ids(sectionPage(grown, n, PER_PAGE)), `${section.name} page ${n}`).toEqual(
              ids(sectionPage(section, n, PER_PAGE)),
            );
          // The last page only gains articles, at its newest end.
          const lastPage = ids(sectionPage(grown, last, PER_PAGE));
          expect(lastPage.slice(lastPage.length - sectionPage(section, last, PER_PAGE).length)).toEqual(
            ids(sectionPage(section, last, PER_PAGE)),
          );
          expect(sectionLanding(grown, PER_PAGE).length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('leave every redirect page of the newest-first URLs as it was', () => {
    fc.assert(
      fc.property(days, days, (before, added) => {
        const old = before.flatMap((pages, day) => dayArticles(day, pages));
        const later = added.flatMap((pages, day) => dayArticles(before.length + day, pages));
        const was = sectionRedirectPages(buildArchive(old));
        const now = sectionRedirectPages(buildArchive([...old, ...later]));
        for (const [file, html] of was) expect(now.get(file), file).toBe(html);
      }),
      { numRuns: 50 },
    );
  });
});
