import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { PageManifestSchema } from '@/lib/content/schema';
import {
  generatePage,
  generatePages,
  generatePagesWithTruth,
  iteratePages,
  measureBigrams,
  BigramCounter,
  type GeneratedPageWithTruth,
} from '@/lib/generator';

const sample: GeneratedPageWithTruth[] = generatePagesWithTruth({ seed: 20260101, pages: 240 });
const allText = sample.map((p) => p.text).join('\n\n');
const articles = sample.flatMap((p) => p.truth.articles);

describe('generator determinism', () => {
  it('produces byte-identical pages for the same seed', () => {
    const a = generatePages({ seed: 42, pages: 30 });
    const b = generatePages({ seed: 42, pages: 30 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('produces different pages for a different seed', () => {
    const a = generatePages({ seed: 42, pages: 10 }).map((p) => p.text);
    const b = generatePages({ seed: 43, pages: 10 }).map((p) => p.text);
    for (let i = 0; i < a.length; i++) expect(a[i]).not.toBe(b[i]);
  });

  it('generates page i lazily exactly as the batch form does', () => {
    const batch = generatePages({ seed: 7, pages: 60 });
    expect(generatePage({ seed: 7 }, 57)).toEqual(batch[57]);
    expect([...iteratePages({ seed: 7, pages: 60 })]).toEqual(batch);
  });
});

describe('generated manifests', () => {
  it('validate against PageManifestSchema', () => {
    for (const page of sample)
      expect(PageManifestSchema.safeParse(page.manifest).success, page.stem).toBe(true);
  });

  it('spread pages over many issue dates with page numbers 1..8 and named pages', () => {
    const dates = new Set(sample.map((p) => p.manifest.date));
    expect(dates.size).toBeGreaterThan(20);
    expect(new Set(sample.map((p) => p.manifest.page))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8]));
    const names = new Set(sample.map((p) => p.manifest.pageName));
    for (const name of ['要闻', '综合', '经济', '社会', '文化', '副刊', '评论', '专版'])
      expect(names).toContain(name);
  });

  it('gives every page a unique stem made of its day and page number', () => {
    const stems = sample.map((p) => p.stem);
    expect(new Set(stems).size).toBe(stems.length);
    for (const p of sample) expect(p.stem).toMatch(/^\d{4}-\d{2}-\d{2}-0[1-8]$/);
  });

  it('dates some issues only as a range, with a note, and says the page is generated', () => {
    const pages = generatePages({ seed: 5, pages: 2000 });
    const ranged = pages.filter((p) => p.manifest.date.includes('/'));
    expect(ranged.length).toBeGreaterThan(0);
    for (const p of ranged) expect(p.manifest.dateNote).toMatch(/推定/);
    for (const p of pages) expect(p.manifest.provenance).toMatch(/[Gg]enerated/);
  });
});

describe('generated text has the features of real extracted pages', () => {
  const count = (re: RegExp): number => (allText.match(re) ?? []).length;

  it.each([
    ['kickers', () => articles.filter((a) => a.kicker).length],
    ['subtitles', () => articles.filter((a) => a.subtitle).length],
    ['interview subtitles 访…', () => articles.filter((a) => a.subtitle?.startsWith('访')).length],
    ['column banners', () => articles.filter((a) => a.column).length],
    ['本报讯 datelines, ASCII and full-width', () => count(/本报讯[(（]记者/g)],
    ['本报…电 datelines', () => count(/本报\p{Script=Han}+\d+月\d+日电/gu)],
    ['新华社 datelines', () => count(/新华社\p{Script=Han}+\d+月\d+日电/gu)],
    ['本报评论员 bylines', () => count(/\n本报评论员\n/g)],
    ['standalone 记者 bylines', () => count(/\n记者 \p{Script=Han}{2,3}\n/gu)],
    ['official bylines', () => articles.filter((a) => a.kind === '署名文章').length],
    [
      'in-article subheadings',
      () => articles.filter((a) => a.body.some((b) => b.type === 'subheading')).length,
    ],
    ['下转 markers', () => count(/[(（]下转第[一二三四五六七八]版[)）]/g)],
    ['上接 markers', () => count(/[(（]上接第一版[)）]/g)],
    ['lost openings', () => articles.filter((a) => a.openingMissing).length],
    ['photo captions', () => count(/(摄|供图)(\n|$)/g)],
    ['trailers', () => articles.filter((a) => a.trailer).length],
    ['ASCII commas inside Chinese', () => count(/\p{Script=Han},\p{Script=Han}/gu)],
    ['full-width commas', () => count(/，/g)],
    ['percentages like 8.0%', () => count(/\d+\.\d%/g)],
    ['amounts like 1225.56万元', () => count(/\d+\.\d+万元/g)],
    ['years like 2021年', () => count(/20\d\d年/g)],
    [
      'titles printed over two lines',
      () =>
        articles.filter(
          (a) => allText.includes(a.title) === false && allText.replace(/\n(?!\n)/g, '').includes(a.title),
        ).length,
    ],
    [
      'enumerated paragraphs (1. / 一是 / （一）)',
      () => count(/\n(?:\u3000\u3000)?(?:1\.|一是|[（(]一[）)])/gu),
    ],
    ['running heads and desk lines', () => sample.filter((p) => p.truth.furniture.length > 0).length],
    ['hostile markup', () => count(/<script>alert\(1\)<\/script>|<img src=x onerror=alert\(1\)>/g)],
  ])('includes %s', (_name, measure) => {
    expect(measure()).toBeGreaterThan(0);
  });

  it('breaks paragraphs mid-sentence across blocks, sometimes into a short comma-bearing first part', () => {
    const blocks = allText.split(/\n\s*\n/).map((b) => b.trim());
    const joinedParagraphs = new Set(
      articles.flatMap((a) => a.body.filter((b) => b.type === 'paragraph').map((b) => b.text)),
    );
    let broken = 0;
    let headingLike = 0;
    for (let i = 0; i + 1 < blocks.length; i++) {
      const a = blocks[i] ?? '';
      const b = blocks[i + 1] ?? '';
      if (!/[。！？!?”]$/u.test(a) && joinedParagraphs.has(a + b)) {
        broken++;
        if (a.length < 20 && /[，,]/u.test(a)) headingLike++;
      }
    }
    expect(broken).toBeGreaterThan(10);
    expect(headingLike).toBeGreaterThan(0);
  });

  it('balances quotation marks and book-title marks within every paragraph', () => {
    for (const a of articles) {
      if (a.openingMissing) continue;
      for (const b of a.body) {
        const count = (ch: string): number => b.text.split(ch).length - 1;
        expect(count('“'), b.text).toBe(count('”'));
        expect(count('《'), b.text).toBe(count('》'));
      }
    }
  });

  it('keeps every truth paragraph, subheading and title present in the page text', () => {
    for (const page of sample.slice(0, 60)) {
      const flat = page.text.replace(/\s+/gu, '');
      for (const a of page.truth.articles) {
        expect(flat).toContain(a.title.replace(/\s+/gu, ''));
        for (const b of a.body) expect(flat).toContain(b.text.replace(/\s+/gu, ''));
      }
    }
  });
});

describe('vocabulary diversity', () => {
  it('is near the seed page on a page-sized sample', () => {
    const seed = measureBigrams(readFileSync('content/sources/000_d1ef63186a423f59.txt', 'utf8'));
    expect(seed.ratio).toBeGreaterThan(0.6);
    const pages = generatePages({ seed: 11, pages: 3 }).map((p) => p.text);
    const ratios = pages.map((t) => measureBigrams(t).ratio);
    const mean = ratios.reduce((s, r) => s + r, 0) / ratios.length;
    expect(mean).toBeGreaterThan(seed.ratio - 0.2);
    expect(mean).toBeLessThan(seed.ratio + 0.2);
  });

  it('keeps adding new bigrams as the corpus grows', () => {
    const counter = new BigramCounter();
    const sizes: number[] = [];
    for (const [i, page] of generatePages({ seed: 3, pages: 400 }).entries()) {
      counter.add(page.text);
      if (i === 99 || i === 199 || i === 399) sizes.push(counter.distinctBigrams);
    }
    const [at100 = 0, at200 = 0, at400 = 0] = sizes;
    // Pages 200..400 (twice the text of pages 100..200) add at least half as many new bigrams.
    expect(at200).toBeGreaterThan(at100 * 1.1);
    expect(at400 - at200).toBeGreaterThan((at200 - at100) * 0.5);
  });
});
