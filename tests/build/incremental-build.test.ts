// Issue 12: `npm run build` is incremental, and its out/ is byte-identical to a build from scratch.
// Builds a generated archive of ~300 articles in a copy of the app (.incremental-site/), adds one
// generated day, builds incrementally, deletes a page and edits an open-data file of out/ by hand
// and builds again (which must restore them), then builds in full, and compares the trees. Four
// `next build`s: about four minutes on 2 cores. Sources and articles live in os.tmpdir(); content/
// is untouched.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyApp } from '../helpers/app-copy';
import { appendGeneratedDays, writeGeneratedArchive } from '../helpers/generated-archive';
import { diffTrees, hashFiles } from '../helpers/tree-hash';
import { RenderPlanSchema } from '../../lib/build/render-plan';
import { readBuildReport, type BuildReport } from '../../lib/build/build-report';

const ROOT = path.resolve(__dirname, '..', '..');
const SITE = path.join(ROOT, '.incremental-site');
const work = mkdtempSync(path.join(os.tmpdir(), 'incremental-build-'));
const contentDir = path.join(work, 'content');
const sourcesDir = path.join(contentDir, 'sources');

const env: NodeJS.ProcessEnv = { ...process.env, CONTENT_DIR: contentDir, NEXT_TELEMETRY_DISABLED: '1' };
for (const name of [
  'BUILD_FULL',
  'BUILD_RENDER_PLAN',
  'BUILD_SKIP_TYPECHECK',
  'KEEP_RSC_PAYLOADS',
  'KEEP_NEXT_RUNTIME',
])
  delete env[name];

const tsx = (cwd: string, ...args: string[]) =>
  execFileSync('npx', ['tsx', ...args], { cwd, env, stdio: 'pipe', maxBuffer: 64 * 2 ** 20 }).toString();

/** Ingests the sources, indexes them into the site copy and runs the site build there. */
function build(...args: string[]): BuildReport {
  tsx(ROOT, 'scripts/ingest.ts');
  tsx(
    ROOT,
    'scripts/build-search-index.ts',
    '--out',
    path.join(SITE, 'public', 'search'),
    '--stamps',
    path.join(SITE, '.build-cache', 'search-index-stamps.json'),
  );
  tsx(SITE, 'scripts/build-site.ts', ...args);
  return readBuildReport(path.join(SITE, '.build-cache'));
}

/** The render plan the last incremental build handed to Next. */
const lastPlan = () =>
  RenderPlanSchema.parse(
    JSON.parse(readFileSync(path.join(SITE, '.build-cache', 'render-plan.json'), 'utf8')),
  );

// KEEP_BUILD_TEST=1 keeps the site copy and the work folder (the incremental out/ is its out/).
// Deleting them (thousands of small files) outlasts the default 10 s hook timeout on a busy machine.
afterAll(() => {
  if (process.env.KEEP_BUILD_TEST) return console.log(`kept ${SITE} and ${work}`);
  rmSync(work, { recursive: true, force: true });
  rmSync(SITE, { recursive: true, force: true });
}, 120_000);

describe('the incremental build', () => {
  it('writes the same bytes as a build from scratch after a day is added, re-rendering only what the day touches', () => {
    const archive = writeGeneratedArchive(sourcesDir, 300);
    copyApp(ROOT, SITE, (source) => source.startsWith(path.join(ROOT, 'public', 'search')));
    const first = build();
    expect(first.mode).toBe('full');

    const day = appendGeneratedDays(sourcesDir, archive, 1);
    const daily = build();
    expect(daily.mode).toBe('incremental');
    const plan = lastPlan();

    // Someone deletes an old article's page and edits another's open data inside out/ by hand:
    // the next build, with no new content, renders exactly those two again.
    const out = path.join(SITE, 'out');
    const [deleted, edited] = readdirSync(path.join(out, 'articles')).filter(
      (id) => !plan.routes.includes(`/articles/${id}/`),
    );
    rmSync(path.join(out, 'articles', deleted as string, 'index.html'));
    writeFileSync(path.join(out, 'data', 'articles', `${edited}.json`), '{}');
    // …and one of the redirect pages that keep a section's old listing URLs working.
    const [section] = readdirSync(path.join(out, 'sections')).filter((slug) =>
      existsSync(path.join(out, 'sections', slug, '1', 'index.html')),
    );
    rmSync(path.join(out, 'sections', section as string, '1', 'index.html'));
    const repair = build();
    expect(repair.mode).toBe('incremental');
    expect(lastPlan()).toEqual({
      routes: [`/articles/${deleted}/`],
      openData: [edited],
      redirects: [`/sections/${section}/1/`],
    });

    const incremental = hashFiles(path.join(SITE, 'out'));
    if (process.env.KEEP_BUILD_TEST)
      cpSync(path.join(SITE, 'out'), path.join(work, 'out'), { recursive: true });

    // From scratch, postbuild finishes the pages in two child processes (a full build of 10k
    // articles does); the builds before finished them in one process: the bytes must agree.
    env.POSTBUILD_PROCESSES = '2';
    const scratch = build('--full');
    delete env.POSTBUILD_PROCESSES;
    expect(scratch.mode).toBe('full');
    expect(diffTrees(incremental, hashFiles(path.join(SITE, 'out')))).toEqual([]);

    // The day's articles and the one article before them (its 下一篇 changes) — nothing older.
    const articlePages = plan.routes.filter((route) => route.startsWith('/articles/'));
    expect(articlePages.length).toBeLessThanOrEqual(day.addedArticles + 1);
    expect(plan.openData.length).toBeLessThanOrEqual(day.addedArticles);
    // Its issue, 版面 and year pages, the neighbouring issue, and per section a landing, three
    // feeds and the last listing page or two: a bounded number, far from everything.
    expect(daily.plannedRoutes).toBeLessThan(scratch.plannedRoutes / 3);
    expect(daily.rendered).toBeLessThan(scratch.rendered / 3);
  }, 900_000);
});
