// Pure indexes over validated articles for the site: issues by year → month, pages per issue,
// sections (版面 names, 栏目 columns, 体裁 kinds) and previous/next links. No I/O.
import type { Article, IssueDate, PageFragments } from './schema';
import { dateToKey } from './ids';
import {
  assignSectionSlugs,
  legacySectionSlug,
  sectionKey,
  SECTION_TYPE_ORDER,
  type SectionType,
} from './section-slugs';

export { hashName, KIND_SLUGS, legacySectionSlug, sectionKey, type SectionType } from './section-slugs';

/** Articles per page of a section listing (a section of 50,000 articles must not be one page). */
export const ARTICLES_PER_PAGE = 50;

/** Text of a 版 that belongs to no article, shown on the 版面 page at `#<anchor>` (page furniture is not). */
export interface ShownFragment {
  /** `f1`, `f2`…, in page order. */
  anchor: string;
  text: string;
  /** 1-based source lines, inclusive. */
  lines: [number, number];
}

/** One 版 of an issue: its number, 版面名, articles in reading order, and its unplaced text. */
export interface IssuePage {
  page: number;
  /** 版面名, or null when the page prints none. */
  pageName: string | null;
  /** The paper the page belongs to, as its manifest names it (丽水日报, or a second paper of the group). */
  paper: string;
  articles: Article[];
  fragments: ShownFragment[];
}

/** One issue (a day's paper, or an interval when the day is unknown) with its pages in order. */
export interface Issue {
  /** URL key: `2022-03-08`, or for an interval `2022-03-06_12` (see `dateToKey`). */
  key: string;
  date: IssueDate;
  dateNote: string | null;
  /** The papers of its pages, in page order, each once (usually one). */
  papers: string[];
  year: number;
  month: number;
  pages: IssuePage[];
}

/** A browsable section: every article sharing a 版面 name, a column, or a kind. */
export interface Section {
  type: SectionType;
  name: string;
  /** ASCII, readable URL slug: pinyin of the name, or the kind in English (see section-slugs.ts). */
  slug: string;
  /** The hash slug the site used before readable slugs (`page-1a2b3c4d`); its URLs redirect. */
  legacySlug: string;
  /** Newest first: date descending, then page and reading order. */
  articles: Article[];
}

/** A year of the archive with its months, each listing its issues oldest first. */
export interface ArchiveYear {
  year: number;
  months: { month: number; issues: Issue[] }[];
}

/** Everything the site needs to route and link, built once from the articles. */
export interface Archive {
  /** Oldest first. */
  issues: Issue[];
  years: ArchiveYear[];
  sections: Section[];
  articleById: Map<string, Article>;
  issueByKey: Map<string, Issue>;
  sectionBySlug: Map<string, Section>;
  /** Sections by `sectionKey(type, name)`: the section of an article's 版面, column or kind. */
  sectionByKey: Map<string, Section>;
}

/** The URL key of an issue date (`2022-03-06_12`): the date part of article ids, from ids.ts. */
export { dateToKey };

function compareNewestFirst(a: Article, b: Article): number {
  return a.date < b.date ? 1 : a.date > b.date ? -1 : a.page - b.page || a.order - b.order;
}

function compareOldestFirst(a: Article, b: Article): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.page - b.page || a.order - b.order;
}

/** The issue of `date`, created in `issueByKey` on first sight. */
function issueFor(issueByKey: Map<string, Issue>, date: IssueDate, dateNote: string | null): Issue {
  const key = dateToKey(date);
  let issue = issueByKey.get(key);
  if (!issue) {
    const [year, month] = date.slice(0, 7).split('-').map(Number);
    issue = { key, date, dateNote, papers: [], year: year ?? 0, month: month ?? 0, pages: [] };
    issueByKey.set(key, issue);
  }
  issue.dateNote ??= dateNote;
  return issue;
}

/** The 版 `number` of an issue, created on first sight. */
function pageFor(issue: Issue, number: number, pageName: string | null, paper: string): IssuePage {
  let page = issue.pages.find((candidate) => candidate.page === number);
  if (!page) {
    page = { page: number, pageName, paper, articles: [], fragments: [] };
    issue.pages.push(page);
  }
  return page;
}

/**
 * Builds every index of the archive from the articles and each page's stored fragments (a page
 * whose text the parser could not place still gets its 版面 page); throws if two sections were
 * ever given one slug (assignSectionSlugs makes them unique, so that would be a bug).
 */
export function buildArchive(input: readonly Article[], fragmentPages: readonly PageFragments[] = []): Archive {
  const articles = [...input].sort(compareOldestFirst);
  const articleById = new Map<string, Article>();
  const issueByKey = new Map<string, Issue>();
  const sectionByKey = new Map<string, Section>();

  for (const article of articles) {
    if (articleById.has(article.id)) throw new Error(`duplicate article id "${article.id}"`);
    articleById.set(article.id, article);

    const issue = issueFor(issueByKey, article.date, article.dateNote);
    pageFor(issue, article.page, article.pageName, article.paper).articles.push(article);

    const memberships: [SectionType, string | null][] = [
      ['page', article.pageName],
      ['column', article.column],
      ['kind', article.kind],
    ];
    for (const [type, name] of memberships) {
      if (!name) continue;
      const key = sectionKey(type, name);
      let section = sectionByKey.get(key);
      if (!section) {
        section = { type, name, slug: '', legacySlug: legacySectionSlug(type, name), articles: [] };
        sectionByKey.set(key, section);
      }
      section.articles.push(article);
    }
  }

  for (const record of fragmentPages) {
    const shown = record.fragments.flatMap((fragment) =>
      fragment.anchor === null ? [] : [{ anchor: fragment.anchor, text: fragment.text, lines: fragment.lines }],
    );
    if (shown.length === 0) continue;
    const issue = issueFor(issueByKey, record.date, record.dateNote);
    pageFor(issue, record.page, record.pageName, record.paper).fragments.push(...shown);
  }

  const issues = [...issueByKey.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const issue of issues) {
    issue.pages.sort((a, b) => a.page - b.page);
    issue.papers = [...new Set(issue.pages.map((page) => page.paper))];
    for (const page of issue.pages) page.articles.sort((a, b) => a.order - b.order);
  }

  const years: ArchiveYear[] = [];
  for (const issue of issues) {
    let year = years.at(-1);
    if (!year || year.year !== issue.year) {
      year = { year: issue.year, months: [] };
      years.push(year);
    }
    let month = year.months.at(-1);
    if (!month || month.month !== issue.month) {
      month = { month: issue.month, issues: [] };
      year.months.push(month);
    }
    month.issues.push(issue);
  }

  const slugs = assignSectionSlugs([...sectionByKey.values()]);
  for (const [key, section] of sectionByKey) section.slug = slugs.get(key) ?? section.legacySlug;
  const sections = [...sectionByKey.values()].sort(
    (a, b) =>
      SECTION_TYPE_ORDER[a.type] - SECTION_TYPE_ORDER[b.type] ||
      b.articles.length - a.articles.length ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
  const sectionBySlug = new Map<string, Section>();
  for (const section of sections) {
    section.articles.sort(compareNewestFirst);
    const clash = sectionBySlug.get(section.slug);
    if (clash) throw new Error(`sections "${clash.name}" and "${section.name}" share the slug "${section.slug}"`);
    sectionBySlug.set(section.slug, section);
  }

  return { issues, years, sections, articleById, issueByKey, sectionBySlug, sectionByKey };
}

/** The issue an article appeared in. */
export function issueOf(archive: Archive, article: Article): Issue | undefined {
  return archive.issueByKey.get(dateToKey(article.date));
}

/** The page (版) of an issue with a given number. */
export function findPage(issue: Issue, page: number): IssuePage | undefined {
  return issue.pages.find((candidate) => candidate.page === page);
}

/** The items before and after `item` in `list` (undefined at the ends or when absent). */
export function neighbours<T>(list: readonly T[], item: T): { prev: T | undefined; next: T | undefined } {
  const index = list.indexOf(item);
  if (index < 0) return { prev: undefined, next: undefined };
  return { prev: list[index - 1], next: list[index + 1] };
}

/** An article's neighbour in reading order, and whether the step leaves its 版面 or its issue. */
export interface ReadingNeighbour {
  article: Article;
  issue: Issue;
  page: IssuePage;
  /** `null` on the same 版面; `'page'` to another 版面 of the issue; `'issue'` to another issue. */
  crosses: null | 'page' | 'issue';
}

interface ReadingStop {
  article: Article;
  issue: Issue;
  page: IssuePage;
}

// The archive's reading order, built once per archive: a page of 100,000 articles asks for its
// neighbours 100,000 times, so each lookup must not scan the archive.
const readingOrders = new WeakMap<Archive, { stops: ReadingStop[]; indexById: Map<string, number> }>();

function readingOrder(archive: Archive) {
  let order = readingOrders.get(archive);
  if (!order) {
    const stops: ReadingStop[] = [];
    for (const issue of archive.issues)
      for (const page of issue.pages) for (const article of page.articles) stops.push({ article, issue, page });
    order = { stops, indexById: new Map(stops.map((stop, index) => [stop.article.id, index])) };
    readingOrders.set(archive, order);
  }
  return order;
}

/**
 * Previous and next article in reading order: through a 版面, on to the first article of the next
 * 版面 with articles, then to the next issue's first (backwards: the previous 版面's last article,
 * then the previous issue's last), each marked with what it crosses so the page can say so.
 */
export function readingNeighbours(
  archive: Archive,
  article: Article,
): { prev: ReadingNeighbour | undefined; next: ReadingNeighbour | undefined } {
  const { stops, indexById } = readingOrder(archive);
  const index = indexById.get(article.id);
  const here = index === undefined ? undefined : stops[index];
  if (index === undefined || !here) return { prev: undefined, next: undefined };
  const neighbour = (stop: ReadingStop | undefined): ReadingNeighbour | undefined =>
    stop && {
      ...stop,
      crosses: stop.issue !== here.issue ? 'issue' : stop.page !== here.page ? 'page' : null,
    };
  return { prev: neighbour(stops[index - 1]), next: neighbour(stops[index + 1]) };
}

/** The section of an article's 版面 name, column or kind, if the archive has it. */
export function findSection(archive: Archive, type: SectionType, name: string | null): Section | undefined {
  return name === null ? undefined : archive.sectionByKey.get(sectionKey(type, name));
}

/**
 * Old section slugs that must keep working: each section's hash slug from before readable slugs,
 * unless it is still the section's slug or another section now holds it.
 */
export function legacySectionRedirects(archive: Archive): { from: string; to: Section }[] {
  return archive.sections
    .filter((section) => section.legacySlug !== section.slug && !archive.sectionBySlug.has(section.legacySlug))
    .map((section) => ({ from: section.legacySlug, to: section }));
}

/**
 * Where a `(下转第七版)` continuation leads: the article on that page of the same issue that says
 * it continues from this page (上接), else the page itself, else nothing when the archive lacks it.
 */
export function continuationTarget(
  archive: Archive,
  article: Article,
): { type: 'article'; article: Article } | { type: 'page'; issue: Issue; page: IssuePage } | null {
  if (article.continuedOn === null) return null;
  const issue = issueOf(archive, article);
  const page = issue ? findPage(issue, article.continuedOn) : undefined;
  if (!issue || !page) return null;
  const candidates = page.articles.filter((other) => other.continuedFrom === article.page);
  const sameTitle = candidates.find((other) => other.title === article.title);
  const match = sameTitle ?? (candidates.length === 1 ? candidates[0] : undefined);
  return match ? { type: 'article', article: match } : { type: 'page', issue, page };
}

/** The newest issue, or undefined for an empty archive. */
export function latestIssue(archive: Archive): Issue | undefined {
  return archive.issues.at(-1);
}

/** Human label of a section type: 版面, 栏目, 体裁. */
export function sectionTypeLabel(type: SectionType): string {
  return type === 'page' ? '版面' : type === 'column' ? '栏目' : '体裁';
}
