// Whole-page tests: every folder under tests/fixtures/pages/ names a raw page in content/sources/
// and holds its expected segmentation (the seed's gold among them). `UPDATE=1` rewrites them.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePage } from '@/lib/parser/parse-page';
import type { ParsedArticle } from '@/lib/parser/types';
import { FULL_WIDTH } from '@/lib/parser/punctuation';

const ROOT = path.resolve(__dirname, '../../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures/pages');

/** The gold's article shape (subheadings and paragraphs listed apart, startsMidSentence = openingMissing). */
interface GoldArticle {
  title: string;
  kicker: string | null;
  subtitle: string | null;
  column: string | null;
  byline: string | null;
  authors: { name: string; role: string }[];
  dateline: string | null;
  subheadings: string[];
  continuedOn: number | null;
  startsMidSentence: boolean;
  paragraphs: string[];
}

interface Expected {
  note: string;
  sourcePath: string;
  articles: GoldArticle[];
}

function toGold(article: ParsedArticle): GoldArticle {
  return {
    title: article.title,
    kicker: article.kicker,
    subtitle: article.subtitle,
    column: article.column,
    byline: article.byline,
    authors: article.authors,
    dateline: article.dateline,
    subheadings: article.body.filter((b) => b.type === 'subheading').map((b) => b.text),
    continuedOn: article.continuedOn,
    startsMidSentence: article.openingMissing,
    paragraphs: article.body.filter((b) => b.type === 'paragraph').map((b) => b.text),
  };
}

// The gold's comparison: ASCII punctuation read as full-width, whitespace removed.
function norm(text: string | null): string | null {
  return text === null ? null : text.replace(/[,():;?!]/g, (c) => FULL_WIDTH[c] ?? c).replace(/\s+/g, '');
}

const folders = existsSync(FIXTURES)
  ? readdirSync(FIXTURES, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
  : [];

describe('page fixtures', () => {
  it('has at least the seed fixture', () => {
    expect(folders).toContain('seed');
  });

  describe.each(folders)('%s', (folder) => {
    const expectedFile = path.join(FIXTURES, folder, 'expected.json');

    it('has an expected.json (a missing expectation fails; UPDATE=1 writes one on purpose)', () => {
      if (process.env.UPDATE === '1' && !existsSync(expectedFile)) {
        throw new Error(`${expectedFile}: write {"note","sourcePath"} first, then run with UPDATE=1`);
      }
      expect(existsSync(expectedFile), `${expectedFile} is missing`).toBe(true);
    });

    if (!existsSync(expectedFile)) return;
    const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as Expected;
    const source = readFileSync(path.join(ROOT, expected.sourcePath), 'utf8');
    const actual = parsePage(source).articles;

    if (process.env.UPDATE === '1') {
      it('regenerates expected.json (UPDATE=1)', () => {
        const next = { ...expected, articles: actual.map(toGold) };
        writeFileSync(expectedFile, `${JSON.stringify(next, null, 1)}\n`);
      });
      return;
    }

    it('finds exactly the expected number of articles', () => {
      expect(actual.map((a) => norm(a.title))).toHaveLength(expected.articles.length);
    });

    describe.each(expected.articles.map((gold, i) => ({ gold, i, title: gold.title })))(
      'article $i $title',
      ({ gold, i }) => {
        const got = actual[i];
        const last = i === expected.articles.length - 1;
        const previousGold = expected.articles[i - 1];
        // Accepted variant: the previous article's column banner read as this article's kicker.
        const bannerAsKicker =
          previousGold?.column != null &&
          actual[i - 1]?.column == null &&
          norm(got?.kicker ?? null) === norm(previousGold.column);

        it('reads title, kicker and subtitle of the headline stack', () => {
          expect(got, 'article missing').toBeDefined();
          if (!got) return;
          const titles = [norm(gold.title)];
          const kickers = [norm(gold.kicker)];
          // Accepted variant: the last article's kicker and title read as one title line.
          if (last && gold.kicker !== null) {
            titles.push(norm(gold.kicker + gold.title));
            kickers.push(null);
          }
          if (bannerAsKicker) kickers.push(norm(previousGold?.column ?? null));
          expect(titles).toContain(norm(got.title));
          expect(kickers).toContain(norm(got.kicker));
          expect(norm(got.subtitle)).toBe(norm(gold.subtitle));
        });

        it('reads the column banner', () => {
          const accepted = [norm(gold.column)];
          if (gold.column !== null && norm(actual[i + 1]?.kicker ?? null) === norm(gold.column))
            accepted.push(null);
          expect(accepted).toContain(norm(got?.column ?? null));
        });

        it('reads byline, authors and dateline', () => {
          expect(norm(got?.byline ?? null)).toBe(norm(gold.byline));
          expect(got?.authors.map((a) => ({ name: norm(a.name), role: norm(a.role) }))).toEqual(
            gold.authors.map((a) => ({ name: norm(a.name), role: norm(a.role) })),
          );
          expect(norm(got?.dateline ?? null)).toBe(norm(gold.dateline));
        });

        it('reads subheadings and joins paragraphs broken across columns', () => {
          if (!got) throw new Error('article missing');
          const shaped = toGold(got);
          expect(shaped.subheadings.map(norm)).toEqual(gold.subheadings.map(norm));
          const paragraphs = shaped.paragraphs.map(norm);
          const goldParagraphs = gold.paragraphs.map(norm);
          // Accepted variant: the first paragraph with or without its `本报讯(...)` prefix.
          const first = goldParagraphs[0] ?? null;
          const prefix = norm(gold.byline);
          if (
            first !== null &&
            prefix !== null &&
            first.startsWith(prefix) &&
            paragraphs[0] === first.slice(prefix.length)
          ) {
            paragraphs[0] = first;
          }
          expect(paragraphs).toEqual(goldParagraphs);
        });

        it('reads continuation and a lost opening', () => {
          expect(got?.continuedOn).toBe(gold.continuedOn);
          expect(got?.openingMissing).toBe(gold.startsMidSentence);
        });
      },
    );
  });
});
