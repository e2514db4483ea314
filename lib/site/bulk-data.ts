// The whole archive as data for researchers (issue 13): one gzip JSON Lines file per year of every
// article's open-data record (front matter, body blocks, Markdown, source lines), and an index
// listing the files with counts, sizes and sha256. Written by postbuild; deterministic (gzip with no
// timestamp, articles in archive order), so an unchanged archive gives byte-identical files.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Article } from '../content/schema';
import { issueDateStart } from './format';
import { articleToOpenData, OPEN_DATA_VERSION } from './static-files';

/** One bulk file as the index lists it. */
export interface BulkFile {
  /** Root-relative path, e.g. `/data/bulk/articles-2022.jsonl.gz`. */
  path: string;
  year: number;
  articles: number;
  /** Size of the gzip file in bytes. */
  bytes: number;
  /** sha256 hex of the gzip file. */
  sha256: string;
}

/** `/data/index.json`: the bulk files and the record format they hold. */
export interface BulkIndex {
  /** Version of each line's record (the per-article open-data format). */
  version: number;
  format: 'jsonl+gzip';
  files: BulkFile[];
}

/** Root-relative path of a year's bulk file. */
export function bulkFilePath(year: number): string {
  return `/data/bulk/articles-${year}.jsonl.gz`;
}

/** Root-relative path of the bulk index. */
export const BULK_INDEX_PATH = '/data/index.json';

/** How a month's JSON Lines become a member of its year's bulk file: gzip level 9 (no timestamp in Node's header). */
export function gzipBulkLines(lines: Buffer): Buffer {
  return gzipSync(lines, { level: 9 });
}

/** A month's JSON Lines: each article's open-data record, one per line, in the order given. */
export function bulkLines(articles: readonly Article[]): Buffer {
  return Buffer.from(
    articles.map((article) => `${JSON.stringify(articleToOpenData(article))}\n`).join(''),
    'utf8',
  );
}

/**
 * Makes the gzip member of one month's articles; `lines()` gives its JSON Lines. The default
 * compresses them; the build passes a cache (scripts/postbuild.ts), which must give the same bytes.
 */
export type BulkMember = (articles: readonly Article[], lines: () => Buffer) => Buffer;

const compressMember: BulkMember = (_articles, lines) => gzipBulkLines(lines());

/** `articles` cut into runs of consecutive articles whose issues start in the same month, in order. */
function monthRuns(articles: readonly Article[]): Article[][] {
  const runs: Article[][] = [];
  let month = '';
  for (const article of articles) {
    const start = issueDateStart(article.date).slice(0, 7);
    if (start !== month || runs.length === 0) runs.push([]);
    month = start;
    runs.at(-1)?.push(article);
  }
  return runs;
}

/**
 * Builds the bulk files of `articles` (in the order given, grouped by the year of each issue's first
 * day) and their index. Returns path → bytes for every file, the index included. Each year's file is
 * one gzip member per month, made by `member`.
 */
export function buildBulkData(
  articles: readonly Article[],
  member: BulkMember = compressMember,
): {
  files: Map<string, Buffer>;
  index: BulkIndex;
} {
  const byYear = new Map<number, Article[]>();
  for (const article of articles) {
    const year = Number(issueDateStart(article.date).slice(0, 4));
    const list = byYear.get(year);
    if (list) list.push(article);
    else byYear.set(year, [article]);
  }
  const files = new Map<string, Buffer>();
  const listed: BulkFile[] = [];
  for (const year of [...byYear.keys()].sort((a, b) => a - b)) {
    const yearArticles = byYear.get(year) ?? [];
    // One gzip member per run of articles of the same month, concatenated (RFC 1952 §2.2: a gzip
    // file is a series of members; gzip, zcat, Python's gzip and Node read them as one stream), so
    // that a new day compresses again only its month, whatever the size of the year.
    const gzip = Buffer.concat(monthRuns(yearArticles).map((run) => member(run, () => bulkLines(run))));
    const path = bulkFilePath(year);
    files.set(path, gzip);
    listed.push({
      path,
      year,
      articles: yearArticles.length,
      bytes: gzip.length,
      sha256: createHash('sha256').update(gzip).digest('hex'),
    });
  }
  const index: BulkIndex = { version: OPEN_DATA_VERSION, format: 'jsonl+gzip', files: listed };
  files.set(BULK_INDEX_PATH, Buffer.from(`${JSON.stringify(index, null, 2)}\n`, 'utf8'));
  return { files, index };
}
