import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadFolderCached } from '@/lib/content/parse-cache';
import { parseArticleFile } from '@/lib/content/load';
import { joinFrontMatter } from '@/lib/content/front-matter';
import { makeArticle } from '../site/fixtures';

let contentDir: string;
let folder: string;
let files: string[];
let parsed: string[];

/** parseArticleFile that records which files it was asked to parse. */
const parse = (file: string) => {
  parsed.push(path.basename(file));
  return parseArticleFile(file, readFileSync(file, 'utf8'));
};

function writeArticle(file: string, title: string) {
  const order = Number(path.basename(file, '.md').slice(-2));
  const { body, ...frontMatter } = makeArticle({ id: `2022-03-08-01-0${order}`, order, title });
  writeFileSync(file, joinFrontMatter(frontMatter, body));
}

beforeEach(() => {
  contentDir = mkdtempSync(path.join(os.tmpdir(), 'parse-cache-'));
  folder = path.join(contentDir, 'articles', '2022', '03');
  mkdirSync(folder, { recursive: true });
  files = [1, 2, 3].map((n) => path.join(folder, `2022-03-08-01-0${n}.md`));
  files.forEach((file, i) => writeArticle(file, `标题${i + 1}`));
  parsed = [];
});

afterEach(() => {
  rmSync(contentDir, { recursive: true, force: true });
  delete process.env.CONTENT_CACHE;
});

describe('loadFolderCached', () => {
  it('parses every file once, then serves unchanged files from the cache', () => {
    const first = loadFolderCached(contentDir, folder, files, parse);
    expect(parsed).toHaveLength(3);
    parsed = [];
    const second = loadFolderCached(contentDir, folder, files, parse);
    expect(parsed).toEqual([]);
    expect(second).toEqual(first);
    expect(second.map((article) => article.title)).toEqual(['标题1', '标题2', '标题3']);
  });

  it('re-parses only a file whose size or modification time changed', () => {
    loadFolderCached(contentDir, folder, files, parse);
    parsed = [];
    writeArticle(files[1]!, '改过的标题');
    const later = new Date(Date.now() + 5_000);
    utimesSync(files[1]!, later, later);
    const articles = loadFolderCached(contentDir, folder, files, parse);
    expect(parsed).toEqual(['2022-03-08-01-02.md']);
    expect(articles[1]!.title).toBe('改过的标题');
  });

  it('ignores a corrupt cache file and a bad article still fails naming its file', () => {
    loadFolderCached(contentDir, folder, files, parse);
    writeFileSync(path.join(contentDir, '.cache', 'parsed', 'articles-2022-03.json'), '{"format":');
    parsed = [];
    expect(loadFolderCached(contentDir, folder, files, parse)).toHaveLength(3);
    expect(parsed).toHaveLength(3);

    writeFileSync(files[2]!, 'no front matter\n');
    expect(() => loadFolderCached(contentDir, folder, files, parse)).toThrow(/2022-03-08-01-03\.md:1: missing YAML/);
  });

  it('parses every time when CONTENT_CACHE=off', () => {
    process.env.CONTENT_CACHE = 'off';
    loadFolderCached(contentDir, folder, files, parse);
    loadFolderCached(contentDir, folder, files, parse);
    expect(parsed).toHaveLength(6);
  });
});
