import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listTree } from '@/lib/build/output-cache';
import { syncSearchIndex } from '@/lib/build/search-copy';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'search-copy-'));
  dirs.push(dir);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}
const contents = (dir: string) =>
  Object.fromEntries(
    listTree(dir)
      .sort()
      .map((file) => [file, readFileSync(path.join(dir, file), 'utf8')]),
  );

describe('syncSearchIndex', () => {
  it('makes out/search equal to public/search, copying only what a segment file name does not vouch for', () => {
    const fresh = {
      'manifest.json': '{"segments":["bbbbbbbbbbbb"]}',
      'shards/d1.aaaaaaaaaaaa.json': 'main segment, kept',
      'shards/d1.bbbbbbbbbbbb.json': 'new recent segment',
      'docs/0.aaaaaaaaaaaa.json': 'right',
    };
    const publicSearch = tree(fresh);
    const outSearch = tree({
      'manifest.json': '{"segments":["cccccccccccc"]}',
      'shards/d1.aaaaaaaaaaaa.json': 'main segment, kept',
      'shards/d1.cccccccccccc.json': 'old recent segment',
      'docs/0.aaaaaaaaaaaa.json': 'wrong, and longer',
      // The search page, which Next writes into the same folder of out/.
      'index.html': '<title>全文检索</title>',
    });
    expect(syncSearchIndex(publicSearch, outSearch)).toEqual({ copied: 3, removed: 1 });
    expect(contents(outSearch)).toEqual({
      ...contents(publicSearch),
      'index.html': '<title>全文检索</title>',
    });
    expect(syncSearchIndex(publicSearch, outSearch)).toEqual({ copied: 1, removed: 0 });
    expect(syncSearchIndex(null, outSearch)).toEqual({ copied: 0, removed: 4 });
    expect(listTree(outSearch)).toEqual(['index.html']);
  });

  it('fills an out/search that does not exist yet', () => {
    const publicSearch = tree({ 'manifest.json': '{}', 'meta/docs.aaaaaaaaaaaa.json': '[]' });
    const outSearch = path.join(tree({}), 'search');
    expect(syncSearchIndex(publicSearch, outSearch)).toEqual({ copied: 2, removed: 0 });
    expect(contents(outSearch)).toEqual(contents(publicSearch));
  });
});
