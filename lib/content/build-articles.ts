// The in-memory heart of ingest: decoded source pages + manifests → the files of content/articles
// and content/fragments. Pure (no file system, no clock), so the search build, the benchmarks and
// check-content can run it on any set of pages.
import { SourceError } from '../parser/errors';
import { parsePage } from '../parser/parse-page';
import type { ParsedPage } from '../parser/types';
import { articleId, articlePath, fragmentsPath, pageKey } from './ids';
import { blocksToMarkdown, markCaptions } from './markdown';
import type { Article, PageManifest } from './schema';
import {
  articleToFrontMatter,
  articleToMarkdown,
  fragmentsToJson,
  fragmentsToRecord,
  InvalidOutputError,
} from './to-markdown';
import type { PageFragments } from './schema';
import { layoutOf, type PlacedStatement } from './layout-file';
import type { PageLayout } from '../parser/layout';
import {
  applyCorrection,
  CorrectionConflict,
  type ArticleCorrection,
  type ArticleText,
  type PageCorrections,
} from './corrections';

/** One raw page, already decoded, with its validated manifest. */
export interface SourcePage {
  /** File name without `.txt`: the page is `sources/<stem>.txt`, its manifest `sources/<stem>.manifest.json`. */
  stem: string;
  text: string;
  manifest: PageManifest;
  /** The editor's layout corrections (`<stem>.layout.yaml`), validated; empty when there are none. */
  layout?: readonly PlacedStatement[];
}

/** Options of buildArticleFiles. */
export interface BuildOptions {
  /** How errors name the sources folder (default `content/sources`). */
  sourcesLabel?: string;
  /** The parser (default parsePage); benchmarks may pass their own. */
  parse?: (text: string, layout?: PageLayout) => ParsedPage;
  /** Editors' text corrections by source stem (content/corrections/<stem>.json), re-applied to the generated articles. */
  corrections?: ReadonlyMap<string, PageCorrections>;
  /** How errors name the corrections folder (default `content/corrections`). */
  correctionsLabel?: string;
  /** Page builds kept from an earlier run (lib/content/ingest-cache.ts); not used with a custom `parse`. */
  cache?: PageBuildCache;
}

/** What one page gives: its files (path → text), articles, fragments and notes, in page order. */
export interface PageBuild {
  files: [string, string][];
  articles: Article[];
  fragments: FragmentsFile[];
  notes: string[];
}

/** A store of page builds keyed by everything that decides them (the page, its corrections, the code). */
export interface PageBuildCache {
  /** `labels`: how messages name the folders (part of the key: notes quote them). */
  get(source: SourcePage, corrections: PageCorrections | undefined, labels: string): PageBuild | undefined;
  /** Called only for pages built without problems. */
  set(source: SourcePage, corrections: PageCorrections | undefined, labels: string, build: PageBuild): void;
}

/** Fragments of one page and the file they are stored in. */
export interface FragmentsFile {
  path: string;
  record: PageFragments;
}

/** Everything ingest would write for a set of pages. */
export interface ArticleFiles {
  /** Path relative to the content folder (`articles/2022/03/<id>.md`, `fragments/…json`) → file text; sorted by path. */
  files: Map<string, string>;
  /** Every article, as loadArticles would read it back, in source order then reading order. */
  articles: Article[];
  fragments: FragmentsFile[];
  /** Bad input (duplicates, id clashes, parser errors): each names a file and line. */
  problems: SourceError[];
  /** Things to tell the editor that are not problems: layout statements that change nothing any more. */
  notes: string[];
  /** What each page built gave, by stem (pages refused as duplicates are absent). */
  pages: Map<string, PageBuild>;
}

/** Runs the parser over every page and renders its articles and fragments; skips (and reports) bad pages. */
export function buildArticleFiles(sources: readonly SourcePage[], options: BuildOptions = {}): ArticleFiles {
  const label = options.sourcesLabel ?? 'content/sources';
  const parse = options.parse ?? parsePage;
  const unsorted = new Map<string, string>();
  const articles: Article[] = [];
  const fragments: FragmentsFile[] = [];
  const problems: SourceError[] = [];
  const notes: string[] = [];
  const pages = new Map<string, PageBuild>();

  const byText = new Map<string, string>();
  const byPage = new Map<string, string>();
  const byKey = new Map<string, SourcePage>();
  const sorted = [...sources].sort((a, b) => (a.stem < b.stem ? -1 : a.stem > b.stem ? 1 : 0));

  for (const source of sorted) {
    const { manifest, stem } = source;
    const textFile = `${label}/${stem}.txt`;
    const manifestFile = `${label}/${stem}.manifest.json`;

    const sameText = byText.get(source.text);
    if (sameText !== undefined) {
      problems.push(new SourceError(textFile, 1, `duplicate page: same text as ${label}/${sameText}.txt`));
      continue;
    }
    byText.set(source.text, stem);

    const pageLabel = `${manifest.paper} ${manifest.date} page ${manifest.page}`;
    const samePage = byPage.get(`${manifest.paper}|${manifest.date}|${manifest.page}`);
    if (samePage !== undefined) {
      problems.push(
        new SourceError(manifestFile, 1, `duplicate page: ${label}/${samePage}.txt is already ${pageLabel}`),
      );
      continue;
    }
    byPage.set(`${manifest.paper}|${manifest.date}|${manifest.page}`, stem);

    // Ids carry no paper, so two papers' pages of the same date and number would share ids.
    const key = pageKey(manifest);
    const sameKey = byKey.get(key);
    if (sameKey !== undefined) {
      problems.push(
        new SourceError(
          manifestFile,
          1,
          `page ids ${key}-… clash with ${label}/${sameKey.stem}.txt (${sameKey.manifest.paper}): give each paper a "paperSlug"`,
          'paperSlug',
        ),
      );
      continue;
    }
    byKey.set(key, source);

    const corrections = options.corrections?.get(stem);
    const cache = options.parse === undefined ? options.cache : undefined;
    const labels = `${label}\n${options.correctionsLabel ?? ''}`;
    let page = cache?.get(source, corrections, labels);
    if (page === undefined) {
      const pageProblems: SourceError[] = [];
      page = buildPage(source, key, corrections, parse, options, pageProblems);
      if (pageProblems.length === 0) cache?.set(source, corrections, labels, page);
      problems.push(...pageProblems);
    }
    pages.set(stem, page);
    for (const [path, text] of page.files) unsorted.set(path, text);
    articles.push(...page.articles);
    fragments.push(...page.fragments);
    notes.push(...page.notes);
  }

  const files = new Map([...unsorted.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { files, articles, fragments, problems, notes, pages };
}

/** Parses one page and renders its articles and fragments; bad input goes to `problems`. */
function buildPage(
  source: SourcePage,
  key: string,
  corrections: PageCorrections | undefined,
  parse: NonNullable<BuildOptions['parse']>,
  options: BuildOptions,
  problems: SourceError[],
): PageBuild {
  const { manifest, stem } = source;
  const label = options.sourcesLabel ?? 'content/sources';
  const textFile = `${label}/${stem}.txt`;
  const page: PageBuild = { files: [], articles: [], fragments: [], notes: [] };
  const statements = source.layout ?? [];
  const parsed = parseSource((text) => parse(text, layoutOf(statements.map((placed) => placed.statement))), source.text, textFile);
  if (!(parsed instanceof SourceError) && statements.length > 0) {
    page.notes.push(...idleStatements(parse, source.text, statements, parsed, `${label}/${stem}.layout.yaml`));
  }
  if (parsed instanceof SourceError) {
    problems.push(parsed);
    return page;
  }
  const sourceRef = `sources/${stem}.txt`;
  const lineCount = source.text.split('\n').length;
  const correctionsFile = `${options.correctionsLabel ?? 'content/corrections'}/${stem}.json`;
  const assigned = assignCorrections(corrections, parsed, correctionsFile, problems);
  parsed.articles.forEach((article, index) => {
    const order = index + 1;
    const id = articleId(manifest, order);
    const path = articlePath(id, manifest.date);
    checkLines(article.lines, lineCount, `${textFile} (article ${order})`);
    let text: ArticleText = {
      frontMatter: articleToFrontMatter(article, manifest, id, order, sourceRef),
      body: blocksToMarkdown(markCaptions(article.body)).trim(),
    };
    const correction = assigned.get(index);
    if (correction !== undefined) {
      try {
        text = applyCorrection(text, correction);
      } catch (error) {
        if (!(error instanceof CorrectionConflict)) throw error;
        const [start, end] = correction.lines;
        problems.push(
          new SourceError(
            correctionsFile,
            1,
            `the correction of lines ${start}–${end} no longer applies: ${error.message}. Fix or remove it in this file`,
          ),
        );
      }
    }
    page.files.push([path, articleToMarkdown(path, text.frontMatter, text.body)]);
    page.articles.push({ ...text.frontMatter, body: text.body });
  });
  // Text that belongs to no article is stored too, so that nothing of a page is lost.
  if (parsed.fragments.length > 0) {
    for (const fragment of parsed.fragments) checkLines(fragment.lines, lineCount, `${textFile} (fragment)`);
    const record = fragmentsToRecord(parsed.fragments, manifest, sourceRef);
    const path = fragmentsPath(key, manifest.date);
    page.files.push([path, fragmentsToJson(record)]);
    page.fragments.push({ path, record });
  }
  return page;
}

// The layout statements whose removal changes nothing (the parser now reads the page that way by
// itself, or another statement says the same): reported so that the file stays short and true.
function idleStatements(
  parse: NonNullable<BuildOptions['parse']>,
  text: string,
  statements: readonly PlacedStatement[],
  parsed: ParsedPage,
  file: string,
): string[] {
  const expected = JSON.stringify(parsed);
  return statements.flatMap((placed, index) => {
    const others = statements.filter((_, k) => k !== index).map((other) => other.statement);
    return JSON.stringify(parse(text, layoutOf(others))) === expected
      ? [`${file}:${placed.fileLine}: this layout correction changes nothing any more: you may remove it`]
      : [];
  });
}

/**
 * Which article each correction of a page belongs to: the one whose source lines overlap the
 * correction's most (so a correction follows its text when the segmentation moves). A correction
 * whose lines no article covers any more is a problem naming the corrections file.
 */
function assignCorrections(
  record: PageCorrections | undefined,
  parsed: ParsedPage,
  file: string,
  problems: SourceError[],
): Map<number, ArticleCorrection> {
  const assigned = new Map<number, ArticleCorrection>();
  for (const correction of record?.articles ?? []) {
    const [start, end] = correction.lines;
    let best = -1;
    let bestOverlap = 0;
    parsed.articles.forEach((article, index) => {
      const overlap = Math.min(end, article.lines.end) - Math.max(start, article.lines.start) + 1;
      if (overlap > bestOverlap) {
        best = index;
        bestOverlap = overlap;
      }
    });
    if (best < 0) {
      problems.push(new SourceError(file, 1, `no article covers lines ${start}–${end} any more: the correction has nothing to apply to`));
    } else if (assigned.has(best)) {
      problems.push(new SourceError(file, 1, `two corrections (the second for lines ${start}–${end}) fall on one article: merge them`));
    } else {
      assigned.set(best, correction);
    }
  }
  return assigned;
}

// A parser error that knows its line is bad input; anything else is a parser bug and propagates.
function parseSource(parse: (text: string) => ParsedPage, text: string, file: string): ParsedPage | SourceError {
  try {
    return parse(text);
  } catch (error) {
    const line = (error as { line?: unknown }).line;
    if (error instanceof Error && typeof line === 'number') {
      const reason = (error as { reason?: unknown }).reason;
      return new SourceError(file, line, typeof reason === 'string' ? reason : error.message);
    }
    throw error;
  }
}

function checkLines(lines: { start: number; end: number }, lineCount: number, what: string): void {
  if (!(Number.isInteger(lines.start) && Number.isInteger(lines.end))) {
    throw new InvalidOutputError(what, `parser returned non-integer lines ${lines.start}–${lines.end}`);
  }
  if (lines.start < 1 || lines.end < lines.start || lines.end > lineCount) {
    throw new InvalidOutputError(what, `parser returned lines ${lines.start}–${lines.end} outside 1–${lineCount}`);
  }
}
