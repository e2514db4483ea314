// The daily-build benchmark (issue 12, `npm run bench -- --daily N`): builds a generated archive in
// full, then adds N generated days one at a time — ingest, search index, incremental site build
// (scripts/build-site.ts) — and checks each day's out/ against a build from scratch of the same
// content in a second copy of the app (sha256 of the tree). Prints numbers, never asserts.
import { cpSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { copyApp } from '../tests/helpers/app-copy';
import { appendGeneratedDays, writeGeneratedArchive } from '../tests/helpers/generated-archive';
import { hashTree } from '../tests/helpers/tree-hash';
import { runMeasured, type Measured } from './process-tree';
import { phaseSeconds } from './build-phases';
import { readBuildReport, type BuildReport } from '../lib/build/build-report';

/** One row of the daily table: day 0 is the first, full build. */
export interface DayRow {
  day: number;
  /** Articles in the archive after this day, and articles the day added (ingest's count). */
  articles: number;
  added: number;
  ingest: Measured;
  index: Measured;
  /** The whole site step (`tsx scripts/build-site.ts`) and its report. */
  site: Measured;
  report: BuildReport;
  /** Whether out/ equals a from-scratch build of the same content; null when not checked (day 0, or `--no-identity`). */
  identical: boolean | null;
}

/** Where the benchmark builds: the app copy that builds day after day, and where it waits while the same path builds from scratch. */
export interface DailyProjects {
  root: string;
  project: string;
  scratch: string;
}

const countArticles = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce(
    (sum, entry) =>
      sum +
      (entry.isDirectory() ? countArticles(path.join(dir, entry.name)) : entry.name.endsWith('.md') ? 1 : 0),
    0,
  );

const skipSearchIndex = (root: string) => (source: string) =>
  source.startsWith(path.join(root, 'public', 'search'));

/**
 * Runs the daily benchmark for an archive of `target` articles in `contentDir` (a fresh folder
 * under os.tmpdir()): the full build, then `days` days of at least `dayArticles` articles each
 * (whole generated issues), each checked against a build from scratch unless `checkIdentity` is
 * false. Returns one row per build; rejects if a step fails.
 */
export async function benchDaily(
  projects: DailyProjects,
  contentDir: string,
  target: number,
  days: number,
  dayArticles: number,
  checkIdentity = true,
): Promise<DayRow[]> {
  const { root, project, scratch } = projects;
  const env: NodeJS.ProcessEnv = { ...process.env, CONTENT_DIR: contentDir, NEXT_TELEMETRY_DISABLED: '1' };
  for (const name of ['BUILD_FULL', 'BUILD_RENDER_PLAN', 'BUILD_SKIP_TYPECHECK']) delete env[name];
  const sourcesDir = path.join(contentDir, 'sources');
  const articlesDir = path.join(contentDir, 'articles');
  const tsx = (cwd: string, ...args: string[]) => runMeasured('npx', ['tsx', ...args], { cwd, env });

  console.error(`[${target}] generating sources`);
  let archive = writeGeneratedArchive(sourcesDir, target);
  copyApp(root, project, skipSearchIndex(root));
  const rows: DayRow[] = [];
  let articles = 0;
  for (let day = 0; day <= days; day++) {
    if (day > 0) archive = appendGeneratedDays(sourcesDir, archive, dayArticles);
    console.error(`[${target}] day ${day}: ingest, search index, site build`);
    const ingest = await tsx(root, 'scripts/ingest.ts');
    const now = countArticles(articlesDir);
    const added = now - articles;
    articles = now;
    const index = await tsx(
      root,
      'scripts/build-search-index.ts',
      '--out',
      path.join(project, 'public', 'search'),
      '--stamps',
      path.join(project, '.build-cache', 'search-index-stamps.json'),
    );
    const site = await tsx(project, 'scripts/build-site.ts');
    const report = readBuildReport(path.join(project, '.build-cache'));
    let identical: boolean | null = null;
    if (day > 0 && checkIdentity) {
      console.error(`[${target}] day ${day}: the same content from scratch`);
      // Turbopack's chunk names depend on the project's path, so the build from scratch runs at
      // the same path: the incremental project waits aside (in `scratch`) and comes back after.
      const incremental = hashTree(path.join(project, 'out'));
      renameSync(project, scratch);
      try {
        copyApp(root, project, skipSearchIndex(root));
        cpSync(path.join(scratch, 'public', 'search'), path.join(project, 'public', 'search'), {
          recursive: true,
        });
        await tsx(project, 'scripts/build-site.ts', '--full');
        identical = hashTree(path.join(project, 'out')) === incremental;
      } finally {
        rmSync(project, { recursive: true, force: true });
        renameSync(scratch, project);
      }
    }
    rows.push({ day, articles, added, ingest, index, site, report, identical });
  }
  return rows;
}

const s = (ms: number) => (ms / 1000).toFixed(1);
/** A day's whole update, as the paper would run it: ingest, index and the site build. */
const daySeconds = (row: DayRow) => (row.ingest.ms + row.index.ms + row.site.ms) / 1000;

/**
 * When `next build` ended, in ms after the site step started: the arrival of build-site's plan line
 * (printed just before it starts `next build`) plus its own timing. `planMs` alone would leave out
 * the start-up of the build-site process, which made the last phase come out negative.
 */
function nextBuildEndMs(row: DayRow): number {
  const planLine = row.site.lines.find((line) => line.text.startsWith('build-site: '));
  return (planLine?.atMs ?? row.report.planMs) + row.report.nextBuildMs;
}

/**
 * Prints the per-day table, then the summary line `daily: articles=N added=M seconds=S
 * rerendered=R identical=yes|no` over the added days: N the archive's articles after the last day,
 * M the mean articles added per day, S the slowest day in seconds (ingest + index + site build),
 * R the most pages a day re-rendered, identical yes only if every day matched its scratch build
 * (`unchecked` when the days were not compared, `--no-identity`).
 */
export function printDaily(rows: DayRow[]): void {
  const header = [
    'day',
    'mode',
    'articles',
    'added',
    'ingest s',
    'index s',
    'plan s',
    'site build s (next build)',
    'of which compile / typecheck / collect / render / finalize s',
    'postbuild s',
    'merge + clean-up s',
    'day total s',
    'site build peak RSS GiB',
    'pages re-rendered',
    'files written',
    'outputs kept',
    'identical',
  ];
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map(() => '---').join('|')}|`);
  for (const row of rows) {
    const cells = [
      row.day,
      row.report.mode,
      row.articles,
      row.day === 0 ? '—' : row.added,
      s(row.ingest.ms),
      s(row.index.ms),
      s(row.report.planMs),
      s(row.report.nextBuildMs),
      (['compile', 'typecheck', 'collect', 'render', 'finalize'] as const)
        .map((phase) => phaseSeconds(row.site, phase, nextBuildEndMs(row)))
        .join(' / '),
      s(row.report.postbuildMs),
      s(row.report.mergeMs),
      daySeconds(row).toFixed(1),
      (row.site.peakRssBytes / 2 ** 30).toFixed(1),
      row.report.rendered,
      row.report.written,
      row.report.kept,
      row.identical === null ? '—' : row.identical ? 'yes' : 'no',
    ];
    console.log(`| ${cells.join(' | ')} |`);
  }
  const days = rows.filter((row) => row.day > 0);
  const last = rows.at(-1);
  if (!last || days.length === 0) return;
  const added = Math.round(days.reduce((sum, row) => sum + row.added, 0) / days.length);
  const seconds = Math.max(...days.map(daySeconds));
  const rerendered = Math.max(...days.map((row) => row.report.rendered));
  const identical = days.every((row) => row.identical === null)
    ? 'unchecked'
    : days.every((row) => row.identical)
      ? 'yes'
      : 'no';
  console.log(
    `daily: articles=${last.articles} added=${added} seconds=${seconds.toFixed(1)} rerendered=${rerendered} identical=${identical}`,
  );
}
