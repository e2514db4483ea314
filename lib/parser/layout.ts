// An editor's layout corrections for one page, as the parser takes them: hard constraints keyed by
// the source's own line numbers (the source never changes, so the numbers stay right). Read from
// content/sources/<stem>.layout.yaml by lib/content/layout-file.ts; every pass that a statement
// concerns asks this module, so the constraints are applied where the decision is made.

/** What an editor can say a line is. */
export type LayoutRole =
  'kicker' | 'title' | 'subtitle' | 'byline' | 'caption' | 'furniture' | 'paragraph' | 'subheading';

/** The layout corrections of one page. Line numbers are 1-based source lines. */
export interface PageLayout {
  /** Lines that open an article (its first headline line). */
  starts: ReadonlySet<number>;
  /** Inclusive line ranges that are one article each: nothing inside opens another. */
  articles: readonly (readonly [number, number])[];
  /** Lines whose role is given. */
  roles: ReadonlyMap<number, LayoutRole>;
  /** Pairs `[a, b]`: the block at line b continues the paragraph at line a. */
  joins: readonly (readonly [number, number])[];
  /** Line → page number: the article holding the line continues on that page (下转). */
  continuedOn: ReadonlyMap<number, number>;
}

/** A page without corrections. */
export const NO_LAYOUT: PageLayout = {
  starts: new Set(),
  articles: [],
  roles: new Map(),
  joins: [],
  continuedOn: new Map(),
};

/** True when the layout says nothing. */
export function isEmptyLayout(layout: PageLayout): boolean {
  return (
    layout.starts.size === 0 &&
    layout.articles.length === 0 &&
    layout.roles.size === 0 &&
    layout.joins.length === 0 &&
    layout.continuedOn.size === 0
  );
}

/** The role given to the first line of a unit spanning `start`–`end`, if any (a start line is a headline). */
export function roleOfUnit(layout: PageLayout, start: number, end: number): LayoutRole | undefined {
  if (layout.roles.size === 0 && layout.starts.size === 0) return undefined;
  for (let line = start; line <= end; line++) {
    const role = layout.roles.get(line);
    if (role !== undefined) return role;
    if (layout.starts.has(line)) return 'title';
  }
  return undefined;
}

/** True when `unit` exists and the editor's corrections give none of its lines a role, so a pass may set one. */
export function isUngiven(layout: PageLayout, unit: { start: number; end: number } | undefined): boolean {
  return unit !== undefined && roleOfUnit(layout, unit.start, unit.end) === undefined;
}

/** The role an editor gave explicitly to the first line of a unit spanning `start`–`end`, if any. */
export function givenRole(layout: PageLayout, start: number, end: number): LayoutRole | undefined {
  if (layout.roles.size === 0) return undefined;
  for (let line = start; line <= end; line++) {
    const role = layout.roles.get(line);
    if (role !== undefined) return role;
  }
  return undefined;
}

/** True when a line must begin a unit of its own: it has a role or opens an article. */
export function cutsBefore(layout: PageLayout, line: number): boolean {
  return layout.roles.has(line) || layout.starts.has(line);
}

/** True when the unit after a line must be a new one: the line has a role of its own. */
export function cutsAfter(layout: PageLayout, line: number): boolean {
  return layout.roles.has(line) || layout.starts.has(line);
}

/** True when a unit spanning `start`–`end` opens an article by the editor's word (a start, or an article range's first line). */
export function opensArticle(layout: PageLayout, start: number, end: number): boolean {
  if (layout.starts.size === 0 && layout.articles.length === 0) return false;
  for (let line = start; line <= end; line++) {
    if (layout.starts.has(line) || layout.articles.some(([first]) => first === line)) return true;
  }
  return false;
}

/** True when an editor's `start` names a line of the unit spanning `start`–`end`. */
export function startsAt(layout: PageLayout, start: number, end: number): boolean {
  if (layout.starts.size === 0) return false;
  for (let line = start; line <= end; line++) if (layout.starts.has(line)) return true;
  return false;
}

/** True when an article range ends between line `before` and line `after`. */
export function rangeEndsBetween(layout: PageLayout, before: number, after: number): boolean {
  return layout.articles.some(([first, last]) => before >= first && before <= last && after > last);
}

/** True when a unit starting at `line` lies inside an article range after its first line: it opens nothing. */
export function insideOneArticle(layout: PageLayout, line: number): boolean {
  return layout.articles.some(([first, last]) => line > first && line <= last);
}

/** True when the editor joined the block at `next` to the paragraph spanning `start`–`end`. */
export function isJoined(layout: PageLayout, start: number, end: number, next: number): boolean {
  return layout.joins.some(([a, b]) => a >= start && a <= end && b === next);
}
