// Search quality: over a generated archive of several thousand articles, 500+ queries through the
// real index files (built into a temp folder, read through a fetch shim) return exactly the
// articles a brute-force substring scan of the normalised text finds: 100% recall and precision.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { markdownToBlocks } from '@/lib/content/markdown';
import type { Article, PageFragments } from '@/lib/content/schema';
import { createRng } from '@/lib/generator/prng';
import { buildSearchIndex, fragmentSearchEntries } from '@/lib/search/build-index';
import { createFetchLoader, SearchEngine } from '@/lib/search/engine';
import { normalize } from '@/lib/search/normalize';
import { parseQuery } from '@/lib/search/tokenize';
import { generateArticles } from './corpus';

const ARTICLE_COUNT = 3000;
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

// Text as web copies and rare names give it (issue 10): astral hanzi, a variation selector, a
// variant character. Appended to the first articles' bodies.
const FIELD_TEXTS = [
  '本报记者赵孟𫖯报道。',
  '葛\u{e0100}城镇的茶园。',
  '他看著远方，著作等身。',
  '王䶮与𠀀明出席。',
];

let dir = '';
let splitDir = '';
let engine: SearchEngine;
// The same archive with tiny shards, position lists split into many parts and common grams' document
// lists split into FlexSearch pieces, so the paths large archives take (100k articles) meet the oracle too.
let splitEngine: SearchEngine;
let articles: Article[] = [];
let fieldsById = new Map<string, string[]>();

/** The brute-force oracle: ids of articles where every term is a substring of one normalised field. */
function scan(query: string): string[] {
  const terms = parseQuery(query);
  if (terms.length === 0) return [];
  return [...fieldsById.keys()]
    .filter((id) => {
      const fields = fieldsById.get(id) ?? [];
      return terms.every((term) => fields.some((field) => field.includes(term)));
    })
    .sort();
}

// Text of a page that belongs to no article (issue 14): shown fragments are documents of their
// own; page furniture is not indexed.
const FRAGMENT_PAGES: PageFragments[] = [
  {
    source: 'sources/f1.txt',
    paper: '丽水日报',
    date: '2022-03-10',
    dateNote: null,
    page: 3,
    pageName: '综合',
    fragments: [
      { lines: [1, 1], text: '丽水日报 2022年3月10日 星期四 第3版 瓯江', furniture: true, anchor: null },
      { lines: [3, 4], text: '瓯江夜游码头昨晚启用。\n首批游客乘船夜游。', furniture: false, anchor: 'f1' },
      { lines: [6, 6], text: '图为码头夜景。 记者 张三 摄', furniture: false, anchor: 'f2' },
    ],
  },
];
const FRAGMENT_IDS = ['2022-03-10-03#f1', '2022-03-10-03#f2'];

async function searchIds(query: string, using: SearchEngine = engine): Promise<string[]> {
  const response = await using.search({ query, pageSize: 1_000_000, idsOnly: true });
  expect(response.results.length).toBe(response.total);
  return response.results.map((result) => result.id).sort();
}

function rawFields(article: Article): string[] {
  return [
    article.title,
    article.kicker,
    article.subtitle,
    article.column,
    article.byline,
    ...article.authors.map((author) => author.name),
    article.dateline,
    ...markdownToBlocks(article.body).map((block) => block.text),
  ].filter((text): text is string => typeof text === 'string' && text.length > 0);
}

function toFullWidth(text: string): string {
  return text.replace(/[!-~]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));
}

function fileLoader(root: string) {
  return createFetchLoader('file://' + root, async (url) => {
    try {
      const text = await readFile(new URL(url), 'utf8');
      return { ok: true, status: 200, json: async () => JSON.parse(text) as unknown };
    } catch {
      return { ok: false, status: 404, json: async () => null };
    }
  });
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'search-quality-'));
  splitDir = mkdtempSync(path.join(os.tmpdir(), 'search-quality-split-'));
  articles = generateArticles(20260301, ARTICLE_COUNT).map((article, i) =>
    i < FIELD_TEXTS.length ? { ...article, body: `${article.body}\n\n${FIELD_TEXTS[i]}\n` } : article,
  );
  fieldsById = new Map(articles.map((article) => [article.id, rawFields(article).map(normalize)]));
  for (const record of FRAGMENT_PAGES)
    for (const entry of fragmentSearchEntries(record))
      fieldsById.set(entry.id, entry.doc.body.map(normalize));
  buildSearchIndex(articles, dir, { fragments: FRAGMENT_PAGES });
  buildSearchIndex(articles, splitDir, {
    fragments: FRAGMENT_PAGES,
    partBytes: 256,
    docShardBytes: 4096,
    posShardBytes: 4096,
    docPartBytes: 2048,
    docsPerChunk: 3,
  });
  engine = await SearchEngine.open(fileLoader(dir));
  splitEngine = await SearchEngine.open(fileLoader(splitDir));
}, 120_000);

// Removing two indexes' thousands of files took over 10 s (the default) on a busy disk.
afterAll(() => {
  for (const folder of [dir, splitDir]) if (folder) rmSync(folder, { recursive: true, force: true });
}, 60_000);

describe('search quality over a generated archive', () => {
  it('builds the split index with position parts and FlexSearch pieces (so the oracle checks those paths)', () => {
    expect(readdirSync(path.join(splitDir, 'parts')).length).toBeGreaterThan(0);
    expect(readdirSync(path.join(splitDir, 'pieces')).length).toBeGreaterThan(0);
  });

  it.each([
    ['孟𫖯', 0],
    ['𫖯', 0],
    ['葛城', 1],
    ['葛\u{e0100}城', 1],
    ['看着', 2],
    ['看著', 2],
    ['著作', 2],
    ['王䶮', 3],
    ['𠀀明', 3],
  ])('finds %s (astral, variation selector, variant) exactly as the scan does', async (query, index) => {
    const ids = await searchIds(query);
    expect(ids).toContain(articles[index]?.id);
    expect(ids).toEqual(scan(query));
    expect(await searchIds(query, splitEngine)).toEqual(ids);
  });

  it('finds unplaced text as results of their own, linked to the 版面 page, and never page furniture', async () => {
    expect(await searchIds('瓯江夜游码头')).toEqual([FRAGMENT_IDS[0]]);
    expect(await searchIds('码头夜景')).toEqual([FRAGMENT_IDS[1]]);
    expect(await searchIds('星期四第3版')).toEqual([]);
    const response = await engine.search({ query: '码头', pageSize: 1_000_000 });
    const fragment = response.results.find((result) => result.id === FRAGMENT_IDS[0]);
    expect(fragment?.fragmentPath).toBe('/issues/2022-03-10/03/#f1');
    expect(fragment?.title).toBe('');
    expect(
      response.results.filter((result) => result.fragmentPath === null).every((r) => r.title !== ''),
    ).toBe(true);
    expect(response.total).toBe(scan('码头').length);
    expect(await searchIds('瓯江夜游码头', splitEngine)).toEqual([FRAGMENT_IDS[0]]);
  });

  it('finds exactly the articles a substring scan finds, for 500+ mixed queries', async () => {
    const rng = createRng(4, 'search-quality');
    const pick = <T>(list: readonly T[]): T => list[rng.int(0, list.length - 1)] as T;
    const randomSubstring = (min: number, max: number) => {
      const fields = rawFields(pick(articles));
      const text = pick(fields);
      const length = Math.min(text.length, rng.int(min, max));
      const start = rng.int(0, text.length - length);
      return text.slice(start, start + length);
    };
    const queries: { kind: string; query: string; mustFind?: boolean }[] = [];
    for (let i = 0; i < 300; i += 1)
      queries.push({ kind: 'substring', query: randomSubstring(2, 8), mustFind: true });
    for (let i = 0; i < 30; i += 1)
      queries.push({ kind: 'one character', query: randomSubstring(1, 1), mustFind: true });
    for (let i = 0; i < 60; i += 1) {
      const query = randomSubstring(2, 6);
      queries.push({ kind: 'reversed', query: Array.from(query).reverse().join('') });
    }
    for (let i = 0; i < 40; i += 1) {
      const alphabet = Array.from(new Set(Array.from(randomSubstring(40, 80))));
      queries.push({
        kind: 'random characters',
        query: Array.from({ length: rng.int(3, 6) }, () => pick(alphabet)).join(''),
      });
    }
    for (let i = 0; i < 60; i += 1)
      queries.push({ kind: 'traditional', query: toTraditional(randomSubstring(2, 8)) });
    for (let i = 0; i < 40; i += 1)
      queries.push({
        kind: 'full-width',
        query: toFullWidth(randomSubstring(2, 8)).toUpperCase(),
        mustFind: true,
      });
    for (let i = 0; i < 40; i += 1)
      queries.push({ kind: 'two terms', query: `${randomSubstring(2, 4)} ${randomSubstring(2, 4)}` });
    queries.push(
      { kind: 'nowhere', query: '量子纠缠黑洞' },
      { kind: 'nowhere', query: 'zzqx' },
      { kind: 'hostile', query: '<img src=x onerror=alert(1)>' },
      { kind: 'hostile', query: '<script>alert(1)</script>' },
      { kind: 'punctuation only', query: '，。！' },
    );
    expect(queries.length).toBeGreaterThanOrEqual(500);

    const found = new Map<string, number>();
    let searchableSubstrings = 0;
    for (const { kind, query, mustFind } of queries) {
      if (kind === 'substring' && parseQuery(query).length > 0) searchableSubstrings += 1;
      const expected = scan(query);
      const actual = await searchIds(query);
      expect({ kind, query, ids: actual }).toEqual({ kind, query, ids: expected });
      expect({ kind, query, split: await searchIds(query, splitEngine) }).toEqual({
        kind,
        query,
        split: expected,
      });
      if (mustFind && parseQuery(query).length > 0)
        expect(actual.length, `${kind} ${query}`).toBeGreaterThan(0);
      found.set(kind, (found.get(kind) ?? 0) + (actual.length > 0 ? 1 : 0));
    }
    // The mix is only meaningful if both hits and misses occur.
    expect(found.get('substring')).toBe(searchableSubstrings);
    expect(searchableSubstrings).toBeGreaterThan(280);
    expect(found.get('random characters') ?? 0).toBeLessThan(40);
  });

  it('finds simplified text from a traditional query (麗水 finds 丽水)', async () => {
    expect(await searchIds('麗水')).toEqual(await searchIds('丽水'));
    expect((await searchIds('丽水')).length).toBeGreaterThan(0);
  });

  it('never matches characters that stand apart or reversed', async () => {
    for (const id of await searchIds('丽水')) {
      expect(fieldsById.get(id)?.some((field) => field.includes('丽水'))).toBe(true);
    }
  });

  it('finds an article by an author name', async () => {
    const withAuthor = articles.find((article) => article.authors.length > 0);
    expect(withAuthor).toBeDefined();
    const name = withAuthor?.authors[0]?.name ?? '';
    expect(await searchIds(name)).toContain(withAuthor?.id);
  });

  it('ranks title, kicker and subtitle matches above body-only matches', async () => {
    const titled = articles.find((article) => normalize(article.title).length >= 4) as Article;
    const term = normalize(titled.title).slice(0, 3);
    const inHead = (result: { title: string; kicker: string | null; subtitle: string | null }) =>
      [result.title, result.kicker, result.subtitle].some(
        (text) => text !== null && normalize(text).includes(term),
      );
    const response = await engine.search({ query: term, pageSize: 1_000_000, idsOnly: true });
    const flags = response.results.map(inHead);
    expect(flags[0]).toBe(true);
    // Once the first body-only match appears, no head match follows.
    const firstBodyOnly = flags.indexOf(false);
    if (firstBodyOnly >= 0) expect(flags.slice(firstBodyOnly).includes(true)).toBe(false);
  });

  it('applies the section and date filters exactly, and sorts by date on request', async () => {
    const term = '发展';
    const section = articles[0]?.pageName ?? '';
    const from = '2019-01-10';
    const to = '2019-02-20';
    const overlaps = (date: string) => {
      const [start, end = start] = date.split('/') as [string, string?];
      return end >= from && start <= to;
    };
    const expected = scan(term).filter((id) => {
      const article = articles.find((candidate) => candidate.id === id) as Article;
      return article.pageName === section && overlaps(article.date);
    });
    const response = await engine.search({
      query: term,
      section,
      from,
      to,
      pageSize: 1_000_000,
      idsOnly: true,
      sort: 'date',
    });
    expect(response.results.map((result) => result.id).sort()).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
    const starts = response.results.map((result) => result.date.slice(0, 10));
    expect(starts).toEqual([...starts].sort().reverse());
  });

  it('applies the 栏目 and 体裁 filters exactly, with counts per facet, on both index layouts', async () => {
    const term = '发展';
    const column = articles.find((article) => article.column !== null)?.column ?? '';
    const kind = articles.find((article) => article.kind !== null)?.kind ?? '';
    expect(column).not.toBe('');
    expect(kind).not.toBe('');
    const byId = new Map(articles.map((article) => [article.id, article]));
    for (const [filter, keep] of [
      [{ column }, (article: Article) => article.column === column],
      [{ kind }, (article: Article) => article.kind === kind],
      [{ column, kind }, (article: Article) => article.column === column && article.kind === kind],
    ] as const) {
      const expected = scan(term).filter((id) => {
        const article = byId.get(id);
        return article !== undefined && keep(article);
      });
      for (const using of [engine, splitEngine]) {
        const response = await using.search({ query: term, ...filter, pageSize: 1_000_000, idsOnly: true });
        expect(response.results.map((result) => result.id).sort()).toEqual(expected);
      }
    }
    const facets = await engine.facets();
    expect(facets.columns.find((entry) => entry.name === column)?.count).toBe(
      articles.filter((article) => article.column === column).length,
    );
    expect(facets.kinds.find((entry) => entry.name === kind)?.count).toBe(
      articles.filter((article) => article.kind === kind).length,
    );
    // A value the archive lacks finds nothing (the page drops it visibly before asking).
    expect((await engine.search({ query: term, kind: '不存在的体裁' })).total).toBe(0);
  });
});
