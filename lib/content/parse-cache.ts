// A disk cache of parsed article files. Parsing YAML front matter is most of the cost of loading
// content (two thirds at 10,000 articles), and one `npm run build` loads the archive in several
// processes: the search index build, every Next worker, postbuild. Each folder of article files
// (one month) gets one cache file holding, per article file, its size, modification time and the
// validated article; an entry is used only while the file's size and mtime (ns) are unchanged.
// The cache lives beside the articles in `<content>/.cache/parsed/` (git-ignored, disposable: it
// goes away with a temporary content folder) and records the schema it was written with, so a
// changed schema can never serve old shapes.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ArticleFrontMatterSchema, type Article } from './schema';

interface CacheEntry {
  size: number;
  mtimeNs: string;
  article: Article;
}
interface FolderCache {
  format: number;
  schema: string;
  entries: Record<string, CacheEntry>;
}

// Bump when the cache file format changes; schema changes are caught by SCHEMA_HASH.
const FORMAT = 1;
const SCHEMA_HASH = createHash('sha1')
  .update(JSON.stringify(z.toJSONSchema(ArticleFrontMatterSchema, { unrepresentable: 'any' })))
  .digest('hex')
  .slice(0, 12);

/** The cache file of one article folder (`articles/2022/03` → `articles-2022-03.json`); null when
 * `CONTENT_CACHE=off` disables the cache. */
function cacheFile(contentDir: string, folder: string): string | null {
  if (process.env.CONTENT_CACHE === 'off') return null;
  const name = path.relative(contentDir, folder).split(path.sep).join('-') || 'root';
  return path.join(contentDir, '.cache', 'parsed', `${name}.json`);
}

function readEntries(file: string): Record<string, CacheEntry> {
  try {
    const cache = JSON.parse(readFileSync(file, 'utf8')) as FolderCache;
    return cache.format === FORMAT && cache.schema === SCHEMA_HASH ? cache.entries : {};
  } catch {
    return {}; // Missing or unreadable (never half-written: writes are renames).
  }
}

/**
 * The articles of `files` (all in `folder`, below `contentDir`), in the same order: from the cache where a file is
 * unchanged, else from `parse(file)` — which throws on a bad file, exactly as without a cache.
 */
export function loadFolderCached(
  contentDir: string,
  folder: string,
  files: readonly string[],
  parse: (file: string) => Article,
): Article[] {
  const file = cacheFile(contentDir, folder);
  if (!file) return files.map(parse);
  const cached = readEntries(file);
  const next: Record<string, CacheEntry> = {};
  let changed = Object.keys(cached).length !== files.length;
  const articles = files.map((full) => {
    const stat = statSync(full, { bigint: true });
    const name = path.basename(full);
    const size = Number(stat.size);
    const mtimeNs = stat.mtimeNs.toString();
    const hit = cached[name];
    if (hit && hit.size === size && hit.mtimeNs === mtimeNs) {
      next[name] = hit;
      return hit.article;
    }
    changed = true;
    const article = parse(full);
    next[name] = { size, mtimeNs, article };
    return article;
  });
  if (changed) writeAtomically(file, JSON.stringify({ format: FORMAT, schema: SCHEMA_HASH, entries: next }));
  return articles;
}

/** Writes via a temporary file and a rename, so concurrent builds never read half a file. */
function writeAtomically(file: string, text: string): void {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  } catch {
    // A read-only checkout still builds; it just parses every time.
  }
}
