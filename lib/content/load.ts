// Reads content/ once per process, validates every file at the boundary, and hands the site and
// the search build plain data. Node only: the routes call it at build time, never the browser.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import {
  ArticleFrontMatterSchema,
  PageFragmentsSchema,
  RedirectMapSchema,
  type Article,
  type PageFragments,
  type RedirectMap,
} from './schema';
import { FrontMatterError, splitFrontMatter } from './front-matter';
import { loadFolderCached } from './parse-cache';

/** The content folder: `CONTENT_DIR` when set (benchmarks build generated archives), else ./content. */
export function contentDir(): string {
  return path.resolve(process.env.CONTENT_DIR ?? path.join(process.cwd(), 'content'));
}

/** Lists every `.md` file under a folder, recursively, in sorted order. */
export function listMarkdownFiles(dir: string): string[] {
  return listFiles(dir, '.md');
}

// Every file ending in `ext` under a folder, recursively, in sorted order ([] when it does not exist).
function listFiles(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...listFiles(full, ext));
    else if (entry.isFile() && entry.name.endsWith(ext)) found.push(full);
  }
  return found.sort();
}

/** Parses and validates one article file; throws a FrontMatterError naming the file and field. */
export function parseArticleFile(file: string, text: string): Article {
  const { data, body } = splitFrontMatter(file, text);
  const result = ArticleFrontMatterSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue?.path.join('.') || '(front matter)';
    throw new FrontMatterError(file, 1, `front matter field "${field}": ${issue?.message ?? 'invalid'}`);
  }
  return { ...result.data, body };
}

/** Orders articles by issue date, page, then reading order. */
export function compareArticles(a: Article, b: Article): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.page - b.page || a.order - b.order;
}

const articleCache = new Map<string, Article[]>();

/**
 * Every article under `<dir>/articles`, validated and sorted; memoised per folder in the process,
 * and per file across processes by lib/content/parse-cache.ts.
 */
export function loadArticles(dir: string = contentDir()): Article[] {
  const cached = articleCache.get(dir);
  if (cached) return cached;
  // Files are listed folder by folder (sorted), so each folder's files are one run of the list.
  const byFolder = new Map<string, string[]>();
  for (const file of listMarkdownFiles(path.join(dir, 'articles'))) {
    const folder = path.dirname(file);
    const files = byFolder.get(folder);
    if (files) files.push(file);
    else byFolder.set(folder, [file]);
  }
  const articles = [...byFolder].flatMap(([folder, files]) =>
    loadFolderCached(dir, folder, files, (file) =>
      parseArticleFile(path.relative(process.cwd(), file), readFileSync(file, 'utf8')),
    ),
  );
  articles.sort(compareArticles);
  articleCache.set(dir, articles);
  return articles;
}

// A JSON file's value; malformed JSON is a FrontMatterError naming the file and what it holds.
function readJson(file: string, what: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch (error) {
    throw new FrontMatterError(file, 1, `malformed JSON in ${what}: ${(error as Error).message}`);
  }
}

/** content/redirects.json (old id → current id), validated; empty when the file does not exist. */
export function loadRedirects(dir: string = contentDir()): RedirectMap {
  const file = path.join(dir, 'redirects.json');
  if (!existsSync(file)) return {};
  const data = readJson(file, 'the redirect map');
  const result = RedirectMapSchema.safeParse(data);
  if (!result.success) throw new FrontMatterError(file, 1, `invalid redirect map: ${result.error.message}`);
  return result.data;
}


const fragmentCache = new Map<string, PageFragments[]>();

/**
 * Every page's fragments under `<dir>/fragments` (text that belongs to no article), validated, in
 * file order; memoised per folder. Throws a FrontMatterError naming the file when one is malformed.
 */
export function loadFragmentPages(dir: string = contentDir()): PageFragments[] {
  const cached = fragmentCache.get(dir);
  if (cached) return cached;
  const pages = listFiles(path.join(dir, 'fragments'), '.json').map((file) => {
    const result = PageFragmentsSchema.safeParse(readJson(file, 'a fragments file'));
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new FrontMatterError(file, 1, `field "${issue?.path.join('.') ?? ''}": ${issue?.message ?? 'invalid'}`);
    }
    return result.data;
  });
  fragmentCache.set(dir, pages);
  return pages;
}
