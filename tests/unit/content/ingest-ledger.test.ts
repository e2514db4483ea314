import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { describePlan, planIngest, runIngest, type IngestPlan } from '@/lib/content/ingest';
import { hashText } from '@/lib/content/ingest-state';
import { addSource, makeContentDir, manifestFor, removeDir, snapshotDir } from '@/tests/helpers/content-dir';

// Real pages for the real parser (the cache and the ledger are off with a custom one).
const PAGES = {
  p1: '市区新开三条公交线路\n\n本报讯(记者 张三)昨日起，市区新开三条公交线路，方便市民出行。\n\n新线路覆盖城东多个小区。\n',
  p2: '乡村图书馆开门迎客\n\n本报讯(记者 李四)近日，一座乡村图书馆在碧湖镇开馆。\n\n馆内藏书五千余册。\n',
  p3: '山区茶农喜获丰收\n\n本报讯(记者 王五)今年春茶开采以来，松阳县茶农收入增加。\n\n茶叶价格稳中有升。\n',
};
const ARTICLE_P2 = 'articles/2022/03/2022-03-08-02-01.md';
const ARTICLE_P3 = 'articles/2022/03/2022-03-08-03-01.md';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) removeDir(dir);
});

/** A content folder with three pages, ingested once (so the ledger records all three). */
function ingestedContent(): string {
  const dir = makeContentDir();
  dirs.push(dir);
  addSource(dir, 'p1', PAGES.p1);
  addSource(dir, 'p2', PAGES.p2, manifestFor({ page: 2, pageName: '综合' }));
  addSource(dir, 'p3', PAGES.p3, manifestFor({ page: 3, pageName: '城乡' }));
  expect(runIngest({ contentDir: dir }).applied).toBe(true);
  return dir;
}

const pagesRead = (plan: IngestPlan) => [...plan.build.pages.keys()].sort();

/** Everything a plan decides, as a run without any cache decides it. */
function decisions(plan: IngestPlan) {
  return {
    problems: plan.problems.map((problem) => problem.message),
    writes: plan.writes,
    deletes: plan.deletes,
    kept: plan.kept,
    unchanged: plan.unchanged,
    bookkeeping: plan.bookkeeping,
    lines: describePlan(plan),
  };
}

function planWithoutCache(dir: string): IngestPlan {
  process.env.CONTENT_CACHE = 'off';
  try {
    return planIngest({ contentDir: dir });
  } finally {
    delete process.env.CONTENT_CACHE;
  }
}

/** Plans with the ledger, checks the plan against one made without any cache, and returns it. */
function planAndCompare(dir: string): IngestPlan {
  const plan = planIngest({ contentDir: dir });
  expect(decisions(plan)).toEqual(decisions(planWithoutCache(dir)));
  return plan;
}

describe('the ingest ledger', () => {
  it('takes untouched pages as they are: a second run reads no page and changes nothing', () => {
    const dir = ingestedContent();
    const plan = planAndCompare(dir);
    expect(pagesRead(plan)).toEqual([]);
    expect(plan.articleCount).toBe(3);
    expect(plan.unchanged).toBe(3);
    expect(plan.writes).toEqual([]);
    expect(plan.bookkeeping.some((file) => file.changed)).toBe(false);
  });

  it('reads only a new page, and after the run records it too', () => {
    const dir = ingestedContent();
    addSource(dir, 'p4', PAGES.p1.replace('三条', '五条'), manifestFor({ page: 4, pageName: '专版' }));
    const plan = planAndCompare(dir);
    expect(pagesRead(plan)).toEqual(['p4']);
    expect(plan.writes.map((file) => file.path)).toEqual(['articles/2022/03/2022-03-08-04-01.md']);
    runIngest({ contentDir: dir });
    expect(pagesRead(planAndCompare(dir))).toEqual([]);
  });

  it('reads a page whose manifest was rewritten with the same size', () => {
    const dir = ingestedContent();
    addSource(dir, 'p3', PAGES.p3, manifestFor({ page: 3, pageName: '乡村' }));
    const plan = planAndCompare(dir);
    expect(pagesRead(plan)).toEqual(['p3']);
    expect(plan.writes.map((file) => file.path)).toEqual([ARTICLE_P3]);
  });

  it('captures a hand edit of an untouched page’s article exactly as a run without the ledger', () => {
    const dir = ingestedContent();
    const file = path.join(dir, ARTICLE_P2);
    writeFileSync(file, readFileSync(file, 'utf8').replace('馆内藏书五千余册。', '馆内藏书六千余册。'));
    const plan = planAndCompare(dir);
    expect(pagesRead(plan)).toEqual(['p2']);
    expect(plan.writes.map((write) => write.path)).toEqual(['corrections/p2.json']);
    runIngest({ contentDir: dir });
    // The page whose corrections were just written is read once more, then recorded.
    expect(pagesRead(planAndCompare(dir))).toEqual(['p2']);
    runIngest({ contentDir: dir });
    expect(pagesRead(planAndCompare(dir))).toEqual([]);
    expect(readFileSync(file, 'utf8')).toContain('馆内藏书六千余册。');
  });

  it('writes again an article file deleted by hand, and notices an edited ingest-state.json', () => {
    const dir = ingestedContent();
    const before = snapshotDir(dir);
    rmSync(path.join(dir, ARTICLE_P3));
    expect(pagesRead(planAndCompare(dir))).toEqual(['p3']);
    runIngest({ contentDir: dir });
    expect(snapshotDir(dir)).toEqual(before);

    const stateFile = path.join(dir, 'ingest-state.json');
    const state = JSON.parse(readFileSync(stateFile, 'utf8')) as { files: Record<string, string> };
    state.files[ARTICLE_P2] = '0'.repeat(64);
    writeFileSync(stateFile, `${JSON.stringify(state, null, 2)}\n`);
    const plan = planAndCompare(dir);
    expect(pagesRead(plan)).toEqual(['p2']);
    expect(plan.kept).toEqual([]);
  });

  it('reads an untouched page again when a new page duplicates it, and reports the same duplicate', () => {
    const dir = ingestedContent();
    // p0 sorts first, so in a full run p3 is the duplicate.
    addSource(dir, 'p0', PAGES.p3, manifestFor({ page: 9, pageName: '副刊' }));
    const plan = planAndCompare(dir);
    expect(pagesRead(plan)).toEqual(['p0']);
    expect(plan.problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/p3\.txt:1: duplicate page: same text as .*p0\.txt$/),
    ]);
    // The same for a new page that takes an untouched page's number.
    rmSync(path.join(dir, 'sources', 'p0.txt'));
    rmSync(path.join(dir, 'sources', 'p0.manifest.json'));
    addSource(dir, 'p0', PAGES.p1.replace('三条', '七条'), manifestFor({ page: 2, pageName: '综合' }));
    expect(planAndCompare(dir).problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/p2\.manifest\.json:1: duplicate page: .*p0\.txt is already 丽水日报 2022-03-08 page 2$/),
    ]);
  });

  it('reads an untouched page named as the source of a hand-edited file that no page generates', () => {
    const dir = ingestedContent();
    // An article file ingest once wrote for p2 under another id, since edited by hand.
    const stray = 'articles/2022/03/2022-03-08-02-02.md';
    const text = readFileSync(path.join(dir, ARTICLE_P2), 'utf8').replaceAll('2022-03-08-02-01', '2022-03-08-02-02');
    writeFileSync(path.join(dir, stray), text.replace('馆内藏书五千余册。', '馆内藏书八千余册。'));
    const stateFile = path.join(dir, 'ingest-state.json');
    const state = JSON.parse(readFileSync(stateFile, 'utf8')) as { files: Record<string, string> };
    state.files[stray] = hashText(text);
    writeFileSync(stateFile, `${JSON.stringify(state, null, 2)}\n`);
    const plan = planAndCompare(dir);
    expect(pagesRead(plan)).toContain('p2');
    expect(plan.problems.length + plan.writes.length).toBeGreaterThan(0);
  });

  it('reads every page with --force or when the ledger is gone', () => {
    const dir = ingestedContent();
    expect(pagesRead(planIngest({ contentDir: dir, force: true }))).toEqual(['p1', 'p2', 'p3']);
    rmSync(path.join(dir, '.cache', 'ingest-ledger.json'));
    expect(pagesRead(planAndCompare(dir))).toEqual(['p1', 'p2', 'p3']);
  });
});
