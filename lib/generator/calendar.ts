// Maps a page's running index to its issue, issue date and page number, in O(1), so that any page
// of a generated archive can be produced on its own (lazy generation with flat memory).

/** Pages per issue across one week: five eight-page weekday issues, then two four-page weekend issues. */
export const WEEK_PATTERN = [8, 8, 8, 8, 8, 4, 4] as const;

const PAGES_PER_WEEK = WEEK_PATTERN.reduce((sum, n) => sum + n, 0);
const WEEK_OFFSETS = WEEK_PATTERN.map((_, i) => WEEK_PATTERN.slice(0, i).reduce((s, n) => s + n, 0));
const DAY_MS = 86_400_000;

/** Where a page sits: its issue (0-based, one per calendar day), page number and the issue's size. */
export interface PageSlot {
  issueIndex: number;
  page: number;
  pageCount: number;
}

/** Finds the issue and page number of the `index`-th generated page (0-based). */
export function indexToSlot(index: number): PageSlot {
  if (!Number.isInteger(index) || index < 0)
    throw new RangeError(`page index must be a whole number >= 0, got ${index}`);
  const week = Math.floor(index / PAGES_PER_WEEK);
  const rest = index % PAGES_PER_WEEK;
  let day = WEEK_PATTERN.length - 1;
  while ((WEEK_OFFSETS[day] ?? 0) > rest) day--;
  return {
    issueIndex: week * WEEK_PATTERN.length + day,
    page: rest - (WEEK_OFFSETS[day] ?? 0) + 1,
    pageCount: WEEK_PATTERN[day] ?? 8,
  };
}

/** Adds whole days to an ISO day (`2021-12-31` + 1 → `2022-01-01`), on the UTC calendar. */
export function addDays(isoDay: string, days: number): string {
  const ms = Date.parse(`${isoDay}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new RangeError(`not an ISO day: ${isoDay}`);
  return new Date(ms + days * DAY_MS).toISOString().slice(0, 10);
}

/** Splits an ISO day into numbers. */
export function dayParts(isoDay: string): { year: number; month: number; day: number } {
  const [y, m, d] = isoDay.split('-').map(Number);
  return { year: y ?? 2000, month: m ?? 1, day: d ?? 1 };
}
