// The deterministic generator of realistic raw newspaper pages (issue 2 §6): seeded, pure (no fs,
// no clock, no Math.random), and lazy — page i is computed from (seed, i) alone, so callers can
// stream 100,000+ articles with flat memory. Used by fuzz/property tests, search tests and benches.
import type { PageManifest } from '@/lib/content/schema';
import { createRng } from './prng';
import { Writer } from './writer';
import { addDays, dayParts, indexToSlot } from './calendar';
import { renderPage, type Furniture, type Jump, type PageTruth } from './page';
import { PAGE_NAMES, SHORT_ISSUE_PAGE_NAMES } from './lexicon';

export type { ArticleTruth, PageTruth } from './page';
export { BigramCounter, measureBigrams } from './bigram-stats';
export { indexToSlot } from './calendar';

/** Options shared by every entry point. */
export interface GeneratorOptions {
  /** Any integer; the same seed always yields byte-identical pages. */
  seed: number;
  /** First issue date, `YYYY-MM-DD` (default 2019-01-01); issues follow day by day. */
  startDate?: string;
  /** Newspaper name written into manifests (default 丽水日报). */
  paper?: string;
}

/** One generated page: the file stem, the raw text as a source file holds it, and its manifest. */
export interface GeneratedPage {
  /** `2021-03-05-01`: issue day (the first day for range-dated pages) and two-digit page number. */
  stem: string;
  text: string;
  manifest: PageManifest;
}

/** A generated page with the segmentation the generator intended. */
export interface GeneratedPageWithTruth extends GeneratedPage {
  truth: PageTruth;
}

/** The default first issue date. */
export const DEFAULT_START_DATE = '2019-01-01';
/** The default newspaper. */
export const DEFAULT_PAPER = '丽水日报';

/** Share of issues whose date is not printed, so only a range can be inferred. */
const UNDATED_ISSUE_RATE = 0.04;

interface IssuePlan {
  day: string;
  date: string;
  dateNote: string | null;
  jumps: Jump[];
}

/** Decides everything pages of one issue must agree on: date, undated range, front-page jumps. */
function planIssue(seed: number, startDate: string, issueIndex: number, pageCount: number): IssuePlan {
  const rng = createRng(seed, 'issue', issueIndex);
  const day = addDays(startDate, issueIndex);
  let date = day;
  let dateNote: string | null = null;
  if (rng.chance(UNDATED_ISSUE_RATE)) {
    const last = addDays(day, rng.int(2, 9));
    date = `${day}/${last}`;
    const a = dayParts(day);
    const b = dayParts(last);
    dateNote = `生成的页面：报纸未印日期，据内容推定为${a.year}年${a.month}月${a.day}日至${b.year === a.year ? '' : `${b.year}年`}${b.month === a.month && b.year === a.year ? '' : `${b.month}月`}${b.day}日间。`;
  }
  const jumps: Jump[] = [];
  if (rng.chance(0.6)) {
    const writer = new Writer(rng, dayParts(day));
    jumps.push({
      fromPage: 1,
      toPage: rng.int(2, pageCount),
      title: writer.headline('news'),
      key: rng.int(0, 2 ** 30),
    });
  }
  return { day, date, dateNote, jumps };
}

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'] as const;

/**
 * Running head and desk line, drawn from their own stream so that pages without them are unchanged:
 * `丽水日报 2021年3月5日 星期五`, `2021年3月5日 星期五 第1版 要闻`, `责任编辑：叶江 美编：王芳`.
 * An undated issue prints no date in its head.
 */
function printFurniture(
  seed: number,
  issueIndex: number,
  page: number,
  pageName: string,
  paper: string,
  date: { year: number; month: number; day: number } | null,
): Furniture {
  const rng = createRng(seed, 'furniture', issueIndex, page);
  const writer = new Writer(rng, date ?? { year: 2000, month: 1, day: 1 });
  let head: string | null = null;
  if (rng.chance(0.25)) {
    const pageLabel = rng.chance(0.5)
      ? `第${page}版 ${pageName}`
      : `${pageName} ${String(page).padStart(2, '0')}`;
    if (date) {
      const weekday = WEEKDAYS[new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()] ?? '';
      const day = `${date.year}年${date.month}月${date.day}日 星期${weekday}`;
      head = rng.chance(0.5) ? `${paper} ${day}` : `${day} ${pageLabel}`;
    } else head = pageLabel;
  }
  const colon = rng.chance(0.6) ? '：' : ':';
  const foot = rng.chance(0.2)
    ? rng.pick([
        `责任编辑${colon}${writer.name()} 美编${colon}${writer.name()}`,
        `本版编辑${colon}${writer.name()}`,
        `责编${colon}${writer.name()} 校对${colon}${writer.name()}`,
      ])
    : null;
  return { head, foot };
}

function validStart(startDate: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(startDate) || Number.isNaN(Date.parse(`${startDate}T00:00:00Z`))) {
    throw new RangeError(`startDate must be YYYY-MM-DD, got ${startDate}`);
  }
  return startDate;
}

/** Generates the `index`-th page (0-based) of the archive defined by `options`, with its truth. */
export function generatePageWithTruth(options: GeneratorOptions, index: number): GeneratedPageWithTruth {
  const startDate = validStart(options.startDate ?? DEFAULT_START_DATE);
  const paper = options.paper ?? DEFAULT_PAPER;
  const slot = indexToSlot(index);
  const plan = planIssue(options.seed, startDate, slot.issueIndex, slot.pageCount);
  const names = slot.pageCount === 8 ? PAGE_NAMES : SHORT_ISSUE_PAGE_NAMES;
  const pageName = names[slot.page - 1] ?? '专版';
  const date = dayParts(plan.day);
  const rng = createRng(options.seed, 'page', slot.issueIndex, slot.page);
  const furniture = printFurniture(
    options.seed,
    slot.issueIndex,
    slot.page,
    pageName,
    paper,
    plan.date === plan.day ? date : null,
  );
  const { text, truth } = renderPage(
    rng,
    new Writer(rng, date),
    pageName,
    slot.page,
    plan.jumps,
    (key) => {
      const own = createRng(options.seed, 'jump', slot.issueIndex, key);
      return { rng: own, writer: new Writer(own, date) };
    },
    furniture,
  );
  const manifest: PageManifest = {
    paper,
    date: plan.date,
    page: slot.page,
    pageName,
    provenance: `Generated by lib/generator (seed ${options.seed}, page index ${index}): synthetic text for tests and benchmarks, not a real newspaper page. paper, date, page and pageName are generated.`,
    dateNote: plan.dateNote,
  };
  return { stem: `${plan.day}-${String(slot.page).padStart(2, '0')}`, text, manifest, truth };
}

/** Generates the `index`-th page (0-based) of the archive defined by `options`. */
export function generatePage(options: GeneratorOptions, index: number): GeneratedPage {
  const { stem, text, manifest } = generatePageWithTruth(options, index);
  return { stem, text, manifest };
}

/** Yields pages 0..pages-1 lazily (flat memory for any corpus size). */
export function* iteratePages(options: GeneratorOptions & { pages: number }): Generator<GeneratedPage> {
  for (let i = 0; i < options.pages; i++) yield generatePage(options, i);
}

/** Generates `pages` pages into an array; use `iteratePages` for large corpora. */
export function generatePages(options: GeneratorOptions & { pages: number }): GeneratedPage[] {
  return Array.from(iteratePages(options));
}

/** Generates `pages` pages with their ground truth, for parser accuracy checks. */
export function generatePagesWithTruth(
  options: GeneratorOptions & { pages: number },
): GeneratedPageWithTruth[] {
  return Array.from({ length: options.pages }, (_, i) => generatePageWithTruth(options, i));
}
