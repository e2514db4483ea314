// The incremental build's decision (lib/build/output-cache.ts planBuild) and its cache of outputs.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CACHE_VERSION,
  moveIntoTree,
  outputFile,
  planBuild,
  removeStaleFiles,
  runFiles,
  type BuildManifest,
} from '@/lib/build/output-cache';
import type { FileStamp } from '@/lib/build/file-stamp';
import type { OutputInput } from '@/lib/build/page-inputs';

const page = (digest: string): OutputInput => ({ digest, owner: 'next' });
const data = (digest: string): OutputInput => ({ digest, owner: 'postbuild' });
const redirect = (digest: string): OutputInput => ({ digest, owner: 'redirect' });
// Every output's file as the previous build left it (size 100, written at time 5).
const STAMP: FileStamp = [100, 5];
const asLeft = () => STAMP;
const manifest = (code: string, outputs: Record<string, OutputInput>): BuildManifest => ({
  version: CACHE_VERSION,
  code,
  outputs: Object.fromEntries(
    Object.entries(outputs).map(([output, input]) => [output, { ...input, stamp: STAMP }]),
  ),
  runFiles: [],
});

describe('planBuild', () => {
  const before = manifest('code-1', {
    '/articles/a/': page('1'),
    '/articles/b/': page('2'),
    '/data/articles/a.json': data('1'),
    '/sections/old/2/': redirect('r2'),
    '/sections/old/3/': redirect('r3'),
  });

  it.each([
    ['there is no cache', null, 'code-1', 'no build cache'],
    ['the code or configuration changed', before, 'code-2', 'code or configuration changed'],
  ])('builds in full when %s', (_, previous, code, reason) => {
    expect(planBuild(previous, code, new Map(Object.entries(before.outputs)), asLeft)).toEqual({
      mode: 'full',
      reason,
    });
  });

  it('builds in full when an output disappeared (an article removed: its cached files would stay)', () => {
    const now = new Map([['/articles/a/', page('1')]]);
    expect(planBuild(before, 'code-1', now, asLeft)).toMatchObject({ mode: 'full' });
  });

  it('plans only new outputs and those whose inputs changed, pages, open data and redirect pages apart', () => {
    const now = new Map([
      ['/articles/a/', page('1')],
      ['/articles/b/', page('2*')],
      ['/articles/c/', page('3')],
      ['/data/articles/a.json', data('1')],
      ['/data/articles/c.json', data('3')],
      ['/sections/old/2/', redirect('r2')],
      ['/sections/old/3/', redirect('r3*')],
    ]);
    expect(planBuild(before, 'code-1', now, asLeft)).toEqual({
      mode: 'incremental',
      changed: ['/articles/b/', '/articles/c/', '/data/articles/c.json', '/sections/old/3/'],
      unchanged: ['/articles/a/', '/data/articles/a.json', '/sections/old/2/'],
      routes: ['/articles/b/', '/articles/c/'],
      openData: ['c'],
      redirects: ['/sections/old/3/'],
    });
  });

  // Found by a newcomer trying to break the build: a page deleted by hand stayed gone until --full.
  it('renders again an unchanged output whose file was deleted or edited since the previous build', () => {
    const now = new Map(
      Object.entries(before.outputs).map(([output, { digest, owner }]) => [output, { digest, owner }]),
    );
    const byHand: Record<string, FileStamp> = {
      'articles/a/index.html': null,
      'data/articles/a.json': [100, 9],
    };
    expect(
      planBuild(before, 'code-1', now, (file) => (file in byHand ? (byHand[file] ?? null) : STAMP)),
    ).toEqual({
      mode: 'incremental',
      changed: ['/articles/a/', '/data/articles/a.json'],
      unchanged: ['/articles/b/', '/sections/old/2/', '/sections/old/3/'],
      routes: ['/articles/a/'],
      openData: ['a'],
      redirects: [],
    });
  });
});

describe('the cache of outputs', () => {
  const dirs: string[] = [];
  const tmp = () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'output-cache-'));
    dirs.push(dir);
    return dir;
  };
  const write = (dir: string, file: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['/articles/a/', 'articles/a/index.html'],
    ['/sections/news/feed.xml', 'sections/news/feed.xml'],
    ['/data/articles/a.json', 'data/articles/a.json'],
  ])('stores output %s as the file %s', (output, file) => {
    expect(outputFile(output)).toBe(file);
  });

  it('lists the files that belong to no output', () => {
    const files = ['search/manifest.json', 'articles/a/index.html', 'index.html', 'data/articles/a.json'];
    expect(runFiles(files, ['/articles/a/', '/data/articles/a.json'])).toEqual([
      'index.html',
      'search/manifest.json',
    ]);
  });

  it('moves fresh files into the previous out/ and drops run files no longer written', () => {
    const [live, fresh] = [tmp(), tmp()];
    write(live, 'articles/a/index.html', 'a v1');
    write(live, 'articles/b/index.html', 'b v1');
    write(live, 'search/index-1.json', 'old index');
    write(live, 'index.html', 'home v1');
    write(fresh, 'articles/b/index.html', 'b v2');
    write(fresh, 'articles/c/index.html', 'c v1');
    write(fresh, 'search/index-2.json', 'new index');
    write(fresh, 'index.html', 'home v2');
    const written = ['articles/b/index.html', 'articles/c/index.html', 'search/index-2.json', 'index.html'];
    moveIntoTree(fresh, live, written);
    expect(removeStaleFiles(live, ['index.html', 'search/index-1.json'], new Set(written))).toBe(1);
    const read = (file: string) =>
      existsSync(path.join(live, file)) ? readFileSync(path.join(live, file), 'utf8') : null;
    expect(
      ['articles/a/index.html', 'articles/b/index.html', 'articles/c/index.html', 'index.html'].map(read),
    ).toEqual(['a v1', 'b v2', 'c v1', 'home v2']);
    expect(read('search/index-1.json')).toBeNull();
    expect(read('search/index-2.json')).toBe('new index');
    expect(existsSync(path.join(fresh, 'articles/b/index.html'))).toBe(false);
  });
});
