// Test helpers for ingest: a throwaway content folder under os.tmpdir() and a tiny, predictable
// parser (`# ` opens an article) so that tests can steer ids without depending on the real parser.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ParsedArticle, ParsedPage } from '@/lib/parser/types';

/** A manifest object for tests; override any field. */
export function manifestFor(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    paper: '丽水日报',
    date: '2022-03-08',
    page: 1,
    pageName: '要闻',
    provenance: 'test page',
    ...overrides,
  };
}

/** Creates an empty content folder with a sources/ folder under os.tmpdir(). */
export function makeContentDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ingest-test-'));
  mkdirSync(path.join(dir, 'sources'));
  return dir;
}

/** Writes `sources/<stem>.txt` (text or raw bytes) and, unless manifest is null, its manifest. */
export function addSource(
  dir: string,
  stem: string,
  page: string | Uint8Array,
  manifest: Record<string, unknown> | string | null = manifestFor(),
): void {
  writeFileSync(path.join(dir, 'sources', `${stem}.txt`), page);
  if (manifest === null) return;
  const text = typeof manifest === 'string' ? manifest : `${JSON.stringify(manifest, null, 2)}\n`;
  writeFileSync(path.join(dir, 'sources', `${stem}.manifest.json`), text);
}

/** Every file under a folder: path relative to it (with `/`) → contents; for before/after comparisons. */
export function snapshotDir(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (relative: string): void => {
    for (const name of readdirSync(path.join(dir, relative)).sort()) {
      if (relative === '' && name === '.cache') continue; // disposable caches, not content
      const child = relative ? `${relative}/${name}` : name;
      if (statSync(path.join(dir, child)).isDirectory()) walk(child);
      else files.set(child, readFileSync(path.join(dir, child), 'utf8'));
    }
  };
  walk('');
  return files;
}

/** Removes a test folder. */
export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * A predictable parser: blocks are separated by blank lines; a block whose first line starts with
 * `# ` opens an article titled by the rest of that line; later blocks are its paragraphs; blocks
 * before the first title are fragments.
 */
export function headingParser(text: string): ParsedPage {
  const lines = text.split('\n');
  const articles: ParsedArticle[] = [];
  const fragments: ParsedPage['fragments'] = [];
  let start = -1;
  const flush = (end: number): void => {
    if (start < 0) return;
    const block = lines.slice(start, end).join('\n');
    const range = { start: start + 1, end };
    const open = articles[articles.length - 1];
    if (block.startsWith('# ')) {
      articles.push({
        title: block.slice(2).split('\n')[0] ?? '',
        kicker: null,
        subtitle: null,
        column: null,
        byline: null,
        authors: [],
        dateline: null,
        body: [],
        continuedOn: null,
        continuedFrom: null,
        openingMissing: false,
        kind: null,
        review: [],
        lines: range,
      });
    } else if (open) {
      open.body.push({ type: 'paragraph', text: block });
      open.lines = { start: open.lines.start, end };
    } else fragments.push({ text: block, lines: range });
    start = -1;
  };
  lines.forEach((line, index) => {
    if (line.trim() === '') flush(index);
    else if (start < 0) start = index;
  });
  flush(lines.length);
  return { articles, fragments };
}
