import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { describePlan, planIngest, runIngest } from '@/lib/content/ingest';
import { addSource, makeContentDir, manifestFor, removeDir, snapshotDir } from '@/tests/helpers/content-dir';

// Real pages for the real parser (the cache is off with a custom one): a title, a dateline, text.
const PAGE_ONE = '市区新开三条公交线路\n\n本报讯(记者 张三)昨日起，市区新开三条公交线路，方便市民出行。\n\n新线路覆盖城东多个小区。\n';
const PAGE_TWO = '乡村图书馆开门迎客\n\n本报讯(记者 李四)近日，一座乡村图书馆在碧湖镇开馆。\n\n馆内藏书五千余册。\n';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) removeDir(dir);
});

function contentWithTwoPages(): string {
  const dir = makeContentDir();
  dirs.push(dir);
  addSource(dir, 'p1', PAGE_ONE);
  addSource(dir, 'p2', PAGE_TWO, manifestFor({ page: 2, pageName: '综合' }));
  return dir;
}

const cacheDir = (dir: string) => path.join(dir, '.cache', 'ingest');
const withoutCache = <T>(run: () => T): T => {
  process.env.CONTENT_CACHE = 'off';
  try {
    return run();
  } finally {
    delete process.env.CONTENT_CACHE;
  }
};

describe('the ingest cache', () => {
  it('keeps one entry per page, and a run served from it plans exactly what a run without it plans', () => {
    const dir = contentWithTwoPages();
    expect(runIngest({ contentDir: dir }).applied).toBe(true);
    expect(readdirSync(cacheDir(dir)).sort()).toEqual(['p1.json', 'p2.json']);
    expect(planIngest({ contentDir: dir }).build.pages.size).toBe(0);
    // Without the ledger (which would skip both pages), every page comes from the cache.
    rmSync(path.join(dir, '.cache', 'ingest-ledger.json'));
    const cached = planIngest({ contentDir: dir });
    const uncached = withoutCache(() => planIngest({ contentDir: dir }));
    expect(cached.build.pages.size).toBe(2);
    expect(JSON.stringify(cached.build)).toBe(JSON.stringify(uncached.build));
    expect(describePlan(cached)).toEqual(describePlan(uncached));
    expect(cached.writes).toEqual([]);
  });

  it('serves a page from the cache until its bytes change', () => {
    const dir = contentWithTwoPages();
    runIngest({ contentDir: dir });
    // Mark the cached build of p1: a run that reads the cache shows the mark, one that works the page out again does not.
    const entryFile = path.join(cacheDir(dir), 'p1.json');
    const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { builds: Record<string, { files: [string, string][] }> };
    for (const build of Object.values(entry.builds)) for (const file of build.files) file[1] += 'MARK';
    writeFileSync(entryFile, JSON.stringify(entry));
    // (The ledger would skip the untouched page without asking the cache.)
    const planWithoutLedger = () => {
      rmSync(path.join(dir, '.cache', 'ingest-ledger.json'), { force: true });
      return planIngest({ contentDir: dir });
    };
    const marked = () => [...planWithoutLedger().build.files.values()].filter((text) => text.endsWith('MARK'));
    expect(marked()).toHaveLength(1);

    addSource(dir, 'p1', PAGE_ONE.replace('三条', '四条'));
    const plan = planWithoutLedger();
    expect(marked()).toHaveLength(0);
    expect([...plan.build.files.values()].some((text) => text.includes('四条'))).toBe(true);
  });

  it('applies a changed manifest or correction, and drops the entry of a removed page', () => {
    const dir = contentWithTwoPages();
    runIngest({ contentDir: dir });
    addSource(dir, 'p2', PAGE_TWO, manifestFor({ page: 2, pageName: '城乡' }));
    const plan = planIngest({ contentDir: dir });
    expect(plan.build.articles.find((article) => article.page === 2)?.pageName).toBe('城乡');

    removeDir(path.join(dir, 'sources', 'p1.txt'));
    removeDir(path.join(dir, 'sources', 'p1.manifest.json'));
    expect(runIngest({ contentDir: dir }).applied).toBe(true);
    expect(readdirSync(cacheDir(dir))).toEqual(['p2.json']);
    expect([...snapshotDir(dir).keys()].some((file) => file.includes('2022-03-08-01-'))).toBe(false);
  });
});
